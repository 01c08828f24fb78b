#include "demo/complaint_text.hpp"

namespace tanggap::demo {
namespace {

using K = domain::ComplaintKind;
using T = ComplaintTemplate;

constexpr K kAduan = K::pengaduan;
constexpr K kAspirasi = K::aspirasi;
constexpr K kInfo = K::permintaan_informasi;

// "lainnya" complaints, per agency that answers them. Categories name duties; the other agencies
// hear about what no category names, passed on to them by Diskominfo.

constexpr T kLainDiskominfo[] = {
    {"Sinyal internet lemah di desa",
     "Sinyal telepon dan internet di {desa}, Kecamatan {kecamatan} sangat lemah sehingga anak "
     "sekolah sulit belajar daring.",
     "Lokasi sudah dilaporkan ke operator seluler dan diusulkan dalam program penyediaan "
     "menara BTS.",
     kAspirasi},
    {"Website pemerintah tidak bisa diakses",
     "Situs web pemerintah kabupaten tidak bisa dibuka sejak kemarin. Saya perlu mengunduh "
     "formulir.",
     "Gangguan server sudah diperbaiki dan situs web dapat diakses kembali.",
     kAduan,
     false,
     false},
    {"Informasi beredar di media sosial",
     "Beredar pesan berantai tentang pendaftaran bantuan yang meminta data pribadi. Apakah itu "
     "resmi dari pemerintah daerah?",
     "Pesan tersebut bukan dari pemerintah daerah (hoaks). Klarifikasi sudah diunggah di akun "
     "resmi Pemkab Indramayu.",
     kInfo,
     false,
     false},
};
constexpr T kSetda[] = {
    {"Aspirasi untuk Pemerintah Kabupaten",
     "Kami warga {desa} berharap pemerintah daerah lebih sering turun ke desa mendengar "
     "keluhan warga secara langsung.",
     "Aspirasi sudah disampaikan kepada pimpinan sebagai bahan agenda kunjungan kerja.",
     kAspirasi,
     false,
     false},
};
constexpr T kInspektorat[] = {
    {"Dugaan pungutan liar oleh oknum pegawai",
     "Ada oknum pegawai yang meminta uang pelicin untuk mempercepat pengurusan dokumen. "
     "Identitas saya mohon dirahasiakan.",
     "Laporan sudah ditindaklanjuti dengan pemeriksaan khusus; hasilnya diteruskan kepada "
     "pejabat pembina kepegawaian.",
     kAduan,
     true,
     false},
};
constexpr T kBappeda[] = {
    {"Usulan musrenbang belum terealisasi",
     "Usulan pembangunan jalan usaha tani dari musrenbang {desa} sudah tiga tahun belum "
     "terealisasi.",
     "Usulan sudah diprioritaskan dalam rancangan RKPD tahun berikutnya.",
     kAspirasi,
     false,
     false},
};
constexpr T kBpkad[] = {
    {"Aset daerah terbengkalai",
     "Bangunan milik pemerintah daerah di {desa} terbengkalai dan dipakai untuk kegiatan yang "
     "tidak jelas.",
     "Aset sudah diinventarisasi, dipagar, dan direncanakan untuk dimanfaatkan kembali."},
};
constexpr T kBapenda[] = {
    {"Tagihan PBB tidak sesuai",
     "Tagihan PBB tanah saya di {desa} tahun ini naik tinggi dan luas tanahnya tidak sesuai "
     "sertifikat.",
     "Data objek pajak sudah diperbaiki sesuai sertifikat dan SPPT baru diterbitkan.",
     kAduan,
     false,
     false},
    {"Cara membayar PBB secara daring",
     "Bagaimana cara membayar PBB melalui bank atau aplikasi?",
     "PBB dapat dibayar di bank persepsi, kantor pos, minimarket, atau dompet digital dengan "
     "menyebutkan NOP yang tertera di SPPT.",
     kInfo,
     false,
     false},
};
constexpr T kBkpsdm[] = {
    {"Pegawai sering tidak masuk kerja",
     "Ada pegawai di kantor pelayanan yang sering tidak masuk pada jam kerja. Mohon "
     "ditertibkan.",
     "Kehadiran pegawai yang bersangkutan sudah diperiksa dan dijatuhi hukuman disiplin.",
     kAduan,
     true,
     false},
};
constexpr T kKesbangpol[] = {
    {"Kegiatan ormas meresahkan warga",
     "Ada kegiatan ormas di {desa} yang memungut iuran kepada pedagang dan meresahkan warga.",
     "Pengurus ormas sudah dipanggil dan pungutan dihentikan.",
     kAduan,
     true,
     true},
};
constexpr T kDisdik[] = {
    {"Pungutan uang seragam di sekolah negeri",
     "Sekolah negeri di Kecamatan {kecamatan} mewajibkan siswa baru membeli seragam di sekolah "
     "dengan harga mahal.",
     "Kepala sekolah sudah diingatkan bahwa pembelian seragam tidak boleh diwajibkan di "
     "sekolah.",
     kAduan,
     true,
     false},
    {"Ruang kelas rusak",
     "Atap dua ruang kelas SD negeri di {desa} bocor dan plafonnya hampir jatuh.",
     "Ruang kelas sudah dikosongkan sementara dan rehabilitasi masuk anggaran perubahan."},
    {"Informasi PPDB zonasi",
     "Mohon informasi jadwal dan aturan zonasi PPDB SMP negeri tahun ini.",
     "Jadwal dan petunjuk teknis PPDB sudah dikirim kepada pelapor.",
     kInfo,
     false,
     false},
};
constexpr T kDisperkim[] = {
    {"Bantuan rumah tidak layak huni",
     "Rumah janda lansia di RT {rt} {desa} sudah hampir roboh. Mohon diusulkan menerima "
     "bantuan rumah tidak layak huni.",
     "Rumah sudah diverifikasi dan diusulkan sebagai penerima bantuan RTLH tahun berikutnya."},
};
constexpr T kDp3a[] = {
    {"Dugaan kekerasan terhadap anak",
     "Saya menduga tetangga saya di {desa} sering memukul anaknya. Mohon ditangani dan "
     "identitas saya dirahasiakan.",
     "Petugas UPTD PPA sudah melakukan penjangkauan; anak dan keluarga didampingi psikolog.",
     kAduan,
     true,
     false},
};
constexpr T kDppkb[] = {
    {"Layanan KB gratis",
     "Apakah ada layanan pemasangan KB gratis di Kecamatan {kecamatan}? Kapan jadwalnya?",
     "Layanan KB gratis tersedia di puskesmas setiap hari kerja; jadwal pelayanan KB keliling "
     "sudah disampaikan kepada pelapor.",
     kInfo,
     false,
     false},
};
constexpr T kLainDpmd[] = {
    {"Transparansi penggunaan dana desa",
     "Warga {desa} tidak pernah mendapat informasi penggunaan dana desa. Papan informasi APBDes "
     "tidak dipasang.",
     "Pemerintah desa sudah diminta memasang baliho APBDes dan mengumumkan realisasinya.",
     kAduan,
     true,
     false},
};
constexpr T kDistan[] = {
    {"Pupuk bersubsidi langka",
     "Petani di {desa}, Kecamatan {kecamatan} kesulitan mendapatkan pupuk bersubsidi di kios "
     "resmi menjelang musim tanam.",
     "Alokasi pupuk ke kios resmi sudah ditambah dan penyaluran diawasi penyuluh pertanian."},
    {"Serangan hama wereng",
     "Tanaman padi di {desa} diserang hama wereng di lahan sekitar {n}0 hektare. Mohon bantuan "
     "penyuluh dan obat.",
     "Petugas pengendali hama sudah turun dan bantuan pestisida disalurkan kepada kelompok "
     "tani."},
};
constexpr T kDiskanla[] = {
    {"Solar untuk nelayan sulit didapat",
     "Nelayan di {desa} kesulitan membeli solar di SPBN sehingga banyak yang tidak melaut.",
     "Kuota solar SPBN sudah ditambah dan rekomendasi pembelian untuk nelayan dipercepat."},
};
constexpr T kDisperindag[] = {
    {"Harga LPG 3 kg di atas HET",
     "Pangkalan di {desa} menjual LPG 3 kg jauh di atas harga eceran tertinggi.",
     "Pangkalan sudah diberi teguran bersama agen dan wajib menjual sesuai HET."},
    {"Timbangan pedagang pasar tidak sesuai",
     "Timbangan beberapa pedagang di pasar Kecamatan {kecamatan} diduga tidak akurat. Mohon "
     "dilakukan tera ulang.",
     "Tera ulang timbangan sudah dilakukan di pasar tersebut."},
};
constexpr T kDisnaker[] = {
    {"Upah di bawah UMK",
     "Perusahaan tempat saya bekerja di Kecamatan {kecamatan} membayar upah di bawah UMK dan "
     "tidak mendaftarkan karyawan ke BPJS Ketenagakerjaan.",
     "Pengawas ketenagakerjaan sudah memeriksa perusahaan dan menerbitkan nota pemeriksaan.",
     kAduan,
     true,
     false},
    {"Pekerja migran tidak bisa dihubungi",
     "Anak saya bekerja sebagai pekerja migran dan sudah {n} bulan tidak bisa dihubungi. Mohon "
     "bantuan penelusuran.",
     "Keberadaan pekerja migran sudah ditelusuri bersama BP2MI dan keluarga sudah bisa "
     "berkomunikasi.",
     kAduan,
     true,
     false},
};
constexpr T kDpmptsp[] = {
    {"Pengurusan izin usaha lama",
     "Pengajuan izin usaha saya sudah sebulan belum selesai dan tidak ada kabar.",
     "Berkas sudah diverifikasi dan izin usaha sudah terbit melalui OSS.",
     kAduan,
     false,
     false},
};
constexpr T kDisbudpar[] = {
    {"Objek wisata pantai kotor",
     "Pantai wisata di {desa} kotor dan fasilitas toiletnya rusak. Sayang sekali, pengunjung "
     "jadi enggan datang.",
     "Pantai sudah dibersihkan bersama pokdarwis dan toilet diperbaiki."},
};
constexpr T kBpr[] = {
    {"Informasi kredit usaha",
     "Apa saja syarat pengajuan kredit usaha mikro di BPR Karya Remaja?",
     "Syaratnya KTP, KK, surat keterangan usaha, dan agunan; pelapor sudah dihubungi petugas "
     "kredit.",
     kInfo,
     false,
     false},
};

struct AgencyEntry {
    std::string_view unit;
    std::span<const ComplaintTemplate> complaints;
};

}  // namespace

std::span<const ComplaintTemplate> agency_complaints(std::string_view unit_code) {
    static constexpr AgencyEntry kEntries[] = {
        {"diskominfo", kLainDiskominfo},
        {"setda", kSetda},
        {"inspektorat", kInspektorat},
        {"bappeda", kBappeda},
        {"bpkad", kBpkad},
        {"bapenda", kBapenda},
        {"bkpsdm", kBkpsdm},
        {"kesbangpol", kKesbangpol},
        {"disdik", kDisdik},
        {"disperkim", kDisperkim},
        {"dp3a", kDp3a},
        {"dppkb", kDppkb},
        {"dpmd", kLainDpmd},
        {"distan", kDistan},
        {"diskanla", kDiskanla},
        {"disperindag", kDisperindag},
        {"disnaker", kDisnaker},
        {"dpmptsp", kDpmptsp},
        {"disbudpar", kDisbudpar},
        {"bpr-karya-remaja", kBpr},
    };
    for (const auto& e : kEntries) {
        if (e.unit == unit_code) return e.complaints;
    }
    return {};
}

}  // namespace tanggap::demo

#include "demo/complaint_text.hpp"

#include <array>

namespace tanggap::demo {
namespace {

using K = domain::ComplaintKind;
using T = ComplaintTemplate;
using Line = std::string_view;

constexpr K kAduan = K::pengaduan;
constexpr K kAspirasi = K::aspirasi;
constexpr K kInfo = K::permintaan_informasi;

// ---- infrastruktur ---------------------------------------------------------------------------

constexpr T kJalanRusak[] = {
    {"Jalan rusak berlubang di {desa}",
     "Jalan utama di {desa}, Kecamatan {kecamatan} rusak parah dan berlubang sepanjang kurang "
     "lebih {n}00 meter. Saat hujan lubang tertutup air sehingga sudah beberapa kali pengendara "
     "motor terjatuh. Mohon segera diperbaiki.",
     "Lubang jalan di lokasi yang dilaporkan sudah ditambal oleh tim pemeliharaan jalan. Terima "
     "kasih atas laporannya."},
    {"Jalan penghubung antardesa rusak",
     "Jalan penghubung dari {desa} menuju pusat Kecamatan {kecamatan} aspalnya mengelupas dan "
     "berlubang. Anak sekolah dan petani melewati jalan ini setiap hari. Kami mohon perbaikan "
     "dari dinas terkait.",
     "Ruas jalan sudah diperbaiki dengan pengaspalan ulang pada bagian yang rusak."},
    {"Aspal amblas di dekat jembatan",
     "Di dekat jembatan {desa} aspal jalan amblas dan retak memanjang. Truk pengangkut gabah "
     "masih lewat sehingga kerusakan makin lebar. Mohon dipasang tanda peringatan dan segera "
     "diperbaiki.",
     "Rambu peringatan sudah dipasang dan bagian yang amblas sudah diurug serta diaspal ulang."},
    {"Usulan pengaspalan jalan lingkungan",
     "Kami warga RT {rt} {desa} mengusulkan agar jalan lingkungan yang masih berupa tanah "
     "diaspal atau dibeton. Saat musim hujan jalan becek dan licin sehingga sulit dilalui.",
     "Usulan sudah dicatat dan dimasukkan ke daftar usulan pembangunan jalan lingkungan tahun "
     "anggaran berikutnya.",
     kAspirasi},
};
constexpr Line kJalanProgress[] = {
    "Petugas UPTD Dinas PUPR sudah meninjau lokasi dan mencatat kerusakan untuk dijadwalkan.",
    "Perbaikan masuk jadwal pemeliharaan rutin minggu ini.",
};

constexpr T kDrainase[] = {
    {"Saluran air tersumbat, jalan tergenang",
     "Saluran drainase di RT {rt} {desa} tersumbat sampah dan lumpur. Setiap hujan air meluap "
     "ke jalan dan masuk ke pekarangan warga. Mohon dilakukan normalisasi saluran.",
     "Saluran sudah dinormalisasi; sampah dan lumpur telah diangkat dan air kembali mengalir."},
    {"Gorong-gorong ambrol",
     "Gorong-gorong di jalan {desa}, Kecamatan {kecamatan} ambrol sehingga air tidak mengalir "
     "dan badan jalan tergerus. Mohon diperbaiki sebelum musim hujan.",
     "Gorong-gorong yang ambrol sudah diganti dengan buis beton baru."},
    {"Genangan air di permukiman tidak surut",
     "Sudah {n} hari genangan air di permukiman {desa} tidak surut karena saluran pembuangan "
     "ke sungai tertutup. Warga mulai terserang gatal-gatal.",
     "Saluran pembuangan ke sungai sudah dibuka kembali dengan alat berat; genangan sudah "
     "surut."},
};
constexpr Line kDrainaseProgress[] = {
    "Tim sudah mengecek saluran dan akan melakukan pengerukan bersama warga.",
};

constexpr T kLampuJalan[] = {
    {"Lampu penerangan jalan mati",
     "Lampu penerangan jalan umum di sepanjang jalan {desa} sudah {n} hari mati. Jalan menjadi "
     "gelap dan rawan kecelakaan serta kejahatan pada malam hari. Mohon segera diperbaiki.",
     "Lampu yang mati sudah diganti dan kembali menyala."},
    {"Tiang lampu jalan miring hampir roboh",
     "Tiang lampu PJU di dekat perempatan {desa}, Kecamatan {kecamatan} miring setelah "
     "tertabrak kendaraan dan dikhawatirkan roboh menimpa pengguna jalan.",
     "Tiang lampu sudah ditegakkan kembali dan pondasinya diperkuat."},
    {"Usulan pemasangan lampu jalan",
     "Jalan dari {desa} menuju jalan raya belum ada lampu penerangan sama sekali. Kami "
     "mengusulkan pemasangan lampu PJU karena banyak warga pulang kerja malam hari.",
     "Lokasi sudah disurvei dan pemasangan {n} titik lampu PJU masuk rencana tahun berikutnya.",
     kAspirasi},
};
constexpr Line kLampuProgress[] = {
    "Petugas PJU Dinas Perhubungan sudah menjadwalkan pengecekan ke lokasi.",
};

constexpr T kInfrastruktur[] = {
    {"Jembatan kecil di desa rusak",
     "Jembatan kecil di {desa} papannya lapuk dan beberapa sudah patah. Jembatan ini satu-"
     "satunya akses warga ke sawah. Mohon segera diperbaiki sebelum ada korban.",
     "Papan jembatan yang lapuk sudah diganti dan pegangan jembatan diperkuat."},
    {"Trotoar rusak dan membahayakan pejalan kaki",
     "Trotoar di depan sekolah di {desa}, Kecamatan {kecamatan} banyak yang pecah dan "
     "berlubang sehingga membahayakan anak-anak yang berjalan kaki.",
     "Trotoar di depan sekolah sudah diperbaiki oleh tim Dinas PUPR."},
};

// ---- sosial ------------------------------------------------------------------------------------

constexpr T kBansos[] = {
    {"Bantuan sosial belum diterima",
     "Saya warga {desa}, Kecamatan {kecamatan}. Nama saya terdaftar sebagai penerima bantuan "
     "sosial tetapi sampai sekarang bantuan belum saya terima. Mohon dicek dan dibantu.",
     "Sudah dicek: nama pelapor terdaftar dan bantuan dapat diambil pada penyaluran tahap "
     "berikutnya. Pendamping sosial telah menghubungi keluarga pelapor.",
     kAduan,
     false,
     false},
    {"Penerima bansos tidak tepat sasaran",
     "Di RT {rt} {desa} ada warga yang tergolong mampu tetapi menerima bansos, sedangkan "
     "tetangga kami yang lansia dan tidak bekerja justru tidak terdaftar. Mohon pendataan "
     "ulang.",
     "Hasil verifikasi lapangan sudah diteruskan: penerima yang tidak layak diusulkan keluar "
     "dan warga lansia tersebut diusulkan masuk DTKS melalui musyawarah desa.",
     kAduan,
     true,
     false},
    {"Kartu KKS tidak bisa digunakan",
     "Kartu Keluarga Sejahtera (KKS) milik orang tua saya di {desa} tidak bisa digunakan untuk "
     "mencairkan bantuan di e-warong. Mohon bantuan penyelesaiannya.",
     "Kartu KKS sudah diganti oleh bank penyalur dan bantuan sudah dicairkan.",
     kAduan,
     false,
     false},
    {"Cara mendaftar DTKS",
     "Bagaimana cara mendaftarkan keluarga kami ke Data Terpadu Kesejahteraan Sosial (DTKS)? "
     "Kami tinggal di {desa}, Kecamatan {kecamatan} dan belum pernah didata.",
     "Pendaftaran DTKS diajukan melalui kantor desa dengan membawa KTP dan KK, lalu dibahas "
     "dalam musyawarah desa. Operator desa sudah diminta membantu pelapor.",
     kInfo,
     false,
     false},
    {"Dugaan potongan dana bantuan oleh oknum",
     "Bantuan yang diterima warga di {desa} dipotong oleh oknum dengan alasan biaya "
     "administrasi sebesar {n}0 ribu rupiah per penerima. Mohon ditindak tegas.",
     "Sudah diklarifikasi bersama pendamping dan pemerintah desa; uang potongan dikembalikan "
     "kepada penerima dan oknum yang bersangkutan diberi sanksi.",
     kAduan,
     true,
     false},
    {"BPNT bulan ini tidak cair",
     "Bantuan pangan non tunai (BPNT) untuk keluarga kami di {desa} bulan ini tidak masuk ke "
     "rekening, padahal bulan-bulan sebelumnya lancar.",
     "Penyaluran BPNT bulan ini terlambat dari pusat dan sudah masuk ke rekening penerima.",
     kAduan,
     false,
     false},
};
constexpr Line kBansosProgress[] = {
    "Data penerima sedang dicek ke aplikasi SIKS-NG dan dikoordinasikan dengan pendamping PKH.",
    "Petugas TKSK kecamatan akan melakukan verifikasi ke rumah pelapor.",
};

constexpr T kSosial[] = {
    {"Lansia terlantar di pinggir jalan",
     "Ada seorang lansia yang tampak terlantar dan tidur di emperan toko dekat pasar Kecamatan "
     "{kecamatan}. Mohon ditangani oleh Dinas Sosial.",
     "Tim reaksi cepat Dinas Sosial sudah menjangkau yang bersangkutan dan membawanya ke rumah "
     "singgah; keluarganya sedang ditelusuri."},
    {"Warga dengan gangguan jiwa butuh penanganan",
     "Di {desa} ada warga dengan gangguan jiwa yang sering mengamuk dan belum mendapat "
     "perawatan. Keluarga tidak mampu membawanya ke rumah sakit. Mohon bantuan.",
     "Yang bersangkutan sudah dirujuk untuk perawatan dan keluarganya didampingi pekerja sosial.",
     kAduan,
     true,
     true},
    {"Anak putus sekolah perlu bantuan",
     "Tetangga kami di RT {rt} {desa} memiliki {n} anak yang putus sekolah karena orang tuanya "
     "tidak mampu. Mohon dibantu melalui program perlindungan sosial.",
     "Keluarga sudah didata dan diusulkan sebagai penerima PKH dan Program Indonesia Pintar.",
     kAduan,
     false,
     false},
};

// ---- kesehatan ---------------------------------------------------------------------------------

constexpr T kKesehatan[] = {
    {"Antrean berobat terlalu lama",
     "Saya berobat ke {unit} dan harus menunggu lebih dari tiga jam. Mohon ditambah petugas "
     "loket atau diberlakukan nomor antrean.",
     "Alur pendaftaran sudah diperbaiki dengan nomor antrean dan tambahan petugas loket pada "
     "jam sibuk.",
     kAduan,
     false,
     false},
    {"Obat sering kosong",
     "Sudah {n} kali saya berobat ke {unit} dan disuruh membeli obat sendiri di apotek karena "
     "persediaan kosong.",
     "Persediaan obat sudah dipenuhi dari gudang farmasi kabupaten.",
     kAduan,
     false,
     false},
    {"Kasus demam berdarah, mohon fogging",
     "Di RT {rt} {desa} sudah ada {n} warga yang terkena demam berdarah. Mohon dilakukan "
     "pengasapan (fogging) dan pemeriksaan jentik.",
     "Penyelidikan epidemiologi sudah dilakukan, dilanjutkan pemeriksaan jentik dan fogging "
     "fokus di lingkungan pelapor."},
    {"Berobat dengan BPJS dari puskesmas lain",
     "Apakah peserta BPJS Kesehatan yang terdaftar di puskesmas lain bisa berobat di {unit}? "
     "Kami baru pindah ke {desa}.",
     "Peserta BPJS dapat memindahkan fasilitas kesehatan tingkat pertama melalui aplikasi "
     "Mobile JKN; sebelum pindah, layanan gawat darurat tetap dilayani.",
     kInfo,
     false,
     false},
    {"Petugas kurang ramah kepada pasien",
     "Petugas pendaftaran di {unit} membentak pasien lansia yang kebingungan. Mohon dibina agar "
     "pelayanan lebih ramah.",
     "Petugas yang bersangkutan sudah dibina oleh kepala puskesmas dan dipindahkan dari loket.",
     kAduan,
     true,
     false},
    {"Jadwal posyandu dan imunisasi",
     "Mohon informasi jadwal posyandu dan imunisasi anak di {desa}, karena bulan ini tidak ada "
     "pengumuman dari kader.",
     "Jadwal posyandu sudah disampaikan kepada pelapor dan diumumkan ulang melalui kader desa.",
     kInfo,
     false,
     false},
};
constexpr Line kKesehatanProgress[] = {
    "Pimpinan sudah menerima laporan dan akan mengevaluasi pelayanan.",
    "Petugas surveilans akan melakukan penyelidikan ke lokasi.",
};

constexpr T kRumahSakit[] = {
    {"Pasien BPJS diminta membayar obat",
     "Keluarga kami dirawat di {unit} sebagai pasien BPJS tetapi diminta membeli sendiri "
     "beberapa obat di luar. Mohon penjelasan.",
     "Manajemen rumah sakit sudah mengklarifikasi kepada keluarga pasien dan biaya obat "
     "dikembalikan sesuai ketentuan BPJS.",
     kAduan,
     false,
     false},
    {"Antrean IGD lama",
     "Ayah saya dibawa ke IGD {unit} dengan sesak napas tetapi baru ditangani setelah menunggu "
     "hampir dua jam.",
     "Alur triase IGD sudah dievaluasi dan dokter jaga ditambah pada jam sibuk.",
     kAduan,
     false,
     false},
    {"Pasien ditolak karena kamar penuh",
     "Pasien dari {desa} dirujuk ke {unit} tetapi ditolak dengan alasan kamar penuh tanpa "
     "dibantu mencarikan rumah sakit lain.",
     "Petugas sudah ditegur; pasien yang tidak mendapat kamar kini dibantu dirujuk melalui "
     "sistem rujukan terintegrasi.",
     kAduan,
     false,
     false},
    {"Toilet ruang rawat inap kotor",
     "Toilet di ruang rawat inap kelas III {unit} kotor dan airnya sering mati.",
     "Pompa air sudah diperbaiki dan jadwal petugas kebersihan ruang rawat inap diperketat.",
     kAduan,
     false,
     false},
};

// ---- kedaruratan -------------------------------------------------------------------------------

constexpr T kBencana[] = {
    {"Banjir rob merendam permukiman",
     "Air laut pasang merendam rumah warga di {desa}, Kecamatan {kecamatan} setinggi lutut "
     "orang dewasa. Warga membutuhkan bantuan evakuasi lansia dan logistik.",
     "Tim reaksi cepat BPBD sudah mengevakuasi warga lansia dan menyalurkan bantuan logistik."},
    {"Pohon tumbang menutup jalan",
     "Pohon besar tumbang akibat angin kencang dan menutup jalan di {desa}. Kendaraan tidak "
     "bisa lewat. Mohon segera dievakuasi.",
     "Pohon tumbang sudah dipotong dan dievakuasi; jalan kembali bisa dilalui."},
    {"Tanggul sungai jebol",
     "Tanggul sungai di {desa} jebol sepanjang beberapa meter dan air mulai masuk ke sawah "
     "dan permukiman warga. Mohon bantuan karung pasir dan alat berat.",
     "Tanggul sudah ditutup sementara dengan karung pasir bersama warga dan relawan; perbaikan "
     "permanen dikoordinasikan dengan BBWS."},
    {"Rumah rusak diterjang angin puting beliung",
     "Sekitar {n} rumah di RT {rt} {desa} rusak atapnya diterjang angin puting beliung sore "
     "tadi. Mohon bantuan terpal dan pendataan kerusakan.",
     "Terpal dan paket sembako sudah disalurkan; data kerusakan diteruskan untuk bantuan "
     "perbaikan rumah."},
};

constexpr T kKebakaran[] = {
    {"Kebakaran rumah warga",
     "Terjadi kebakaran rumah warga di RT {rt} {desa}, Kecamatan {kecamatan}. Api cepat "
     "membesar, mohon segera kirim mobil pemadam.",
     "Api sudah dipadamkan oleh {n} unit mobil pemadam. Tidak ada korban jiwa."},
    {"Kebakaran tumpukan jerami dekat permukiman",
     "Tumpukan jerami di sawah dekat permukiman {desa} terbakar dan asapnya masuk ke rumah "
     "warga. Angin cukup kencang.",
     "Kebakaran jerami sudah dipadamkan dan lokasi sudah didinginkan."},
    {"Sarang tawon di rumah warga",
     "Ada sarang tawon vespa besar di plafon rumah warga di {desa}. Sudah ada anak yang "
     "tersengat. Mohon dievakuasi petugas damkar.",
     "Petugas damkar sudah mengevakuasi sarang tawon dengan aman."},
};

// ---- lingkungan, air, parkir, kependudukan, ketertiban -----------------------------------

constexpr T kKebersihan[] = {
    {"Sampah menumpuk tidak diangkut",
     "Sampah di TPS dekat pasar {desa} sudah seminggu tidak diangkut, menimbulkan bau dan "
     "lalat. Mohon jadwal pengangkutan diperbaiki.",
     "Sampah di TPS sudah diangkut dan jadwal armada ditambah menjadi dua kali seminggu."},
    {"Pembuangan sampah liar di pinggir sungai",
     "Banyak warga dari luar desa membuang sampah di pinggir sungai {desa}, Kecamatan "
     "{kecamatan}. Mohon dipasang larangan dan ditertibkan.",
     "Lokasi sudah dibersihkan dan dipasang papan larangan membuang sampah."},
    {"Limbah mencemari saluran irigasi",
     "Air saluran irigasi di {desa} berubah warna dan berbau diduga tercemar limbah usaha di "
     "dekatnya. Petani khawatir tanaman padi rusak.",
     "Sampel air sudah diuji dan pelaku usaha diberi teguran tertulis untuk memperbaiki "
     "pengolahan limbahnya."},
};

constexpr T kAirBersih[] = {
    {"Air PDAM tidak mengalir",
     "Sudah {n} hari air PDAM di rumah kami di {desa}, Kecamatan {kecamatan} tidak mengalir "
     "tanpa pemberitahuan.",
     "Perbaikan pipa transmisi sudah selesai dan aliran air kembali normal."},
    {"Air PDAM keruh dan berbau",
     "Air PDAM yang mengalir ke rumah warga RT {rt} {desa} keruh kecokelatan dan berbau.",
     "Jaringan pipa sudah dikuras; air kembali jernih."},
    {"Tagihan air melonjak",
     "Tagihan air bulan ini naik hampir tiga kali lipat padahal pemakaian seperti biasa. Mohon "
     "meteran dicek.",
     "Meteran sudah dicek dan ternyata rusak; meteran diganti dan tagihan dikoreksi.",
     kAduan,
     false,
     false},
    {"Pipa PDAM bocor di jalan",
     "Pipa PDAM di pinggir jalan {desa} bocor sejak kemarin dan air terbuang ke jalan.",
     "Pipa yang bocor sudah disambung ulang oleh tim teknik."},
};

constexpr T kParkir[] = {
    {"Parkir liar di depan pasar",
     "Kendaraan parkir liar di depan pasar {desa} memakan badan jalan sehingga macet setiap "
     "pagi.",
     "Parkir sudah ditertibkan dan rambu larangan parkir dipasang."},
    {"Tarif parkir melebihi ketentuan",
     "Juru parkir di kawasan pertokoan Kecamatan {kecamatan} meminta tarif {n} ribu rupiah "
     "untuk sepeda motor tanpa karcis.",
     "Juru parkir sudah dibina dan diwajibkan memberikan karcis sesuai tarif resmi."},
};

constexpr T kKependudukan[] = {
    {"E-KTP belum jadi",
     "Saya sudah merekam e-KTP di Kecamatan {kecamatan} sejak {n} bulan yang lalu tetapi sampai "
     "sekarang belum jadi.",
     "E-KTP sudah dicetak dan dapat diambil di kantor kecamatan.",
     kAduan,
     false,
     false},
    {"Perbaikan data Kartu Keluarga",
     "Bagaimana cara memperbaiki nama yang salah ketik di Kartu Keluarga? Apa saja "
     "persyaratannya?",
     "Bawa KK asli, dokumen yang memuat nama yang benar (ijazah atau akta), dan formulir "
     "F-1.06 ke kantor Disdukcapil atau kecamatan.",
     kInfo,
     false,
     false},
    {"Akta kelahiran anak belum terbit",
     "Pengajuan akta kelahiran anak saya melalui desa sudah lebih dari sebulan belum terbit.",
     "Akta kelahiran sudah terbit dan dikirim melalui kantor desa.",
     kAduan,
     false,
     false},
    {"Layanan jemput bola untuk lansia",
     "Kami mengusulkan layanan perekaman e-KTP keliling untuk lansia dan warga sakit di {desa} "
     "yang tidak bisa datang ke kantor.",
     "Layanan jemput bola sudah dijadwalkan ke desa pelapor.",
     kAspirasi,
     false,
     false},
};

constexpr T kKetertiban[] = {
    {"Pedagang kaki lima menutup trotoar",
     "Pedagang kaki lima di sekitar alun-alun Kecamatan {kecamatan} berjualan di trotoar "
     "sehingga pejalan kaki terpaksa turun ke jalan.",
     "Satpol PP sudah menertibkan dan pedagang direlokasi ke tempat yang disediakan."},
    {"Balap liar setiap malam minggu",
     "Setiap malam minggu ada balap liar di jalan raya {desa}. Sangat mengganggu dan "
     "membahayakan warga.",
     "Patroli gabungan bersama kepolisian dilakukan setiap akhir pekan di lokasi tersebut."},
    {"Tempat hiburan beroperasi melewati jam izin",
     "Tempat hiburan di pinggir jalan pantura {desa} buka sampai subuh dan suaranya "
     "mengganggu warga.",
     "Pengelola sudah dipanggil dan diberi surat peringatan pertama.",
     kAduan,
     true,
     true},
};

// ---- kecamatan dan desa ------------------------------------------------------------------

constexpr T kPelayananPublik[] = {
    {"Pelayanan surat di kecamatan lambat",
     "Saya mengurus surat pengantar di Kantor {unit} dan harus bolak-balik tiga kali karena "
     "pejabat penanda tangan tidak ada di tempat.",
     "Camat sudah menegur petugas dan memberlakukan jadwal piket pejabat penanda tangan.",
     kAduan,
     false,
     false},
    {"Kantor kecamatan tutup pada jam kerja",
     "Hari ini pukul 13.00 Kantor {unit} sudah tutup, padahal masih jam kerja.",
     "Jam pelayanan sudah diumumkan ulang dan kehadiran pegawai diawasi langsung oleh camat.",
     kAduan,
     false,
     false},
    {"Dugaan pungutan biaya pembuatan surat",
     "Untuk mengurus surat keterangan di Kantor {unit} saya diminta membayar {n}0 ribu rupiah "
     "tanpa kuitansi.",
     "Petugas yang bersangkutan sudah diperiksa, uang dikembalikan kepada pelapor, dan "
     "pengumuman layanan tanpa biaya dipasang di loket.",
     kAduan,
     true,
     false},
    {"Persyaratan izin keramaian",
     "Apa saja persyaratan mengurus izin keramaian untuk acara hajatan di {desa}?",
     "Persyaratannya surat pengantar desa, fotokopi KTP penyelenggara, dan rincian acara; "
     "izin diterbitkan kecamatan, lalu diteruskan ke Polsek.",
     kInfo,
     false,
     false},
};

constexpr T kPelayananDesa[] = {
    {"Perangkat desa sulit ditemui",
     "Kantor {desa} sering kosong pada jam pelayanan sehingga warga tidak bisa mengurus surat.",
     "Kepala desa sudah menetapkan jadwal piket perangkat desa.",
     kAduan,
     false,
     false},
    {"Usulan perbaikan balai desa",
     "Kami mengusulkan perbaikan atap balai {desa} yang bocor agar bisa dipakai posyandu.",
     "Usulan sudah dimasukkan dalam musyawarah desa.",
     kAspirasi,
     false,
     true},
};

constexpr T kGeneric[] = {
    {"Pengaduan layanan",
     "Mohon perhatian atas pelayanan yang kurang baik di {desa}.",
     "Laporan sudah ditindaklanjuti oleh {unit} dan hasilnya disampaikan kepada pelapor.",
     kAduan,
     false,
     false},
};

constexpr Line kGenericProgress[] = {
    "Laporan sedang ditindaklanjuti oleh petugas {unit}.",
    "Petugas sudah menghubungi pelapor untuk meminta keterangan tambahan.",
    "Tim sudah turun ke lokasi untuk mengecek kondisi yang dilaporkan.",
};

struct Entry {
    std::string_view category;
    TextSet texts;
};

const Entry kEntries[] = {
    {"infrastruktur.jalan_rusak", {kJalanRusak, kJalanProgress}},
    {"infrastruktur.drainase", {kDrainase, kDrainaseProgress}},
    {"infrastruktur.lampu_jalan", {kLampuJalan, kLampuProgress}},
    {"infrastruktur", {kInfrastruktur, kJalanProgress}},
    {"sosial.bansos", {kBansos, kBansosProgress}},
    {"sosial", {kSosial, kGenericProgress}},
    {"kesehatan", {kKesehatan, kKesehatanProgress}},
    {"kesehatan.rumah_sakit", {kRumahSakit, kGenericProgress}},
    {"kebencanaan", {kBencana, kGenericProgress}},
    {"kebakaran", {kKebakaran, kGenericProgress}},
    {"kebersihan", {kKebersihan, kGenericProgress}},
    {"air_bersih", {kAirBersih, kGenericProgress}},
    {"parkir", {kParkir, kGenericProgress}},
    {"kependudukan", {kKependudukan, kGenericProgress}},
    {"ketertiban", {kKetertiban, kGenericProgress}},
    {"pelayanan_publik", {kPelayananPublik, kGenericProgress}},
    {"pelayanan_desa", {kPelayananDesa, kGenericProgress}},
};

constexpr Line kConfirmComments[] = {
    "Terima kasih, sudah beres.",
    "Alhamdulillah sudah ditangani. Respons cepat.",
    "Sudah ditangani, terima kasih kepada petugas.",
    "Terima kasih, walaupun agak lama.",
    "Sudah selesai, semoga pelayanan seperti ini terus dipertahankan.",
};
constexpr Line kReopenReasons[] = {
    "Belum selesai, kondisinya masih sama seperti sebelumnya.",
    "Baru sebagian yang ditangani, mohon dituntaskan.",
    "Sempat ditangani tetapi sekarang masalahnya muncul lagi.",
};

}  // namespace

TextSet texts_for(std::string_view category_code, std::string_view unit_code) {
    if (category_code == "lainnya") {
        auto complaints = agency_complaints(unit_code);
        if (complaints.empty()) complaints = kGeneric;
        return {complaints, kGenericProgress};
    }
    for (const auto& e : kEntries) {
        if (e.category == category_code) return e.texts;
    }
    return {kGeneric, kGenericProgress};
}

std::span<const std::string_view> confirm_comments() { return kConfirmComments; }
std::span<const std::string_view> reopen_reasons() { return kReopenReasons; }
std::string_view defer_request(std::string_view category_code, bool physical) {
    if (physical) {
        return "Mohon lengkapi lokasi persisnya (nama jalan, RT/RW, patokan) agar petugas dapat "
               "menindaklanjuti.";
    }
    if (category_code == "sosial.bansos" || category_code == "sosial" ||
        category_code == "kependudukan") {
        return "Mohon kirimkan NIK atau nomor KK yang bersangkutan untuk pengecekan data.";
    }
    return "Mohon jelaskan waktu kejadian dan tempat atau layanan yang dimaksud.";
}

std::string fill(std::string_view text, const Placeholders& values) {
    const std::array<std::pair<std::string_view, const std::string*>, 6> names{{
        {"{desa}", &values.desa},
        {"{nama_desa}", &values.nama_desa},
        {"{kecamatan}", &values.kecamatan},
        {"{unit}", &values.unit},
        {"{rt}", &values.rt},
        {"{n}", &values.n},
    }};
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        bool replaced = false;
        if (text[i] == '{') {
            for (const auto& [name, value] : names) {
                if (text.substr(i, name.size()) == name) {
                    out += *value;
                    i += name.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced) out += text[i++];
    }
    return out;
}

}  // namespace tanggap::demo

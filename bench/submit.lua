-- wrk script: POST /api/v1/complaints with a JSON submission (every request the same body; each
-- one creates a complaint). Usage: wrk -s bench/submit.lua http://127.0.0.1:PORT
wrk.method = "POST"
wrk.path = "/api/v1/complaints"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"kind":"pengaduan","category":"sosial.bansos","title":"Bansos PKH belum cair",]] ..
    [["description":"Sudah tiga bulan bantuan PKH untuk keluarga kami belum cair padahal ]] ..
    [[nama kami terdaftar di DTKS. Mohon dicek oleh Dinas Sosial Kabupaten Indramayu.",]] ..
    [["location":{"lat":-6.3275,"lon":108.3249,"address":"Jl. Jenderal Sudirman, Indramayu"},]] ..
    [["reporter":{"name":"Warga Uji","phone":"081234567890"},]] ..
    [["anonymous":false,"confidential":false}]]

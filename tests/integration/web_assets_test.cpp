// The built front end's files as the server sends them: the precompressed brotli variant when
// Accept-Encoding allows br, else gzip, else the file as it is, always with Vary. The data
// directory is empty and --web points at a small dist/ written here with real .br and .gz files.

#include "http_client.hpp"
#include "server_process.hpp"

#include <gtest/gtest.h>

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <fstream>
#include <stdexcept>
#include <string>
#include <zlib.h>

namespace tanggap::integration {
namespace {

namespace fs = std::filesystem;

constexpr const char* kScript = "/assets/laporan-1a2b3c4d.js";

std::string script_text() {
    std::string text;
    for (int i = 0; i < 400; ++i) {
        text += "export const baris" + std::to_string(i) + " = 'Laporan warga nomor " +
                std::to_string(i * 7) + " sudah diterima';\n";
    }
    return text;
}

std::string brotli(const std::string& in) {
    std::string out(BrotliEncoderMaxCompressedSize(in.size()), '\0');
    std::size_t size = out.size();
    if (!BrotliEncoderCompress(BROTLI_MAX_QUALITY,
                               BROTLI_DEFAULT_WINDOW,
                               BROTLI_MODE_TEXT,
                               in.size(),
                               reinterpret_cast<const uint8_t*>(in.data()),
                               &size,
                               reinterpret_cast<uint8_t*>(out.data()))) {
        throw std::runtime_error("brotli encode failed");
    }
    out.resize(size);
    return out;
}

std::string unbrotli(const std::string& in, std::size_t expected_size) {
    std::string out(expected_size + 1, '\0');
    std::size_t size = out.size();
    auto result = BrotliDecoderDecompress(in.size(),
                                          reinterpret_cast<const uint8_t*>(in.data()),
                                          &size,
                                          reinterpret_cast<uint8_t*>(out.data()));
    if (result != BROTLI_DECODER_RESULT_SUCCESS) return "<not a brotli stream>";
    out.resize(size);
    return out;
}

// gzip (not zlib) framing: windowBits 15 + 16.
std::string gzip(const std::string& in, bool compress) {
    z_stream zs{};
    int rc = compress ? deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY)
                      : inflateInit2(&zs, 15 + 16);
    if (rc != Z_OK) throw std::runtime_error("zlib init failed");
    std::string out;
    char buffer[16384];
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    do {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof buffer;
        rc = compress ? deflate(&zs, Z_FINISH) : inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, sizeof buffer - zs.avail_out);
    } while (rc == Z_OK);
    compress ? deflateEnd(&zs) : inflateEnd(&zs);
    if (rc != Z_STREAM_END) return "<not a gzip stream>";
    return out;
}

void write(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

class WebAssets : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto dist = dir_ / "dist";
        write(dist / "index.html", "<!doctype html><html lang=\"id\"><title>Tanggap</title>");
        write(dist / "index.html.gz", gzip("<!doctype html><html lang=\"id\">", true));
        const auto script = dist / "assets/laporan-1a2b3c4d.js";
        write(script, script_text());
        write(script.string() + ".gz", gzip(script_text(), true));
        write(script.string() + ".br", brotli(script_text()));
        ServerOptions options;
        options.data_dir = dir_ / "data";
        options.extra_args = {"--web", dist.string()};
        server_ = std::make_unique<ServerProcess>(std::move(options));
        ASSERT_EQ(server_->start(), "");
        client_ = std::make_unique<HttpClient>(server_->port());
    }

    Response fetch(const std::string& target, const std::string& accept_encoding) {
        Headers headers;
        if (!accept_encoding.empty()) headers.push_back({"Accept-Encoding", accept_encoding});
        return client_->get(target, headers);
    }

    TempDir dir_{"tanggap-web"};
    std::unique_ptr<ServerProcess> server_;
    std::unique_ptr<HttpClient> client_;
};

TEST_F(WebAssets, BrotliWhenTheBrowserAcceptsItAndTheBytesDecodeToTheFile) {
    auto response = fetch(kScript, "gzip, deflate, br");
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_EQ(response.header("Content-Encoding"), "br");
    EXPECT_EQ(response.header("Vary"), "Accept-Encoding");
    EXPECT_EQ(response.header("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_LT(response.body.size(), script_text().size() / 4);
    EXPECT_EQ(unbrotli(response.body, script_text().size()), script_text());
}

TEST_F(WebAssets, GzipWhenBrotliIsNotAcceptedOrRefusedWithQZero) {
    for (const std::string accept :
         {"gzip", "gzip, deflate", "br;q=0, gzip", "gzip;q=1, br;q=0.5"}) {
        auto response = fetch(kScript, accept);
        ASSERT_EQ(response.status, 200) << response.describe();
        EXPECT_EQ(response.header("Content-Encoding"), "gzip") << accept;
        EXPECT_EQ(response.header("Vary"), "Accept-Encoding");
        EXPECT_EQ(gzip(response.body, false), script_text()) << accept;
    }
}

TEST_F(WebAssets, TheFileAsItIsWhenNeitherIsAccepted) {
    for (const std::string accept : {"", "identity", "deflate", "br;q=0, gzip;q=0", "*;q=0"}) {
        auto response = fetch(kScript, accept);
        ASSERT_EQ(response.status, 200) << response.describe();
        EXPECT_EQ(response.header("Content-Encoding"), "") << accept;
        EXPECT_EQ(response.header("Vary"), "Accept-Encoding");
        EXPECT_EQ(response.body, script_text()) << accept;
    }
}

TEST_F(WebAssets, AFileWithoutABrotliVariantFallsBackToGzip) {
    auto response = fetch("/lacak/2611-ABCDEF", "br, gzip");
    ASSERT_EQ(response.status, 200) << response.describe();
    EXPECT_EQ(response.header("Content-Encoding"), "gzip");
    EXPECT_EQ(response.header("Cache-Control"), "no-cache");
    EXPECT_EQ(gzip(response.body, false), "<!doctype html><html lang=\"id\">");
}

}  // namespace
}  // namespace tanggap::integration

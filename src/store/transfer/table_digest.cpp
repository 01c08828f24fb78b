#include "store/transfer/table_digest.hpp"

#include "store/sql/connection.hpp"
#include "store/transfer/table_rows.hpp"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <stdexcept>

namespace tanggap::store::transfer {
namespace {

class Sha256 {
  public:
    Sha256() : context_(EVP_MD_CTX_new(), EVP_MD_CTX_free) {
        if (!context_ || EVP_DigestInit_ex(context_.get(), EVP_sha256(), nullptr) != 1) {
            throw std::runtime_error("SHA-256 is not available");
        }
    }
    void add(std::string_view bytes) {
        EVP_DigestUpdate(context_.get(), bytes.data(), bytes.size());
    }
    std::string hex() {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context_.get(), digest, &length);
        static constexpr char kHex[] = "0123456789abcdef";
        std::string out;
        for (unsigned int i = 0; i < length; ++i) {
            out += kHex[digest[i] >> 4];
            out += kHex[digest[i] & 15];
        }
        return out;
    }

  private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context_;
};

// One value, self-delimiting: a tag, then the value (a text's length first, as it may hold
// anything).
void add_value(Sha256& sha, const Value& value) {
    if (std::holds_alternative<std::monostate>(value)) {
        sha.add("N;");
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        sha.add("I" + std::to_string(*integer) + ";");
    } else if (const auto* real = std::get_if<double>(&value)) {
        char buffer[40];
        const int n = std::snprintf(buffer, sizeof buffer, "R%.17g;", *real);
        sha.add(std::string_view(buffer, static_cast<std::size_t>(n)));
    } else {
        const auto& text = std::get<std::string>(value);
        sha.add("T" + std::to_string(text.size()) + ":");
        sha.add(text);
    }
}

}  // namespace

core::Result<TableDigest> digest_table(sql::Connection& db, const TableLayout& layout) {
    Sha256 sha;
    TableDigest digest;
    auto done = for_each_page(db, layout, [&](const std::vector<Row>& rows) -> core::Result<void> {
        for (const auto& row : rows) {
            for (const auto& value : row) add_value(sha, value);
            sha.add("\n");
        }
        digest.rows += static_cast<std::int64_t>(rows.size());
        return {};
    });
    if (!done) return done.error();
    digest.sha256 = sha.hex();
    return digest;
}

}  // namespace tanggap::store::transfer

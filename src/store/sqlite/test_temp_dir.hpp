#pragma once
// Test helper: a fresh directory under the system temp directory, removed at the end.

#include <filesystem>
#include <stdexcept>
#include <stdlib.h>
#include <string>

namespace tanggap::store::sqlite {

class TestTempDir {
  public:
    TestTempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "tanggap-sqlite-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TestTempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TestTempDir(const TestTempDir&) = delete;
    TestTempDir& operator=(const TestTempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

  private:
    std::filesystem::path path_;
};

}  // namespace tanggap::store::sqlite

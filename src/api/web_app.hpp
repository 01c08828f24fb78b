#pragma once
// Serves the built web front end (web/dist): its files, and index.html for every other
// path outside the API so deep links (a tracking link sent by WhatsApp) open the right page.

#include "http/router.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace tanggap::api {

class WebApp {
  public:
    // Reads every file under `dist_dir` into memory (the build is small and immutable).
    // A missing directory gives an empty app: the API still works and pages answer 404.
    explicit WebApp(const std::filesystem::path& dist_dir);

    bool empty() const { return files_.empty(); }
    std::size_t file_count() const { return files_.size(); }

    // Registers the router's fallback for GET/HEAD outside /api/, /webhooks/ and the ops paths.
    void install(http::Router& router) const;

  private:
    struct File {
        std::string content_type;
        std::string body;
        std::string gzip_body;    // from a precompressed "<name>.gz" next to it, if any
        std::string brotli_body;  // likewise from "<name>.br"
    };
    http::Response serve(const http::Context& ctx) const;

    std::map<std::string, File, std::less<>> files_;  // by URL path, e.g. "/assets/app-1a2b.js"
};

}  // namespace tanggap::api

#pragma once
// Reading JSON request bodies: content type, syntax, and typed fields with their JSON paths.

#include "core/error.hpp"
#include "http/types.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::api {

// Errors: unsupported_media unless Content-Type is application/json; malformed for invalid
// JSON or a body that is not an object.
core::Result<boost::json::object> parse_json_object(const http::Request& request);
core::Result<boost::json::object> parse_json_text(std::string_view text);

// Typed access to optional fields; a present field of the wrong type is invalid_field,
// named by `prefix` + key (e.g. "location.lat"). null counts as absent.
class JsonFields {
  public:
    JsonFields(const boost::json::object& object, std::string prefix = {})
        : object_(object), prefix_(std::move(prefix)) {}

    core::Result<std::optional<std::string>> string(std::string_view key) const;
    core::Result<std::optional<std::vector<std::string>>> strings(std::string_view key) const;
    core::Result<std::optional<bool>> boolean(std::string_view key) const;
    core::Result<std::optional<double>> number(std::string_view key) const;
    core::Result<std::optional<std::int64_t>> integer(std::string_view key) const;
    core::Result<const boost::json::object*> object(std::string_view key) const;  // null if absent

    std::string path(std::string_view key) const { return prefix_ + std::string(key); }

  private:
    const boost::json::object& object_;
    std::string prefix_;
};

}  // namespace tanggap::api

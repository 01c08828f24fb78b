// Any bytes as a JSON request body: parse_json_text, then every typed accessor on every key of
// the object and of the objects inside it, as the handlers read them.
#include "api/json_body.hpp"

#include <cstddef>
#include <cstdint>

namespace {

void read_all(const boost::json::object& object, int depth) {
    const tanggap::api::JsonFields fields(object, "x.");
    for (const auto& [key, value] : object) {
        (void)fields.string(key);
        (void)fields.strings(key);
        (void)fields.boolean(key);
        (void)fields.number(key);
        (void)fields.integer(key);
        auto inner = fields.object(key);
        if (inner && *inner && depth < 8) read_all(**inner, depth + 1);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto body = tanggap::api::parse_json_text({reinterpret_cast<const char*>(data), size});
    if (body) read_all(*body, 0);
    return 0;
}

// ConversationState <-> JSON text, for the caller's store.
#include "channels/whatsapp/conversation.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace tanggap::channels::whatsapp {
namespace {

namespace json = boost::json;

constexpr std::array<std::pair<Stage, std::string_view>, 9> kStages{{
    {Stage::menu, "menu"},
    {Stage::choose_category, "choose_category"},
    {Stage::describe, "describe"},
    {Stage::locate, "locate"},
    {Stage::locate_desa, "locate_desa"},
    {Stage::photos, "photos"},
    {Stage::confirm, "confirm"},
    {Stage::choose_edit, "choose_edit"},
    {Stage::with_operator, "with_operator"},
}};

std::string string_at(const json::object& o, std::string_view key) {
    auto it = o.find(key);
    if (it == o.end()) return {};
    const auto* s = it->value().if_string();
    return s != nullptr ? std::string(*s) : std::string();
}

std::optional<double> double_at(const json::object& o, std::string_view key) {
    auto it = o.find(key);
    if (it == o.end() || !it->value().is_number()) return std::nullopt;
    return it->value().to_number<double>();
}

std::int64_t int_at(const json::object& o, std::string_view key) {
    auto it = o.find(key);
    if (it == o.end()) return 0;
    if (const auto* i = it->value().if_int64()) return *i;
    if (const auto* u = it->value().if_uint64()) return static_cast<std::int64_t>(*u);
    return 0;
}

std::int64_t millis(domain::Timestamp t) { return t.time_since_epoch().count(); }

domain::Timestamp timestamp(std::int64_t ms) {
    return domain::Timestamp(std::chrono::milliseconds(ms));
}

}  // namespace

std::string_view to_string(Stage stage) {
    for (const auto& [s, name] : kStages) {
        if (s == stage) return name;
    }
    return "menu";
}

std::optional<Stage> parse_stage(std::string_view text) {
    for (const auto& [s, name] : kStages) {
        if (name == text) return s;
    }
    return std::nullopt;
}

std::string to_json(const ConversationState& state) {
    json::object location;
    if (state.location.lat) location["lat"] = *state.location.lat;
    if (state.location.lon) location["lon"] = *state.location.lon;
    location["address"] = state.location.address;
    location["kecamatan_code"] = state.location.kecamatan_code;
    location["desa_code"] = state.location.desa_code;
    json::array photos;
    for (const auto& id : state.photo_ids) photos.emplace_back(id);
    json::object o;
    o["stage"] = to_string(state.stage);
    o["category_code"] = state.category_code;
    o["category_parent"] = state.category_parent;
    o["category_page"] = state.category_page;
    o["description"] = state.description;
    o["location"] = std::move(location);
    o["photo_ids"] = std::move(photos);
    o["reporter_name"] = state.reporter_name;
    o["editing"] = state.editing;
    o["started_at"] = millis(state.started_at);
    o["last_activity"] = millis(state.last_activity);
    return json::serialize(o);
}

core::Result<ConversationState> conversation_from_json(std::string_view text) {
    boost::system::error_code ec;
    auto root = json::parse(text, ec);
    if (ec || !root.is_object()) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Conversation state is not a JSON object", "state");
    }
    const auto& o = root.get_object();
    ConversationState state;
    auto stage = parse_stage(string_at(o, "stage"));
    if (!stage) {
        return core::make_error(
            core::ErrorCode::invalid_field, "Unknown conversation stage", "stage");
    }
    state.stage = *stage;
    state.category_code = string_at(o, "category_code");
    state.category_parent = string_at(o, "category_parent");
    state.category_page =
        static_cast<int>(std::clamp<std::int64_t>(int_at(o, "category_page"), 0, 100));
    state.description = string_at(o, "description");
    if (auto it = o.find("location"); it != o.end() && it->value().is_object()) {
        const auto& loc = it->value().get_object();
        state.location.lat = double_at(loc, "lat");
        state.location.lon = double_at(loc, "lon");
        state.location.address = string_at(loc, "address");
        state.location.kecamatan_code = string_at(loc, "kecamatan_code");
        state.location.desa_code = string_at(loc, "desa_code");
    }
    if (auto it = o.find("photo_ids"); it != o.end() && it->value().is_array()) {
        for (const auto& id : it->value().get_array()) {
            if (id.is_string() && state.photo_ids.size() < domain::kMaxPhotos) {
                state.photo_ids.emplace_back(id.get_string());
            }
        }
    }
    state.reporter_name = string_at(o, "reporter_name");
    if (auto it = o.find("editing"); it != o.end() && it->value().is_bool()) {
        state.editing = it->value().get_bool();
    }
    state.started_at = timestamp(int_at(o, "started_at"));
    state.last_activity = timestamp(int_at(o, "last_activity"));
    return state;
}

}  // namespace tanggap::channels::whatsapp

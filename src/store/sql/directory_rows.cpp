#include "store/sql/directory_rows.hpp"

#include "store/sql/store_errors.hpp"

#include <boost/json.hpp>

#include <string>
#include <vector>

namespace tanggap::store::sql {
namespace json = boost::json;
namespace {

std::string encode_strings(const std::vector<std::string>& values) {
    json::array array;
    array.reserve(values.size());
    for (const auto& value : values) array.emplace_back(value);
    return json::serialize(array);
}

std::string encode_social(const std::vector<domain::SocialAccount>& accounts) {
    json::array array;
    array.reserve(accounts.size());
    for (const auto& account : accounts) {
        array.emplace_back(json::object{{"network", account.network}, {"handle", account.handle}});
    }
    return json::serialize(array);
}

core::Result<json::array> parse_array(const std::string& text, std::string_view column) {
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    if (ec || !value.is_array()) {
        return internal_error("column " + std::string(column) + " is not a JSON array: " + text);
    }
    return std::move(value.as_array());
}

core::Result<std::vector<std::string>> decode_strings(const std::string& text,
                                                      std::string_view column) {
    auto array = parse_array(text, column);
    if (!array) return array.error();
    std::vector<std::string> values;
    values.reserve(array->size());
    for (const auto& item : *array) {
        if (!item.is_string()) return internal_error("non-string in " + std::string(column));
        values.emplace_back(item.as_string());
    }
    return values;
}

core::Result<std::vector<domain::SocialAccount>> decode_social(const std::string& text) {
    auto array = parse_array(text, "units.social");
    if (!array) return array.error();
    std::vector<domain::SocialAccount> accounts;
    accounts.reserve(array->size());
    for (const auto& item : *array) {
        const auto* object = item.if_object();
        const auto* network = object ? object->if_contains("network") : nullptr;
        const auto* handle = object ? object->if_contains("handle") : nullptr;
        if (!network || !handle || !network->is_string() || !handle->is_string()) {
            return internal_error("malformed account in units.social: " + text);
        }
        accounts.push_back({std::string(network->as_string()), std::string(handle->as_string())});
    }
    return accounts;
}

}  // namespace

core::Result<domain::Unit> read_unit(const Statement& row) {
    domain::Unit unit;
    unit.code = row.column_text(0);
    unit.name = row.column_text(1);
    const auto kind = row.column_text(2);
    const auto parsed_kind = domain::parse_unit_kind(kind);
    if (!parsed_kind) return internal_error("unknown unit kind '" + kind + "'");
    unit.kind = *parsed_kind;
    unit.parent_code = row.column_text(3);
    unit.area_code = row.column_text(4);
    auto call_center = decode_strings(row.column_text(5), "units.call_center");
    if (!call_center) return call_center.error();
    unit.call_center = std::move(*call_center);
    unit.whatsapp = row.column_text(6);
    auto social = decode_social(row.column_text(7));
    if (!social) return social.error();
    unit.social = std::move(*social);
    auto categories = decode_strings(row.column_text(8), "units.categories");
    if (!categories) return categories.error();
    unit.categories = std::move(*categories);
    unit.super_admin = row.column_int(9) != 0;
    unit.always_open = row.column_int(10) != 0;
    return unit;
}

void bind_unit(Statement& upsert, const domain::Unit& unit) {
    upsert.bind_text(1, unit.code);
    upsert.bind_text(2, unit.name);
    upsert.bind_text(3, domain::to_string(unit.kind));
    upsert.bind_text_or_null(4, unit.parent_code);
    upsert.bind_text_or_null(5, unit.area_code);
    upsert.bind_text(6, encode_strings(unit.call_center));
    upsert.bind_text(7, unit.whatsapp);
    upsert.bind_text(8, encode_social(unit.social));
    upsert.bind_text(9, encode_strings(unit.categories));
    upsert.bind_bool(10, unit.super_admin);
    upsert.bind_bool(11, unit.always_open);
}

core::Result<domain::Category> read_category(const Statement& row) {
    domain::Category category;
    category.code = row.column_text(0);
    category.name = row.column_text(1);
    category.parent_code = row.column_text(2);
    category.responsible_unit = row.column_text(3);
    if (!row.column_is_null(4)) {
        const auto kind = row.column_text(4);
        category.responsible_kind = domain::parse_unit_kind(kind);
        if (!category.responsible_kind) {
            return internal_error("unknown unit kind '" + kind + "' in categories");
        }
    }
    category.area_bound = row.column_int(5) != 0;
    category.emergency = row.column_int(6) != 0;
    category.deadline_policy = row.column_text(7);
    if (auto months = row.column_int_or_null(8))
        category.retention_months = static_cast<int>(*months);
    return category;
}

void bind_category(Statement& upsert, const domain::Category& category) {
    upsert.bind_text(1, category.code);
    upsert.bind_text(2, category.name);
    upsert.bind_text_or_null(3, category.parent_code);
    upsert.bind_text_or_null(4, category.responsible_unit);
    if (category.responsible_kind) {
        upsert.bind_text(5, domain::to_string(*category.responsible_kind));
    } else {
        upsert.bind_null(5);
    }
    upsert.bind_bool(6, category.area_bound);
    upsert.bind_bool(7, category.emergency);
    upsert.bind_text(8, category.deadline_policy);
    upsert.bind_int_or_null(9, category.retention_months);
}

}  // namespace tanggap::store::sql

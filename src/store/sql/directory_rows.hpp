#pragma once
// How units and categories map to rows of `units` and `categories`; list fields of a unit are
// JSON arrays in TEXT columns. Internal to the SQLite back end.

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "store/sql/statement.hpp"

#include <string_view>

namespace tanggap::store::sql {

inline constexpr std::string_view kSelectUnits =
    "SELECT code, name, kind, parent_code, area_code, call_center, whatsapp, social, categories,"
    " super_admin, always_open FROM units ORDER BY code";
// Errors: internal when a stored kind or JSON list does not parse.
core::Result<domain::Unit> read_unit(const Statement& row);

inline constexpr std::string_view kUpsertUnit =
    "INSERT INTO units (code, name, kind, parent_code, area_code, call_center, whatsapp, social,"
    " categories, super_admin, always_open) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    " ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
    " parent_code = excluded.parent_code, area_code = excluded.area_code,"
    " call_center = excluded.call_center, whatsapp = excluded.whatsapp,"
    " social = excluded.social, categories = excluded.categories,"
    " super_admin = excluded.super_admin, always_open = excluded.always_open";
void bind_unit(Statement& upsert, const domain::Unit& unit);

inline constexpr std::string_view kSelectCategories =
    "SELECT code, name, parent_code, responsible_unit, responsible_kind, area_bound, emergency,"
    " deadline_policy, retention_months FROM categories ORDER BY code";
core::Result<domain::Category> read_category(const Statement& row);

inline constexpr std::string_view kUpsertCategory =
    "INSERT INTO categories (code, name, parent_code, responsible_unit, responsible_kind,"
    " area_bound, emergency, deadline_policy, retention_months)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
    " parent_code = excluded.parent_code, responsible_unit = excluded.responsible_unit,"
    " responsible_kind = excluded.responsible_kind, area_bound = excluded.area_bound,"
    " emergency = excluded.emergency, deadline_policy = excluded.deadline_policy,"
    " retention_months = excluded.retention_months";
void bind_category(Statement& upsert, const domain::Category& category);

}  // namespace tanggap::store::sql

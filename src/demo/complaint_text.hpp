#pragma once
// Indonesian texts of the demo's complaint history: what citizens wrote per category (and,
// for "lainnya", per agency), and what the units answered. Placeholders in braces are filled
// by fill(): {desa} "Desa Krimun", {nama_desa} "Krimun", {kecamatan} "Losarang",
// {unit} the handling unit's name, {rt} "03", {n} a small number.

#include "domain/complaint.hpp"

#include <span>
#include <string>
#include <string_view>

namespace tanggap::demo {

struct ComplaintTemplate {
    std::string_view title;
    std::string_view description;
    std::string_view answer;  // the unit's answer when resolving
    domain::ComplaintKind kind = domain::ComplaintKind::pengaduan;
    bool sensitive = false;  // about a person or misconduct: often anonymous or confidential
    bool physical = true;    // about a place: the report carries a street address
};

struct TextSet {
    std::span<const ComplaintTemplate> complaints;  // never empty
    std::span<const std::string_view> progress;     // public updates while work goes on
};

// Texts for a complaint about `category_code` handled by `unit_code`. Every category of the
// demo and every unit that handles "lainnya" has a set; others get the generic set.
TextSet texts_for(std::string_view category_code, std::string_view unit_code);

// The "lainnya" complaints of the agency `unit_code` (complaint_text_agencies.cpp); empty for a
// unit without its own.
std::span<const ComplaintTemplate> agency_complaints(std::string_view unit_code);

// What reporters write when confirming (solved) or reopening.
std::span<const std::string_view> confirm_comments();
std::span<const std::string_view> reopen_reasons();

// What a unit asks the reporter for before it can verify (status ditunda).
std::string_view defer_request(std::string_view category_code, bool physical);

struct Placeholders {
    std::string desa;
    std::string nama_desa;
    std::string kecamatan;
    std::string unit;
    std::string rt;
    std::string n;
};

std::string fill(std::string_view text, const Placeholders& values);

}  // namespace tanggap::demo

#pragma once
// The shared mapping writes SQLite's parameter spelling ("?1", ":name"); PostgreSQL numbers
// its parameters "$1". Rewritten once per statement, when it is prepared.

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store::postgres {

struct TranslatedSql {
    std::string text;                // with $N parameters
    std::vector<std::string> names;  // names[i] is ":name" of $(first_named + i)
    int first_named = 1;
    int parameter_count = 0;  // the highest $N
};

// "?N" becomes "$N"; each distinct ":name" gets the next number after the highest "?N", in
// order of first appearance. Quoted text ('...', "...") and PostgreSQL casts ("::") are left
// alone.
TranslatedSql translate_parameters(std::string_view sql);

}  // namespace tanggap::store::postgres

#pragma once
// The chat's texts and interactive messages (Bahasa Indonesia), kept apart from the state
// machine in conversation.cpp. Internal to this folder.

#include "channels/whatsapp/conversation.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tanggap::channels::whatsapp::replies {

inline constexpr std::size_t kMaxListRows = 10;
inline constexpr std::size_t kRowTitleMax = 24;
inline constexpr std::size_t kRowDescriptionMax = 72;
inline constexpr std::size_t kButtonTitleMax = 20;

// At most `max_points` code points, ending in "…" when cut.
std::string cut(std::string_view text, std::size_t max_points);

Reply text(std::string body);
Reply main_menu(std::string_view name);
Reply expired_notice(std::chrono::seconds expire_after);
// Categories under `parent` ("" top level), page `page` of 9 when they do not fit in 10 rows.
Reply category_list(const domain::DirectoryIndex& directory, std::string_view parent, int page);
Reply describe_prompt(std::string_view category_name);
Reply location_prompt();
Reply desa_prompt(std::string_view kecamatan_name);
Reply place_choices(std::string_view intro,
                    const std::vector<const domain::Unit*>& units,
                    std::string_view id_prefix,
                    bool allow_skip);
Reply photos_prompt(std::size_t received);
Reply summary(const ConversationState& state, const domain::DirectoryIndex& directory);
Reply edit_choices();
Reply operator_connected();

}  // namespace tanggap::channels::whatsapp::replies

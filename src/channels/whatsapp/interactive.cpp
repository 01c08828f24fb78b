#include "channels/whatsapp/interactive.hpp"

#include <boost/json.hpp>

namespace tanggap::channels::whatsapp {

namespace json = boost::json;

std::string interactive_json(const Reply& reply) {
    if (reply.kind == Reply::Kind::text) return {};
    json::object interactive;
    json::object action;
    if (reply.kind == Reply::Kind::list) {
        interactive["type"] = "list";
        json::array rows;
        for (const auto& o : reply.options) {
            json::object row{{"id", o.id}, {"title", o.title}};
            if (!o.description.empty()) row["description"] = o.description;
            rows.push_back(std::move(row));
        }
        action["button"] = reply.button_label.empty() ? "Pilih" : reply.button_label;
        action["sections"] = json::array{json::object{{"rows", std::move(rows)}}};
    } else {
        interactive["type"] = "button";
        json::array buttons;
        for (const auto& o : reply.options) {
            buttons.push_back({{"type", "reply"}, {"reply", {{"id", o.id}, {"title", o.title}}}});
        }
        action["buttons"] = std::move(buttons);
    }
    if (!reply.header.empty()) interactive["header"] = {{"type", "text"}, {"text", reply.header}};
    interactive["body"] = {{"text", reply.body}};
    if (!reply.footer.empty()) interactive["footer"] = {{"text", reply.footer}};
    interactive["action"] = std::move(action);
    return json::serialize(interactive);
}

std::string plain_text(const Reply& reply) {
    std::string out;
    if (!reply.header.empty()) out += reply.header + "\n";
    out += reply.body;
    int n = 0;
    for (const auto& o : reply.options) out += "\n" + std::to_string(++n) + ". " + o.title;
    if (!reply.footer.empty()) out += "\n" + reply.footer;
    return out;
}

}  // namespace tanggap::channels::whatsapp

#include "demo/reporters.hpp"

#include "demo/indramayu_directory.hpp"

#include <algorithm>

namespace tanggap::demo {
namespace {

using domain::Channel;

constexpr std::string_view kFirstNames[] = {
    "Darsono", "Carsiti",   "Warsinah", "Tarkim",  "Casmadi",  "Rasinah", "Sutrisno", "Siti",
    "Dedi",    "Nurhayati", "Wartono",  "Tarsih",  "Kusnadi",  "Ratna",   "Sukirman", "Wasman",
    "Eti",     "Suhendi",   "Rina",     "Ahmad",   "Wahyudin", "Kartini", "Yayan",    "Endang",
    "Juhaeni", "Casnadi",   "Dasmini",  "Taryono", "Mulyadi",  "Sri",     "Agus",     "Tati",
    "Rohman",  "Fitri",     "Darmaji",  "Karsidi", "Samsudin", "Wawan",   "Imas",     "Ujang",
};
constexpr std::string_view kSecondNames[] = {
    "Aminah",   "Kurniawan", "Sari",      "Rohaeti",   "Marlina",  "Fauzi",      "Sopian",
    "Wahyuni",  "Salim",     "Sumiati",   "Handayani", "Setiawan", "Masitoh",    "Hidayat",
    "Nurjanah", "Saputra",   "Rahmawati", "Permana",   "Susanti",  "Firmansyah",
};
constexpr std::string_view kMobilePrefixes[] = {
    "812", "813", "821", "822", "823", "852", "853", "857", "858", "877", "878", "895", "896"};

std::string random_digits(DemoRandom& rng, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += static_cast<char>('0' + rng.below(10));
    return out;
}

}  // namespace

domain::Reporter make_reporter(DemoRandom& rng, Channel channel) {
    domain::Reporter r;
    r.name = std::string(rng.pick(kFirstNames));
    if (rng.percent(55)) r.name += " " + std::string(rng.pick(kSecondNames));
    auto phone = [&] {
        return "+62" + std::string(rng.pick(kMobilePrefixes)) + random_digits(rng, 8);
    };
    auto email = [&] {
        std::string local = slug(r.name);
        std::replace(local.begin(), local.end(), '-', '.');
        return local + random_digits(rng, 2) + "@example.com";
    };
    switch (channel) {
        case Channel::call_center:
        case Channel::whatsapp:
            r.phone = phone();
            break;
        case Channel::walk_in:
            if (rng.percent(50)) r.phone = phone();
            break;
        case Channel::web:
        case Channel::mobile:
            if (rng.percent(60)) r.phone = phone();
            if (rng.percent(25)) r.email = email();
            if (rng.percent(10)) r.name.clear();
            break;
        case Channel::sp4n_lapor:
            if (rng.percent(40)) r.email = email();
            break;
        default:
            break;
    }
    return r;
}

}  // namespace tanggap::demo

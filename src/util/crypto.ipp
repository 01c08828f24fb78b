#pragma once

namespace tanggap::util {

void fill_random(std::uint8_t* out, std::size_t size);

template <std::size_t N>
std::array<std::uint8_t, N> random_bytes() {
    std::array<std::uint8_t, N> out{};
    fill_random(out.data(), N);
    return out;
}

}  // namespace tanggap::util

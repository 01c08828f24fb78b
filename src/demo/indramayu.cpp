#include "demo/indramayu.hpp"

#include "demo/indramayu_directory.hpp"
#include "domain/directory_index.hpp"

namespace tanggap::demo {

core::Result<DemoData> generate_indramayu(const RegencyArea& area, std::uint64_t seed) {
    auto units = indramayu_units(area);
    if (!units) return units.error();
    DemoData data;
    data.units = std::move(*units);
    data.categories = indramayu_categories();
    data.staff = indramayu_staff(district_code_named(area, "Losarang"));
    const domain::DirectoryIndex directory(data.units, data.categories);
    data.complaints = generate_history(directory, area, data.staff, seed);
    return data;
}

core::Result<DemoData> build_indramayu_demo(const std::filesystem::path& area_data_dir) {
    auto area = read_regency_area(area_data_dir, kIndramayuRegency);
    if (!area) return area.error();
    return generate_indramayu(*area);
}

}  // namespace tanggap::demo

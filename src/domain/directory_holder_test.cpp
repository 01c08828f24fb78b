#include "domain/directory_holder.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <thread>
#include <vector>

namespace tanggap::domain {
namespace {

DirectoryHolder::Snapshot with_unit(std::string code) {
    Unit unit;
    unit.code = std::move(code);
    unit.name = "Unit " + unit.code;
    return std::make_shared<const DirectoryIndex>(std::vector<Unit>{unit}, std::vector<Category>{});
}

TEST(DirectoryHolder, ASnapshotStaysWhatItWasAfterAPublish) {
    DirectoryHolder holder(with_unit("dinsos"));
    auto before = holder.snapshot();
    holder.publish(holder.next_version(), with_unit("dinkes"));
    EXPECT_NE(before->find_unit("dinsos"), nullptr);
    EXPECT_NE(holder.snapshot()->find_unit("dinkes"), nullptr);
}

TEST(DirectoryHolder, AnOlderVersionNeverReplacesANewerOne) {
    DirectoryHolder holder(with_unit("awal"));
    const auto first = holder.next_version();
    const auto second = holder.next_version();
    holder.publish(second, with_unit("kedua"));
    holder.publish(first, with_unit("pertama"));  // its commit was reported late
    EXPECT_NE(holder.snapshot()->find_unit("kedua"), nullptr);
    EXPECT_EQ(holder.snapshot()->find_unit("pertama"), nullptr);
}

TEST(DirectoryHolder, ReadersAndAWriterRaceSafely) {
    DirectoryHolder holder(with_unit("u0"));
    std::thread writer([&] {
        for (int i = 1; i <= 200; ++i) {
            holder.publish(holder.next_version(), with_unit("u" + std::to_string(i)));
        }
    });
    std::vector<std::thread> readers;
    for (int r = 0; r < 3; ++r) {
        readers.emplace_back([&] {
            for (int i = 0; i < 2000; ++i) ASSERT_EQ(holder.snapshot()->units().size(), 1u);
        });
    }
    writer.join();
    for (auto& t : readers) t.join();
    EXPECT_NE(holder.snapshot()->find_unit("u200"), nullptr);
}

}  // namespace
}  // namespace tanggap::domain

#pragma once
// The store conformance suite: one set of tests, written against store/store.hpp only, run
// against every back end. A back end joins with one INSTANTIATE_TEST_SUITE_P line that gives a
// BackEnd (see sqlite_back_end_test.cpp).

#include "store/store.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tanggap::store::conformance {

// How the suite reaches a back end.
struct BackEnd {
    std::string name;  // the test name suffix: letters, digits, underscores
    // Opens the store kept under `dir` (an empty directory on first use); opening the same
    // `dir` again must give the same data.
    std::function<Result<std::unique_ptr<Store>>(const std::filesystem::path& dir)> open;
    // Opens, as a store, what Store::backup_to(file) wrote; empty when the back end refuses
    // backup_to() (PostgreSQL is backed up by its own tools) and the backup test is skipped.
    std::function<Result<std::unique_ptr<Store>>(const std::filesystem::path& file)> open_backup;
};

// Test names and failure messages show the back end by name.
inline void PrintTo(const BackEnd& back_end, std::ostream* out) { *out << back_end.name; }

// A fresh directory under the system temp directory, removed with its contents at the end.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

std::vector<std::string> tickets_of(const std::vector<domain::Complaint>& items);

class StoreConformance : public ::testing::TestWithParam<BackEnd> {
  protected:
    void SetUp() override;
    void TearDown() override;

    // Opens the store of this test's directory again (after close()).
    std::unique_ptr<Store> reopen();

    // Blocking helpers that fail the test on a store error.
    void write_ok(const Store::WriteJob& job);
    void write_ok(Store& store, const Store::WriteJob& job);
    // Inserts `complaint` with a "submit" event; returns its id.
    std::int64_t insert(domain::Complaint& complaint);
    domain::Complaint by_ticket(const std::string& ticket);
    domain::Complaint by_ticket(Store& store, const std::string& ticket);
    InboxPage inbox(const InboxQuery& query);
    std::int64_t complaint_count(Store& store);

    // The inbox tests' complaints (store_conformance_inbox_test.cpp), by ticket as stored.
    std::map<std::string, domain::Complaint> seed_inbox();
    // Follows next_cursor from `query` to the end and returns the tickets in order; fails the
    // test on a duplicate or a page over the limit.
    std::vector<std::string> walk_inbox(InboxQuery query);
    std::vector<std::string> inbox_tickets(const InboxQuery& query) {
        return tickets_of(inbox(query).items);
    }

    // The caller-history tests' complaints (store_conformance_reporter_test.cpp), by ticket
    // as stored.
    std::map<std::string, domain::Complaint> seed_reporters();
    std::vector<domain::Complaint> by_phone(std::string_view phone, int limit);

    // The dashboard tests' complaints (store_conformance_stats_test.cpp), with their units,
    // categories and histories.
    void seed_stats();
    ComplaintStats stats(const StatsQuery& query);
    PublicComplaintPage public_page(const PublicComplaintQuery& query);
    // Follows next_cursor of the public list to the end; tickets in order.
    std::vector<std::string> walk_public(PublicComplaintQuery query);

    TempDir dir_;
    std::unique_ptr<Store> store_;
};

// Builders of plausible records (Indramayu codes); tests change what they need.
domain::Timestamp at_ms(std::int64_t ms_since_epoch);
domain::Timestamp day(int year, unsigned month, unsigned day, int hour = 9);
domain::Complaint make_complaint(const std::string& ticket);  // diterima: not published
// Verified half an hour after it was filed: published (domain::is_published).
domain::Complaint make_published_complaint(const std::string& ticket);
domain::ComplaintEvent submit_event(const domain::Complaint& complaint);
domain::ComplaintEvent make_event(const std::string& action,
                                  domain::Status from,
                                  domain::Status to,
                                  domain::Timestamp at);
domain::Unit make_unit(const std::string& code, domain::UnitKind kind);
domain::Category make_category(const std::string& code, const std::string& parent);

// Field-by-field comparison (the domain types have no operator==); reports every difference.
void expect_same(const domain::Complaint& actual, const domain::Complaint& expected);
void expect_same(const domain::ComplaintEvent& actual, const domain::ComplaintEvent& expected);
void expect_same(const domain::Unit& actual, const domain::Unit& expected);
void expect_same(const domain::Category& actual, const domain::Category& expected);

}  // namespace tanggap::store::conformance

#pragma once
// The WriteTx of the SQLite back end: runs on the writer thread's connection, inside the
// SAVEPOINT the writer opens around each job (sqlite_store.cpp). Each method is atomic on its
// own too: a failing insert_complaint leaves no part of the complaint behind even when the job
// ignores its error.
//
// Thread-safety: none; only the writer thread uses it.

#include "store/sqlite/sqlite_reader.hpp"

namespace tanggap::store::sqlite {

class SqliteWriteTx final : public SqliteReader<WriteTx> {
  public:
    using SqliteReader::SqliteReader;

    // Also records complaint.unit_code (and any codes already in complaint.handling_units) as
    // handling units, and appends unit_code to complaint.handling_units when missing.
    Result<void> insert_complaint(domain::Complaint& complaint,
                                  domain::ComplaintEvent& first_event) override;
    // Adds complaint.handling_units and complaint.unit_code to the handling units (never
    // removes one). Errors: not_found for an unknown id.
    Result<void> update_complaint(const domain::Complaint& complaint) override;
    // Errors: not_found for an unknown complaint id.
    Result<void> append_event(std::int64_t complaint_id, domain::ComplaintEvent& event) override;
    // Errors: not_found for an unknown complaint id; conflict (field "photos") for a photo id
    // already stored.
    Result<void> add_photo(std::int64_t complaint_id, const domain::Photo& photo) override;
    Result<std::vector<domain::Complaint>> complaints_due_for_check(domain::Timestamp now,
                                                                    int limit) override;
    // Errors: not_found (field "complaint_id") for an unknown complaint.
    Result<void> insert_notification(domain::Notification& notification) override;

    Result<void> upsert_unit(const domain::Unit& unit) override;
    Result<void> upsert_category(const domain::Category& category) override;

    Result<std::int64_t> insert_staff(const domain::StaffUser& user,
                                      const std::string& password_hash) override;
    // Errors: not_found (field "user_id") for an unknown user; conflict for a taken id_hash.
    Result<void> insert_session(const StaffSession& session) override;
    // Deleting an unknown session is not an error.
    Result<void> delete_session(std::string_view id_hash) override;

  private:
    Result<void> insert_complaint_rows(domain::Complaint& complaint,
                                       domain::ComplaintEvent& first_event);
    Result<void> add_handling_unit(std::int64_t complaint_id,
                                   const std::string& unit_code,
                                   domain::Timestamp at);
};

}  // namespace tanggap::store::sqlite

#pragma once
// The WriteTx of the SQL back ends: runs on the writer thread's connection, inside the
// SAVEPOINT the writer opens around each job (threaded_store.cpp). Each method is atomic on its
// own too: a failing insert_complaint leaves no part of the complaint behind even when the job
// ignores its error.
//
// Thread-safety: none; only the writer thread uses it.

#include "store/sql/reader.hpp"

namespace tanggap::store::sql {

class SqlWriteTx final : public SqlReader<WriteTx> {
  public:
    using SqlReader::SqlReader;

    // Also records complaint.unit_code (and any codes already in complaint.handling_units) as
    // handling units, and appends unit_code to complaint.handling_units when missing.
    Result<void> insert_submission_key(std::string_view key_hash,
                                       const SubmissionKey& key,
                                       domain::Timestamp at) override;
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
    Result<std::vector<domain::Complaint>> complaints_with_deadline(std::int64_t after_id,
                                                                    int limit) override;
    Result<std::vector<domain::Complaint>> complaints_due_for_check(domain::Timestamp now,
                                                                    int limit) override;
    // Errors: not_found (field "complaint_id") for an unknown complaint.
    Result<void> insert_notification(domain::Notification& notification) override;

    // The SQL of the audit methods is in audit_rows.cpp.
    Result<AuditHead> lock_audit_head() override;
    Result<void> append_audit(const domain::AuditEntry& entry) override;
    Result<void> insert_audit_seal(const domain::AuditSeal& seal) override;
    Result<std::int64_t> erase_audit_actor(const std::string& actor) override;

    // The SQL of the privacy methods is in privacy_rows.cpp.
    Result<void> save_erased_complaint(const domain::Complaint& erased,
                                       domain::Timestamp at) override;
    Result<PersonTraces> erase_person_traces(
        const domain::PersonKey& key, const std::vector<std::int64_t>& complaint_ids) override;
    Result<std::int64_t> insert_privacy_request(const domain::PrivacyRequest& request) override;
    Result<PrunedChannelData> prune_channel_data(domain::Timestamp webhooks_before,
                                                 domain::Timestamp chats_before) override;
    Result<std::int64_t> insert_breach(const domain::Breach& breach) override;
    Result<void> mark_breach_notified(std::int64_t id,
                                      domain::Timestamp at,
                                      std::int64_t notices) override;

    // The SQL of the channel methods is in outbox_rows.cpp and chat_rows.cpp.
    Result<bool> insert_outbound(domain::Outbound& message) override;
    Result<std::vector<domain::Outbound>> claim_outbound(domain::Timestamp now,
                                                         domain::Timestamp lease_until,
                                                         int limit) override;
    Result<void> update_outbound(const domain::Outbound& message) override;
    Result<bool> requeue_outbound(std::int64_t id, domain::Timestamp now) override;
    Result<bool> record_delivery(std::string_view provider_message_id,
                                 domain::DeliveryStatus status,
                                 std::string_view error) override;
    Result<void> set_opt_out(domain::OutboundChannel channel,
                             std::string_view address,
                             bool opted_out,
                             domain::Timestamp now) override;
    Result<void> touch_whatsapp_contact(std::string_view phone,
                                        std::string_view profile_name,
                                        domain::Timestamp at) override;
    Result<void> save_conversation(std::string_view channel,
                                   std::string_view address,
                                   std::string_view state,
                                   domain::Timestamp at) override;
    Result<void> delete_conversation(std::string_view channel, std::string_view address) override;
    Result<bool> insert_inbound_message(InboundRecord& record) override;
    Result<void> link_inbound_to_complaint(std::int64_t inbound_id,
                                           std::int64_t complaint_id) override;
    Result<std::int64_t> enqueue_webhook(std::string_view source,
                                         std::string_view body,
                                         domain::Timestamp now) override;
    Result<std::vector<QueuedWebhook>> claim_webhooks(domain::Timestamp now,
                                                      domain::Timestamp lease_until,
                                                      int limit) override;
    Result<void> finish_webhook(std::int64_t id,
                                bool done,
                                std::optional<domain::Timestamp> retry_at,
                                std::string_view error) override;

    Result<void> upsert_unit(const domain::Unit& unit) override;
    Result<void> upsert_category(const domain::Category& category) override;

    Result<void> save_deadline_policy(const sla::DeadlinePolicy& policy) override;
    Result<bool> delete_deadline_policy(std::string_view code) override;
    Result<void> save_unit_policy(const sla::UnitPolicy& unit_policy) override;
    Result<bool> delete_unit_policy(std::string_view unit_code,
                                    std::string_view category_code) override;
    Result<void> replace_holidays(int year, const std::vector<sla::Holiday>& holidays) override;
    Result<void> add_holidays(const std::vector<sla::Holiday>& holidays) override;

    Result<std::int64_t> insert_staff(const domain::StaffUser& user,
                                      const std::string& password_hash) override;
    Result<void> update_staff(const domain::StaffUser& user) override;
    Result<void> set_staff_password(std::int64_t user_id,
                                    const std::string& password_hash) override;
    Result<void> delete_staff_sessions(std::int64_t user_id) override;
    Result<void> purge_expired_sessions(domain::Timestamp now) override;
    // The SQL of the second factor and the sign-in limit is in sign_in_rows.cpp.
    Result<void> set_staff_totp(std::int64_t user_id, const std::string& secret) override;
    Result<bool> use_totp_step(std::int64_t user_id, std::int64_t step) override;
    Result<AttemptCount> count_sign_in_attempt(std::string_view key,
                                               domain::Timestamp now,
                                               std::chrono::milliseconds window,
                                               int limit) override;
    Result<void> uncount_sign_in_attempt(std::string_view key) override;
    Result<void> forget_sign_in_attempts(std::string_view key) override;
    Result<void> purge_sign_in_attempts(domain::Timestamp before) override;
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
    // Refreshes the inbox order and openness copied into the complaint's complaint_units rows.
    Result<void> copy_inbox_order_to_units(std::int64_t complaint_id);
    // Writes each photo's published flag (0013_publication.sql).
    Result<void> save_photo_publication(const domain::Complaint& complaint);
};

}  // namespace tanggap::store::sql

#pragma once
// The read side of a transaction on one SQL connection: every ReadTx query. Used as the
// base of both the readers' ReadTx (Base = ReadTx) and the writer's WriteTx (Base = WriteTx),
// so writes read their own changes with the same code.
//
// The caller owns the transaction (BEGIN ... COMMIT) around the calls; this class only runs
// statements. Thread-safety: none; one thread uses it with its connection.

#include "store/sql/connection.hpp"
#include "store/store.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

namespace tanggap::store::sql {

inline constexpr int kInboxMaxLimit = 200;

template <class Base>
class SqlReader : public Base {
  public:
    explicit SqlReader(Connection& db) : db_(db) {}

    Result<std::vector<domain::Unit>> units() override;
    Result<std::vector<domain::Category>> categories() override;
    Result<std::vector<sla::DeadlinePolicy>> deadline_policies() override;
    Result<std::vector<sla::UnitPolicy>> unit_policies() override;
    Result<std::vector<sla::Holiday>> holidays() override;
    Result<std::optional<domain::Complaint>> complaint_by_ticket(std::string_view ticket) override;
    Result<std::optional<domain::Complaint>> complaint_by_photo(std::string_view photo_id) override;
    Result<std::vector<domain::ComplaintEvent>> events(std::int64_t complaint_id) override;
    // Items carry the complaint row and feedback; their photos and handling units are empty
    // (complaint_by_ticket() fills them). `limit` is clamped to 1..kInboxMaxLimit.
    Result<InboxPage> inbox(const InboxQuery& query) override;
    // Every status is present, with 0 when no complaint has it.
    Result<std::map<domain::Status, std::int64_t>> count_by_status() override;
    // The SQL is in stats_query.cpp.
    Result<ComplaintStats> complaint_stats(const StatsQuery& query) override;
    Result<PublicComplaintPage> public_complaints(const PublicComplaintQuery& query) override;
    // The SQL is in heatmap_query.cpp.
    Result<Heatmap> complaint_heatmap(const HeatmapQuery& query) override;
    // The SQL is in reporter_query.cpp.
    Result<std::optional<SubmissionKey>> submission_key(std::string_view key_hash) override;
    Result<std::vector<domain::Complaint>> complaints_by_reporter_phone(std::string_view phone,
                                                                        int limit) override;
    // The SQL is in performance_query.cpp.
    Result<std::vector<PerformanceFact>> performance_facts(const PerformanceQuery& query) override;
    Result<std::optional<StaffCredentials>> staff_by_username(std::string_view username) override;
    Result<std::optional<domain::StaffUser>> staff_by_id(std::int64_t id) override;
    Result<std::vector<domain::StaffUser>> staff(const StaffQuery& query) override;
    Result<std::optional<StaffSession>> session(std::string_view id_hash) override;
    // The SQL is in notification_rows.cpp.
    Result<std::vector<domain::Notification>> notifications(
        const NotificationQuery& query) override;
    // The SQL of these is in outbox_rows.cpp and chat_rows.cpp.
    Result<std::vector<domain::Outbound>> outbox(const OutboxQuery& query) override;
    Result<QueueDepths> queue_depths() override;
    Result<bool> opted_out(domain::OutboundChannel channel, std::string_view address) override;
    Result<std::optional<domain::Timestamp>> whatsapp_last_inbound(std::string_view phone) override;
    Result<std::optional<SavedConversation>> conversation(std::string_view channel,
                                                          std::string_view address) override;
    Result<std::vector<ChatThread>> chat_threads(int limit, const ChatScope& scope) override;
    Result<std::optional<ChatThread>> chat_thread(std::string_view source,
                                                  std::string_view sender,
                                                  const ChatScope& scope) override;
    Result<std::vector<InboundRecord>> inbound_messages(std::string_view source,
                                                        std::string_view sender,
                                                        int limit) override;
    // The SQL of the audit methods is in audit_rows.cpp.
    Result<std::vector<domain::AuditEntry>> audit_entries(const AuditQuery& query) override;
    Result<std::vector<domain::AuditEntry>> audit_chain(std::int64_t after_seq, int limit) override;
    Result<AuditHead> audit_head() override;
    Result<std::vector<domain::AuditSeal>> audit_seals() override;
    // The SQL of the privacy methods is in privacy_rows.cpp.
    Result<std::vector<domain::Complaint>> person_complaints(const domain::PersonKey& key) override;
    Result<std::vector<domain::PrivacyRequest>> privacy_requests(int limit) override;
    Result<std::optional<domain::PrivacyRequest>> privacy_request(std::int64_t id) override;
    Result<std::vector<domain::Complaint>> complaints_past_retention(
        const std::string& category_code, domain::Timestamp changed_before, int limit) override;
    Result<std::vector<domain::Breach>> breaches(int limit) override;
    Result<std::optional<domain::Breach>> breach(std::int64_t id) override;
    Result<std::vector<BreachReporter>> breach_reporters(const domain::BreachScope& scope,
                                                         std::int64_t after_id,
                                                         int limit) override;

  protected:
    Connection& db_;

  private:
    // The complaint selected by `sql` (one parameter, bound to `key`), with its photos and
    // handling units.
    Result<std::optional<domain::Complaint>> full_complaint(const std::string& sql,
                                                            std::string_view key);
};

extern template class SqlReader<ReadTx>;
extern template class SqlReader<WriteTx>;

}  // namespace tanggap::store::sql

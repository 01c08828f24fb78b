#pragma once
// A ReadTx whose every method fails with `unavailable`: what a read job gets when the store is
// closed or its read transaction could not begin, so that the job still runs exactly once and
// can answer its caller.

#include "store/sql/store_errors.hpp"
#include "store/store.hpp"

namespace tanggap::store::sql {

class UnavailableReadTx final : public ReadTx {
  public:
    Result<std::vector<domain::AuditEntry>> audit_entries(const AuditQuery&) override {
        return unavailable_error();
    }
    Result<std::vector<domain::AuditEntry>> audit_chain(std::int64_t, int) override {
        return unavailable_error();
    }
    Result<AuditHead> audit_head() override { return unavailable_error(); }
    Result<std::vector<domain::AuditSeal>> audit_seals() override { return unavailable_error(); }
    Result<std::vector<domain::Complaint>> person_complaints(const domain::PersonKey&) override {
        return unavailable_error();
    }
    Result<std::vector<domain::PrivacyRequest>> privacy_requests(int) override {
        return unavailable_error();
    }
    Result<std::optional<domain::PrivacyRequest>> privacy_request(std::int64_t) override {
        return unavailable_error();
    }
    Result<std::vector<domain::Breach>> breaches(int) override { return unavailable_error(); }
    Result<std::optional<domain::Breach>> breach(std::int64_t) override {
        return unavailable_error();
    }
    Result<std::vector<BreachReporter>> breach_reporters(const domain::BreachScope&,
                                                         std::int64_t,
                                                         int) override {
        return unavailable_error();
    }
    Result<std::vector<domain::Complaint>> complaints_past_retention(const std::string&,
                                                                     domain::Timestamp,
                                                                     int) override {
        return unavailable_error();
    }
    Result<std::vector<domain::Unit>> units() override { return unavailable_error(); }
    Result<std::vector<domain::Category>> categories() override { return unavailable_error(); }
    Result<std::vector<sla::DeadlinePolicy>> deadline_policies() override {
        return unavailable_error();
    }
    Result<std::vector<sla::UnitPolicy>> unit_policies() override { return unavailable_error(); }
    Result<std::vector<sla::Holiday>> holidays() override { return unavailable_error(); }
    Result<std::optional<domain::Complaint>> complaint_by_ticket(std::string_view) override {
        return unavailable_error();
    }
    Result<std::optional<domain::Complaint>> complaint_by_photo(std::string_view) override {
        return unavailable_error();
    }
    Result<std::vector<domain::ComplaintEvent>> events(std::int64_t) override {
        return unavailable_error();
    }
    Result<InboxPage> inbox(const InboxQuery&) override { return unavailable_error(); }
    Result<std::map<domain::Status, std::int64_t>> count_by_status() override {
        return unavailable_error();
    }
    Result<ComplaintStats> complaint_stats(const StatsQuery&) override {
        return unavailable_error();
    }
    Result<PublicComplaintPage> public_complaints(const PublicComplaintQuery&) override {
        return unavailable_error();
    }
    Result<Heatmap> complaint_heatmap(const HeatmapQuery&) override { return unavailable_error(); }
    Result<std::vector<domain::Complaint>> complaints_by_reporter_phone(std::string_view,
                                                                        int) override {
        return unavailable_error();
    }
    Result<std::optional<SubmissionKey>> submission_key(std::string_view) override {
        return unavailable_error();
    }
    Result<std::vector<PerformanceFact>> performance_facts(const PerformanceQuery&) override {
        return unavailable_error();
    }
    Result<std::optional<StaffCredentials>> staff_by_username(std::string_view) override {
        return unavailable_error();
    }
    Result<std::optional<domain::StaffUser>> staff_by_id(std::int64_t) override {
        return unavailable_error();
    }
    Result<std::vector<domain::StaffUser>> staff(const StaffQuery&) override {
        return unavailable_error();
    }
    Result<std::optional<StaffSession>> session(std::string_view) override {
        return unavailable_error();
    }
    Result<std::vector<domain::Notification>> notifications(const NotificationQuery&) override {
        return unavailable_error();
    }
    Result<std::vector<domain::Outbound>> outbox(const OutboxQuery&) override {
        return unavailable_error();
    }
    Result<QueueDepths> queue_depths() override { return unavailable_error(); }
    Result<bool> opted_out(domain::OutboundChannel, std::string_view) override {
        return unavailable_error();
    }
    Result<std::optional<domain::Timestamp>> whatsapp_last_inbound(std::string_view) override {
        return unavailable_error();
    }
    Result<std::optional<SavedConversation>> conversation(std::string_view,
                                                          std::string_view) override {
        return unavailable_error();
    }
    Result<std::vector<ChatThread>> chat_threads(int, const ChatScope&) override {
        return unavailable_error();
    }
    Result<std::optional<ChatThread>> chat_thread(std::string_view,
                                                  std::string_view,
                                                  const ChatScope&) override {
        return unavailable_error();
    }
    Result<std::vector<InboundRecord>> inbound_messages(std::string_view,
                                                        std::string_view,
                                                        int) override {
        return unavailable_error();
    }
};

}  // namespace tanggap::store::sql

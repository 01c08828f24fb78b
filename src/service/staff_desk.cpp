#include "service/staff_desk.hpp"

namespace tanggap::service {

Task<std::optional<OpenSession>> StaffDesk::find_session(std::string id_hash,
                                                         domain::Timestamp now) {
    return read_use_case(store_, &service::find_session, std::move(id_hash), now);
}

Task<store::AttemptCount> StaffDesk::count_sign_in(SignInAttempt attempt, domain::Timestamp now) {
    return write_use_case(store_, &service::count_sign_in, limits_, std::move(attempt), now);
}

Task<void> StaffDesk::uncount_sign_in(SignInAttempt attempt) {
    return write_use_case(store_, &service::uncount_sign_in, limits_, std::move(attempt));
}

Task<std::optional<store::StaffCredentials>> StaffDesk::credentials(std::string username) {
    return read_use_case(store_, &store::ReadTx::staff_by_username, std::move(username));
}

Task<void> StaffDesk::record_refused_sign_in(std::string name_tried,
                                             std::string detail,
                                             domain::Timestamp now) {
    return write_use_case(
        store_, &service::record_refused_sign_in, std::move(name_tried), std::move(detail), now);
}

Task<void> StaffDesk::open_session(SignInAttempt attempt,
                                   store::StaffSession session,
                                   domain::StaffUser user,
                                   std::string totp_secret,
                                   std::string code) {
    return write_use_case(store_,
                          &service::open_session,
                          limits_,
                          std::move(attempt),
                          std::move(session),
                          std::move(user),
                          std::move(totp_secret),
                          std::move(code));
}

Task<void> StaffDesk::end_session(std::string id_hash,
                                  std::string username,
                                  std::string address,
                                  domain::Timestamp now) {
    return write_use_case(store_,
                          &service::end_session,
                          std::move(id_hash),
                          std::move(username),
                          std::move(address),
                          now);
}

Task<std::vector<domain::StaffUser>> StaffDesk::accounts(store::StaffQuery query) {
    return read_use_case(store_, &store::ReadTx::staff, std::move(query));
}

Task<domain::StaffUser> StaffDesk::create_account(domain::StaffUser user,
                                                  std::string password_hash,
                                                  domain::StaffUser actor,
                                                  domain::Timestamp now) {
    return write_use_case(store_,
                          &create_staff_account,
                          std::move(user),
                          std::move(password_hash),
                          std::move(actor),
                          now);
}

Task<domain::StaffUser> StaffDesk::change_account(std::int64_t id,
                                                  StaffAccountChange change,
                                                  Directory directory,
                                                  domain::StaffUser actor,
                                                  domain::Timestamp now) {
    auto use_case = [](store::WriteTx& tx,
                       std::int64_t id,
                       const StaffAccountChange& change,
                       const Directory& directory,
                       const domain::StaffUser& actor,
                       domain::Timestamp now) {
        return change_staff_account(tx, id, change, *directory, actor, now);
    };
    return write_use_case(
        store_, use_case, id, std::move(change), std::move(directory), std::move(actor), now);
}

Task<void> StaffDesk::set_password(std::int64_t id,
                                   std::string password_hash,
                                   domain::StaffUser actor,
                                   domain::Timestamp now) {
    return write_use_case(
        store_, &set_staff_account_password, id, std::move(password_hash), std::move(actor), now);
}

}  // namespace tanggap::service

#pragma once
// The server's way to staff accounts and sign-in (sign_in, staff_accounts): each method runs
// one use case or read in a transaction on the store's threads (see complaint_desk.hpp).

#include "service/sign_in.hpp"
#include "service/snapshots.hpp"
#include "service/staff_accounts.hpp"
#include "service/store_await.hpp"
#include "store/store.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tanggap::service {

class StaffDesk {
  public:
    StaffDesk(store::Store& store, SignInLimits limits) : store_(store), limits_(limits) {}

    Task<std::optional<OpenSession>> find_session(std::string id_hash, domain::Timestamp now);
    // Counts a sign-in attempt (count_sign_in), gives it back (uncount_sign_in).
    Task<store::AttemptCount> count_sign_in(SignInAttempt attempt, domain::Timestamp now);
    Task<void> uncount_sign_in(SignInAttempt attempt);
    // The account signing in, with its password hash and one-time-code secret.
    Task<std::optional<store::StaffCredentials>> credentials(std::string username);
    Task<void> record_refused_sign_in(std::string name_tried,
                                      std::string detail,
                                      domain::Timestamp now);
    Task<void> open_session(SignInAttempt attempt,
                            store::StaffSession session,
                            domain::StaffUser user,
                            std::string totp_secret,
                            std::string code);
    Task<void> end_session(std::string id_hash,
                           std::string username,
                           std::string address,
                           domain::Timestamp now);

    Task<std::vector<domain::StaffUser>> accounts(store::StaffQuery query);
    Task<domain::StaffUser> create_account(domain::StaffUser user,
                                           std::string password_hash,
                                           domain::StaffUser actor,
                                           domain::Timestamp now);
    Task<domain::StaffUser> change_account(std::int64_t id,
                                           StaffAccountChange change,
                                           Directory directory,
                                           domain::StaffUser actor,
                                           domain::Timestamp now);
    Task<void> set_password(std::int64_t id,
                            std::string password_hash,
                            domain::StaffUser actor,
                            domain::Timestamp now);

  private:
    store::Store& store_;
    SignInLimits limits_;  // counted in the store: they hold across restarts and servers
};

}  // namespace tanggap::service

#include "service/sign_in.hpp"

#include "domain/audit.hpp"
#include "service/audit_log.hpp"
#include "util/crypto.hpp"
#include "util/totp.hpp"
#include "util/utf8.hpp"

namespace tanggap::service {

namespace {

// Bytes of a refused sign-in's name kept in the audit log: enough to see guessing, and a
// bound on what a stranger writes there.
constexpr std::size_t kNameTriedMax = 64;

std::string account_key(const SignInAttempt& attempt) {
    return util::sha256_hex("account\n" + attempt.username + '\n' + attempt.address);
}

std::string address_key(const SignInAttempt& attempt) {
    return util::sha256_hex("address\n" + attempt.address);
}

}  // namespace

Result<store::AttemptCount> count_sign_in(store::WriteTx& tx,
                                          const SignInLimits& limits,
                                          const SignInAttempt& attempt,
                                          domain::Timestamp now) {
    if (limits.per_account <= 0) return store::AttemptCount{true, now};
    if (auto r = tx.purge_sign_in_attempts(now - limits.window); !r) return r.error();
    const auto account = account_key(attempt);
    auto by_account = tx.count_sign_in_attempt(account, now, limits.window, limits.per_account);
    if (!by_account || !by_account->counted) return by_account;
    auto by_address =
        tx.count_sign_in_attempt(address_key(attempt), now, limits.window, limits.per_address);
    if (!by_address) return by_address.error();
    if (!by_address->counted) {
        if (auto r = tx.uncount_sign_in_attempt(account); !r) return r.error();
    }
    return by_address;
}

Result<void> uncount_sign_in(store::WriteTx& tx,
                             const SignInLimits& limits,
                             const SignInAttempt& attempt) {
    if (limits.per_account <= 0) return {};
    if (auto r = tx.uncount_sign_in_attempt(account_key(attempt)); !r) return r;
    return tx.uncount_sign_in_attempt(address_key(attempt));
}

Result<void> forgive_sign_in(store::WriteTx& tx,
                             const SignInLimits& limits,
                             const SignInAttempt& attempt) {
    if (limits.per_account <= 0) return {};
    if (auto r = tx.forget_sign_in_attempts(account_key(attempt)); !r) return r;
    return tx.uncount_sign_in_attempt(address_key(attempt));
}

Result<bool> accept_one_time_code(store::WriteTx& tx,
                                  std::int64_t user_id,
                                  const std::string& base32_secret,
                                  const std::string& code,
                                  domain::Timestamp now) {
    const auto secret = util::base32_decode(base32_secret);
    if (!secret || secret->empty() || code.size() != 6) return false;
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    const auto step = util::match_totp(*secret, code, util::totp_step(seconds));
    if (!step) return false;
    return tx.use_totp_step(user_id, *step);
}

core::Error wrong_one_time_code() {
    return core::make_error(
        core::ErrorCode::unauthenticated, "Kode OTP salah atau sudah dipakai", "otp");
}

Result<std::optional<OpenSession>> find_session(store::ReadTx& tx,
                                                std::string_view id_hash,
                                                domain::Timestamp now) {
    auto session = tx.session(id_hash);
    if (!session) return session.error();
    if (!*session || (*session)->expires_at <= now) return std::optional<OpenSession>{};
    auto user = tx.staff_by_id((*session)->user_id);
    if (!user) return user.error();
    if (!*user || !(*user)->active) return std::optional<OpenSession>{};
    return std::optional<OpenSession>{OpenSession{std::move(**user), std::move(**session)}};
}

Result<void> open_session(store::WriteTx& tx,
                          const SignInLimits& limits,
                          const SignInAttempt& attempt,
                          const store::StaffSession& session,
                          const domain::StaffUser& user,
                          const std::string& totp_secret,
                          const std::string& code) {
    // The code is claimed in the transaction that opens the session: of two sign-ins racing
    // with one code, one session opens.
    if (!totp_secret.empty()) {
        auto accepted =
            accept_one_time_code(tx, session.user_id, totp_secret, code, session.created_at);
        if (!accepted) return accepted.error();
        if (!*accepted) return wrong_one_time_code();
    }
    if (auto r = forgive_sign_in(tx, limits, attempt); !r) return r;
    if (auto r = tx.purge_expired_sessions(session.created_at); !r) return r;
    if (auto r = tx.insert_session(session); !r) return r;
    AuditRecord entry{
        user.username, std::string(domain::audit_action::sign_in), "", "dari " + attempt.address};
    if (auto r = record_audit(tx, entry, session.created_at); !r) return r.error();
    return {};
}

Result<void> end_session(store::WriteTx& tx,
                         std::string_view id_hash,
                         const std::string& username,
                         const std::string& address,
                         domain::Timestamp now) {
    if (auto r = tx.delete_session(id_hash); !r) return r;
    AuditRecord entry{username, std::string(domain::audit_action::sign_out), "", "dari " + address};
    if (auto r = record_audit(tx, entry, now); !r) return r.error();
    return {};
}

Result<void> record_refused_sign_in(store::WriteTx& tx,
                                    std::string_view name_tried,
                                    std::string detail,
                                    domain::Timestamp now) {
    AuditRecord entry{std::string(util::utf8_prefix(name_tried, kNameTriedMax)),
                      std::string(domain::audit_action::sign_in_failed),
                      "",
                      std::move(detail)};
    if (auto r = record_audit(tx, entry, now); !r) return r.error();
    return {};
}

}  // namespace tanggap::service

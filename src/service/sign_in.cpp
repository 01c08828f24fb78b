#include "service/sign_in.hpp"

#include "util/crypto.hpp"
#include "util/totp.hpp"

namespace tanggap::service {

namespace {

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

}  // namespace tanggap::service

#include "app/audit_key.hpp"
#include "app/commands.hpp"
#include "service/audit_log.hpp"

#include <iostream>

namespace tanggap::app {

int run_audit_verify(const AuditVerifyOptions& options) {
    if (!store_exists(options.store)) {
        std::cerr << "tanggap audit verify: no store at " << describe(options.store) << "\n";
        return 2;
    }
    const auto key_path = audit_key_path(options.key_file, options.store.data_dir);
    auto public_key = read_audit_public_key(key_path);
    if (!public_key) {
        std::cerr << "tanggap audit verify: " << public_key.error().message << "\n";
        return 2;
    }
    auto store = open_store(options.store);
    if (!store) {
        std::cerr << "tanggap audit verify: " << store.error().message << "\n";
        return 2;
    }
    bool key_missing = false;
    auto verdict = store::read_sync<service::AuditVerdict>(
        **store, [&](store::ReadTx& tx) -> core::Result<service::AuditVerdict> {
            if (!*public_key) {
                // Without the key no seal can be checked; a log with none yet still can be.
                auto seals = tx.audit_seals();
                if (!seals) return seals.error();
                if (!seals->empty()) {
                    key_missing = true;
                    return service::AuditVerdict{};
                }
            }
            return service::verify_audit(tx, public_key->value_or(""));
        });
    (*store)->close();
    if (!verdict) {
        std::cerr << "tanggap audit verify: " << verdict.error().message << "\n";
        return 2;
    }
    if (key_missing) {
        std::cerr << "tanggap audit verify: no public key at " << key_path << ".pub\n";
        return 2;
    }
    if (!verdict->intact) {
        std::cout << "audit log BROKEN at entry " << verdict->first_bad_seq << ": "
                  << verdict->problem << "\n";
        return 1;
    }
    std::cout << "audit log intact: " << verdict->entries << " entries, " << verdict->seals
              << " sealed days (through entry " << verdict->sealed_through << ")\n";
    return 0;
}

}  // namespace tanggap::app

#pragma once
// Implementation of the blocking helpers declared in store.hpp.

#include <future>

namespace tanggap::store {

inline Result<void> write_sync(Store& store, const Store::WriteJob& job) {
    std::promise<Result<void>> promise;
    auto future = promise.get_future();
    store.write(job, [&promise](Result<void> r) { promise.set_value(std::move(r)); });
    return future.get();
}

template <class T>
Result<T> write_sync_value(Store& store, std::function<Result<T>(WriteTx&)> job) {
    std::optional<T> value;
    auto done = write_sync(store, [&](WriteTx& tx) -> Result<void> {
        auto r = job(tx);
        if (!r) return r.error();
        value = std::move(*r);
        return {};
    });
    if (!done) return done.error();
    return std::move(*value);
}

template <class T>
Result<T> read_sync(Store& store, std::function<Result<T>(ReadTx&)> job) {
    std::promise<Result<T>> promise;
    auto future = promise.get_future();
    store.read([&](ReadTx& tx) { promise.set_value(job(tx)); });
    return future.get();
}

}  // namespace tanggap::store

#pragma once
// Bridges the store's callback API to coroutines: the I/O thread hands the job to a store
// thread and resumes when the result is posted back, so it never blocks on the disk.

#include "store/store.hpp"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <memory>
#include <optional>

namespace tanggap::api {

namespace asio = boost::asio;

// g++ 12 miscompiles a lambda temporary with non-trivial captures inside a co_await
// expression (it frees a string it never owned): name the job in a variable first, then
// `co_await write_store<T>(store, std::move(job))`. These helpers are not coroutines
// themselves, for the same reason.
template <class T, class Fn>
asio::awaitable<core::Result<T>> read_store(store::Store& store, Fn fn) {
    return asio::async_initiate<decltype(asio::use_awaitable), void(core::Result<T>)>(
        [&store, fn = std::move(fn)](auto handler) mutable {
            auto executor = asio::get_associated_executor(handler);
            auto shared = std::make_shared<decltype(handler)>(std::move(handler));
            store.read([shared, executor, fn = std::move(fn)](store::ReadTx& tx) mutable {
                core::Result<T> result = fn(tx);
                asio::post(executor, [shared, result = std::move(result)]() mutable {
                    (*shared)(std::move(result));
                });
            });
        },
        asio::use_awaitable);
}

// Runs `fn` inside the writer's next batch; resumes once the batch is durable.
template <class T, class Fn>
asio::awaitable<core::Result<T>> write_store(store::Store& store, Fn fn) {
    return asio::async_initiate<decltype(asio::use_awaitable), void(core::Result<T>)>(
        [&store, fn = std::move(fn)](auto handler) mutable {
            auto executor = asio::get_associated_executor(handler);
            auto shared = std::make_shared<decltype(handler)>(std::move(handler));
            auto output = std::make_shared<std::optional<core::Result<T>>>();
            store.write(
                [output, fn = std::move(fn)](store::WriteTx& tx) mutable -> core::Result<void> {
                    *output = fn(tx);
                    if (!output->value()) return output->value().error();
                    return {};
                },
                [shared, executor, output](core::Result<void> committed) mutable {
                    core::Result<T> result =
                        committed ? std::move(output->value()) : core::Result<T>(committed.error());
                    asio::post(executor, [shared, result = std::move(result)]() mutable {
                        (*shared)(std::move(result));
                    });
                });
        },
        asio::use_awaitable);
}

// Runs CPU-heavy work (argon2id, image decoding) on `pool`, off the I/O threads.
template <class Fn>
auto run_on(asio::thread_pool& pool, Fn fn) -> asio::awaitable<decltype(fn())> {
    return asio::co_spawn(
        pool,
        [fn = std::move(fn)]() mutable -> asio::awaitable<decltype(fn())> { co_return fn(); },
        asio::use_awaitable);
}

}  // namespace tanggap::api

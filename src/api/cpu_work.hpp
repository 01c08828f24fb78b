#pragma once
// CPU-heavy work of a request (argon2id, image decoding) runs on a pool of its own, so the
// I/O threads keep answering while it runs.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace tanggap::api {

// Runs `fn` on `pool` and resumes the caller with its value.
template <class Fn>
auto run_on(boost::asio::thread_pool& pool, Fn fn) -> boost::asio::awaitable<decltype(fn())> {
    return boost::asio::co_spawn(
        pool,
        [fn = std::move(fn)]() mutable -> boost::asio::awaitable<decltype(fn())> {
            co_return fn();
        },
        boost::asio::use_awaitable);
}

}  // namespace tanggap::api

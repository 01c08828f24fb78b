#pragma once
// Bridges the store's callback API to coroutines: the I/O thread hands the job to a store
// thread and resumes when the result is posted back, so it never blocks on the disk. Only the
// desks (`*_desk.hpp`) use these: they are the server's one way into the store, and the API
// layer awaits a desk's use case, never a transaction.

#include "store/store.hpp"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace tanggap::service {

namespace asio = boost::asio;

// What a desk's use case gives the awaiting coroutine: its result once the store answered.
template <class T>
using Task = asio::awaitable<core::Result<T>>;

// g++ 12 miscompiles a lambda temporary with non-trivial captures inside a co_await
// expression (it frees a string it never owned): name the job in a variable first, then
// `return write_store<T>(store, std::move(job))`. These helpers, and the desks' methods, are
// not coroutines themselves, for the same reason: a caller awaits what they return.

template <class T, class Fn>
Task<T> read_store(store::Store& store, Fn fn) {
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
Task<T> write_store(store::Store& store, Fn fn) {
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

namespace detail {
template <class R>
struct ResultValue;
template <class T>
struct ResultValue<core::Result<T>> {
    using type = T;
};
template <class UseCase, class Tx, class... Args>
using UseCaseValue =
    typename ResultValue<std::invoke_result_t<const UseCase&, Tx&, const Args&...>>::type;
}  // namespace detail

// `use_case(tx, args...)` in a read job (a function, a lambda, or a member of the transaction
// such as &store::ReadTx::inbox), the arguments moved into the job: they travel to the store's
// thread. The desks' usual method.
template <class UseCase, class... Args>
Task<detail::UseCaseValue<UseCase, store::ReadTx, Args...>> read_use_case(store::Store& store,
                                                                          UseCase use_case,
                                                                          Args... args) {
    auto job = [use_case = std::move(use_case), ... args = std::move(args)](store::ReadTx& tx) {
        return std::invoke(use_case, tx, args...);
    };
    return read_store<detail::UseCaseValue<UseCase, store::ReadTx, Args...>>(store, std::move(job));
}

// The same in a write job; resumes once the batch is durable.
template <class UseCase, class... Args>
Task<detail::UseCaseValue<UseCase, store::WriteTx, Args...>> write_use_case(store::Store& store,
                                                                            UseCase use_case,
                                                                            Args... args) {
    auto job = [use_case = std::move(use_case), ... args = std::move(args)](store::WriteTx& tx) {
        return std::invoke(use_case, tx, args...);
    };
    return write_store<detail::UseCaseValue<UseCase, store::WriteTx, Args...>>(store,
                                                                               std::move(job));
}

}  // namespace tanggap::service

// The desks run a use case in a transaction on the store's threads and resume the awaiting
// coroutine on its own thread with the result, errors included: what every handler relies on.
#include "service/complaint_desk.hpp"
#include "service/figure_desk.hpp"
#include "service_fixture.hpp"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>

#include <thread>

namespace tanggap::service {
namespace {

namespace asio = boost::asio;
using namespace std::chrono;
using testing_support::action;

const domain::Timestamp kFiled = testing_support::wib(2026y / March / 2, 9h);

class Desks : public testing_support::ServiceFixture {
  protected:
    // Runs `body` as a coroutine on this thread until it is done.
    template <class Body>
    void run(Body body) {
        asio::io_context io;
        asio::co_spawn(io, std::move(body), asio::detached);
        io.run();
    }

    SubmitRequest request() const {
        SubmitRequest r;
        r.submission.channel = domain::Channel::web;
        r.submission.title = "Bansos belum cair";
        r.submission.description = "Sudah tiga bulan bantuan PKH belum cair.";
        r.submission.category_code = "sosial.bansos";
        r.now = kFiled;
        return r;
    }

    Directory directory() const {
        return std::make_shared<const domain::DirectoryIndex>(directory_);
    }
    Clock clock() const {
        return Clock(&clock_, [](const DeadlineClock*) {});
    }
};

TEST_F(Desks, AnAwaitedSubmissionIsDurableAndTheCallerResumesOnItsOwnThread) {
    ComplaintDesk desk(*store_, outreach_);
    std::optional<Result<SubmitReceipt>> receipt;
    std::optional<Result<std::optional<ComplaintRecord>>> loaded;
    std::thread::id resumed_on;
    run([&]() -> asio::awaitable<void> {
        receipt = co_await desk.submit(directory(), clock(), request());
        resumed_on = std::this_thread::get_id();
        if (*receipt) loaded = co_await desk.load((*receipt)->ticket);
    });
    ASSERT_TRUE(receipt && *receipt) << receipt->error().message;
    EXPECT_EQ(resumed_on, std::this_thread::get_id()) << "not on the store's writer thread";
    ASSERT_TRUE(loaded && *loaded && **loaded);
    EXPECT_EQ((**loaded)->complaint.ticket, (*receipt)->ticket);

    restart();  // acknowledged means written: a new store finds it
    EXPECT_EQ(stored((*receipt)->ticket).status, domain::Status::diterima);
}

TEST_F(Desks, AUseCaseRefusedReachesTheCallerAsItsErrorAndWritesNothing) {
    ComplaintDesk desk(*store_, outreach_);
    FigureDesk figures(*store_);
    const auto filed = submit(kFiled);
    std::optional<Result<ComplaintRecord>> unknown;
    std::optional<Result<ComplaintRecord>> illegal;
    std::optional<Result<StoreGauges>> gauges;
    run([&]() -> asio::awaitable<void> {
        const auto now = kFiled + 1h;
        unknown = co_await desk.act(
            directory(), clock(), "2603-XXXXXX", officer_, action(domain::Action::start), now);
        illegal = co_await desk.act(
            directory(), clock(), filed.ticket, officer_, action(domain::Action::close), now);
        gauges = co_await figures.gauges();
    });
    ASSERT_TRUE(unknown && !*unknown);
    EXPECT_EQ(unknown->error().code, core::ErrorCode::not_found);
    ASSERT_TRUE(illegal && !*illegal);
    EXPECT_NE(illegal->error().code, core::ErrorCode::unavailable) << "the rule's refusal, as is";
    EXPECT_EQ(stored(filed.ticket).status, domain::Status::diterima);
    ASSERT_TRUE(gauges && *gauges);
    EXPECT_EQ((*gauges)->complaints.at(domain::Status::diterima), 1);
}

}  // namespace
}  // namespace tanggap::service

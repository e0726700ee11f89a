#pragma once

#include "client/HallSession.h"

#include <QTest>
#include <memory>
#include <optional>
#include <variant>

namespace hallq::test {

// A hallq_client session driven synchronously by a test: start it, wait until
// Ready, and make typed requests that return their reply or error.
class SessionDriver
{
public:
    std::unique_ptr<client::HallSession> session = std::make_unique<client::HallSession>();

    SessionDriver(const QUrl &url, const QString &staffId, const QString &password)
    {
        session->setServerUrl(url);
        session->setStaffCredentials(staffId, password);
    }
    SessionDriver(const QUrl &url, const QString &deviceToken)
    {
        session->setServerUrl(url);
        session->setDeviceToken(deviceToken);
    }

    bool startAndWait(int timeoutMs = 10000)
    {
        session->start();
        return waitReady(timeoutMs);
    }
    bool waitReady(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return session->isReady(); }, timeoutMs);
    }

    template <class Req>
    std::variant<client::HallSession::ReplyOf<Req>, protocol::Error> call(const Req &request, int timeoutMs = 15000)
    {
        std::optional<std::variant<client::HallSession::ReplyOf<Req>, protocol::Error>> result;
        session->request(request, [&result](auto r) { result = std::move(r); });
        [[maybe_unused]] const bool answered = QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
        if (!result)
            return protocol::Error{protocol::ErrorCode::Unavailable, QStringLiteral("test timeout")};
        return *result;
    }

    // The reply, failing the test with the error's text when there is none.
    template <class Req>
    client::HallSession::ReplyOf<Req> ok(const Req &request)
    {
        auto result = call(request);
        if (auto *error = std::get_if<protocol::Error>(&result))
            failWith(protocol::toString(error->code) + QStringLiteral(": ") + error->message);
        return std::get<0>(result);
    }

    template <class Req>
    QString errorOf(const Req &request)
    {
        auto result = call(request);
        if (auto *error = std::get_if<protocol::Error>(&result))
            return protocol::toString(error->code);
        return QStringLiteral("ok");
    }

private:
    [[noreturn]] static void failWith(const QString &message);
};

} // namespace hallq::test

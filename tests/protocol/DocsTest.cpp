// docs/protocol.md is checked against the code: every message has a section
// and a JSON example, every example decodes with the real codec, and every
// error code is in the error table.

#include "protocol/Protocol.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

using namespace hallq::protocol;
using namespace Qt::StringLiterals;

namespace {

QString readDoc()
{
    // HALLQ_SOURCE_DIR is meant to come from ctest; when it is missing, this
    // file's own location (tests/protocol/) still finds the tree.
    QString sourceDir = qEnvironmentVariable("HALLQ_SOURCE_DIR");
    if (sourceDir.isEmpty())
        sourceDir = QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(u"../.."_s);
    QFile file(sourceDir + u"/docs/protocol.md"_s);
    INFO(file.fileName().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Each ```json block of the document holds exactly one frame.
QList<QByteArray> exampleFrames(const QString &doc)
{
    static const QRegularExpression block(u"```json\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> frames;
    for (const auto &match : block.globalMatch(doc))
        frames.append(match.captured(1).toUtf8());
    return frames;
}

// The reply body decoded as the reply struct of the request named `type`.
std::optional<Error> decodeReplyBody(const MessageSpec &request, const QJsonObject &body)
{
    std::optional<Error> result = Error{ErrorCode::UnknownType, u"no struct"_s};
    std::apply(
        [&](const auto &...requests) {
            const auto tryOne = [&](const auto &r) {
                using Request = std::decay_t<decltype(r)>;
                if (MessageTraits<Request>::type != request.type)
                    return;
                const auto decoded = decode<replyTypeOf<Request>>(body, Limits::forServerMessages());
                result = std::holds_alternative<Error>(decoded) ? std::optional(std::get<Error>(decoded))
                                                                : std::nullopt;
            };
            (tryOne(requests), ...);
        },
        AllRequests{});
    return result;
}

// Decodes one documented frame; returns its type.
QString checkFrame(const QByteArray &frame)
{
    const auto parsed = parseEnvelope(frame, Limits::forServerMessages());
    if (const auto *error = std::get_if<Error>(&parsed))
        FAIL(error->message.toStdString());
    const Envelope &e = std::get<Envelope>(parsed);
    INFO(e.type.toStdString());
    std::optional<Error> error;
    if (e.isEvent()) {
        const MessageSpec *s = findEvent(e.type);
        REQUIRE(s);
        error = dispatchEvent(s->type, e.body, Limits::forServerMessages(), [](auto &&) {});
    } else {
        const MessageSpec *s = findRequest(e.type);
        REQUIRE(s);
        if (e.ok == true)
            error = decodeReplyBody(*s, e.body);
        else if (e.ok == false)
            CHECK(e.error.has_value());
        else
            error = dispatchRequest(s->type, e.body, Limits{}, [](auto &&) {});
    }
    if (error)
        FAIL(error->message.toStdString());
    return e.type;
}

} // namespace

TEST_CASE("every JSON example in docs/protocol.md decodes", "[protocol][docs]")
{
    const QList<QByteArray> frames = exampleFrames(readDoc());
    REQUIRE(frames.size() > int(allMessages().size()));
    for (const QByteArray &frame : frames)
        checkFrame(frame);
}

TEST_CASE("docs/protocol.md documents every message and every error code", "[protocol][docs]")
{
    const QString doc = readDoc();
    QSet<QString> exampled;
    for (const QByteArray &frame : exampleFrames(doc))
        exampled.insert(checkFrame(frame));
    for (const MessageSpec &s : allMessages()) {
        INFO(QString(s.name).toStdString());
        CHECK(doc.contains(u"### `%1`"_s.arg(s.name)));
        CHECK(exampled.contains(s.name));
    }
    for (ErrorCode c : allErrorCodes()) {
        INFO(toString(c).toStdString());
        CHECK(doc.contains(u"| `%1` |"_s.arg(toString(c))));
    }
    CHECK(doc.contains(u"kProtocolVersion"_s));
}

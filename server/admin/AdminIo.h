#pragma once

#include <QString>
#include <QTextStream>
#include <optional>

namespace hallq::admin {

// The streams a command talks through: the real stdin/stdout/stderr in
// hallq-admin, strings in tests.
class AdminIo
{
public:
    AdminIo(QTextStream &in, QTextStream &out, QTextStream &err) : m_in(in), m_out(out), m_err(err) {}

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // One line of standard input without its line ending; nullopt at its end.
    std::optional<QString> readLine();
    // "hallq-admin: <message>" on stderr.
    void fail(const QString &message);

private:
    QTextStream &m_in;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace hallq::admin

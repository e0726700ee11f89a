#pragma once

// Fails QML tests on any warning: installs a message handler for its
// lifetime that records every warning/critical message (QML binding errors,
// type errors, missing properties all arrive as warnings) and also listens to
// QQmlEngine::warnings. Tests CHECK(guard.clean()) after loading and running.

#include <QMutex>
#include <QQmlEngine>
#include <QQmlError>
#include <QStringList>

#include <catch2/catch.hpp>

namespace hallq::test {

class QmlWarnings
{
public:
    // Logging categories whose warnings are the test's business (the app's own
    // "voice off" and the client's reconnect messages are expected output).
    QmlWarnings(QStringList ignoredCategories = {u"hallq.client"_qs, u"hallq.display"_qs})
        : m_ignored(std::move(ignoredCategories))
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&QmlWarnings::handler);
    }
    ~QmlWarnings()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    QmlWarnings(const QmlWarnings &) = delete;
    QmlWarnings &operator=(const QmlWarnings &) = delete;

    void watch(QQmlEngine &engine)
    {
        QObject::connect(&engine, &QQmlEngine::warnings, &engine, [this](const QList<QQmlError> &errors) {
            QMutexLocker lock(&m_mutex);
            for (const QQmlError &e : errors)
                m_messages.append(e.toString());
        });
    }

    QStringList messages() const
    {
        QMutexLocker lock(&m_mutex);
        return m_messages;
    }
    bool clean() const { return messages().isEmpty(); }
    // For INFO(): every warning on its own line.
    std::string report() const { return messages().join(u'\n').toStdString(); }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        QmlWarnings *self = s_current;
        if (self && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)) {
            const QString category = QString::fromLatin1(context.category ? context.category : "default");
            if (!self->m_ignored.contains(category)) {
                QMutexLocker lock(&self->m_mutex);
                self->m_messages.append(category + u": "_qs + message);
            }
        }
        if (self && self->m_previous)
            self->m_previous(type, context, message);
    }

    static inline QmlWarnings *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    QStringList m_ignored;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

} // namespace hallq::test

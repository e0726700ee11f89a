#pragma once

// Shared by the display tests: where the generated clips are, settings for a
// display under test, a private XDG_RUNTIME_DIR, and loading the QML.

#include "core/DisplayController.h"
#include "qml/DisplayView.h"
#include "quick/QmlWarnings.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace hallq::test {

inline QString generatedVoiceDir()
{
    return QDir::cleanPath(qEnvironmentVariable("HALLQ_BIN_DIR") + QStringLiteral("/../share/hallq/voice"));
}

// Qt asks for XDG_RUNTIME_DIR (and warns without it); each run gets its own, 0700.
inline void privateRuntimeDir()
{
    static QTemporaryDir dir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && dir.isValid()) {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir.path().toLocal8Bit());
    }
}

inline display::DisplaySettings displaySettings(display::DisplaySettings::Mode mode, const QUrl &server,
                                                const QString &token)
{
    display::DisplaySettings s;
    s.mode = mode;
    s.server = server;
    s.token = token;
    s.fullscreen = false;
    s.voice.generatedDir = generatedVoiceDir();
    return s;
}

// Runs `sql` on a stopped server's database: the hall as it would be after
// a long wait, without the test waiting that long.
inline void rewriteDatabase(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rewrite"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.numRowsAffected() > 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rewrite"));
}

// The display's window for `controller`, shown on the (offscreen) platform.
struct LoadedView
{
    QQmlEngine engine;
    std::unique_ptr<QQuickWindow> window;

    LoadedView(display::DisplayController &controller, QmlWarnings &warnings, QSize size = {1920, 1080})
    {
        warnings.watch(engine);
        QString error;
        window = display::DisplayView::create(engine, controller, &error);
        INFO(error.toStdString());
        REQUIRE(window);
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    template <class T = QObject>
    T *find(const char *name) const
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }
};

} // namespace hallq::test

#pragma once

#include "core/VoiceSettings.h"

#include <QProcessEnvironment>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <variant>

namespace hallq::display {

// Everything hallq-display can be told, with its defaults in one place. Read
// from the command line, an optional JSON settings file (--settings, same
// names; the command line wins) and the environment (tokens and passwords,
// so they stay out of `ps`). Defaults work from a checkout after scripts/run:
// the local server and the demo credentials in var/demo-credentials.txt.
struct DisplaySettings
{
    enum class Mode { Hall, Window, Supervisor };

    Mode mode = Mode::Hall;
    QUrl server{QStringLiteral("ws://127.0.0.1:8470")};
    QString token;      // display device token (hall, window)
    QString staffId;    // supervisor log-in; empty: the view asks
    QString password;
    int window = 1;     // --mode window
    int recentCalls = 8;
    QString layout = QStringLiteral("auto"); // auto, landscape, portrait
    bool fullscreen = true;
    QString renderer = QStringLiteral("software"); // software or gl (see DisplayView::useRenderer)
    QSize size{1920, 1080}; // the window's size when not fullscreen
    QStringList notices;    // used when the server's hall file has none
    int announceMaxAgeSeconds = 30;
    int statsIntervalMinutes = 15;
    VoiceSettings voice;
    QString screenshot;     // save a PNG of the window after screenshotDelayMs, then quit
    int screenshotDelayMs = 4000;
    QString credentialsFile; // where the token / demo log-in came from (for messages)

    static QString modeName(Mode mode);

    // The settings, or a message for the user (usage errors, unreadable files).
    // `help` is set when --help was asked for (the text is the usage).
    static std::variant<DisplaySettings, QString> parse(const QStringList &arguments,
                                                        const QProcessEnvironment &environment,
                                                        const QString &applicationDir, bool *help = nullptr);
    static QString usage();
};

} // namespace hallq::display

#include "core/DisplaySettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hallq::display {

namespace {

struct Options
{
    QCommandLineOption mode{u"mode"_s, u"hall (board), window (window-top screen) or supervisor."_s, u"mode"_s};
    QCommandLineOption server{u"server"_s, u"Server address (default ws://127.0.0.1:8470)."_s, u"url"_s};
    QCommandLineOption window{u"window"_s, u"Window number for --mode window."_s, u"n"_s};
    QCommandLineOption settings{u"settings"_s, u"JSON settings file (same names as these options)."_s, u"file"_s};
    QCommandLineOption credentials{u"credentials"_s,
                                   u"File with HALLQ_DISPLAY_TOKEN=... / HALLQ_DEMO_STAFF_ID=... lines "
                                   "(default: var/demo-credentials.txt of the checkout)."_s,
                                   u"file"_s};
    QCommandLineOption tokenFile{u"token-file"_s, u"File holding the display device token (or HALLQ_DISPLAY_TOKEN)."_s,
                                 u"file"_s};
    QCommandLineOption staff{u"staff"_s, u"Supervisor staff id (password from HALLQ_PASSWORD or --password-file)."_s,
                             u"id"_s};
    QCommandLineOption passwordFile{u"password-file"_s, u"File holding the supervisor's password."_s, u"file"_s};
    QCommandLineOption recent{u"recent-calls"_s, u"How many recent calls the hall board lists (default 8)."_s,
                              u"n"_s};
    QCommandLineOption layout{u"layout"_s, u"auto, landscape or portrait (default auto: by the screen's shape)."_s,
                              u"layout"_s};
    QCommandLineOption renderer{u"renderer"_s, u"software (default: repaints only what changes) or gl."_s,
                                u"renderer"_s};
    QCommandLineOption windowed{u"windowed"_s, u"Run in a window instead of fullscreen."_s};
    QCommandLineOption size{u"size"_s, u"Window size when windowed, e.g. 1920x1080."_s, u"WxH"_s};
    QCommandLineOption noVoice{u"no-voice"_s, u"Do not announce calls."_s};
    QCommandLineOption volume{u"volume"_s, u"Voice volume 0-100 (default 90)."_s, u"percent"_s};
    QCommandLineOption repeat{u"repeat"_s, u"How many times each call is said (default 2)."_s, u"n"_s};
    QCommandLineOption quiet{u"quiet-hours"_s, u"No voice during HH:MM-HH:MM (local time), e.g. 12:00-14:00."_s,
                             u"range"_s};
    QCommandLineOption recorded{u"recorded-voice"_s,
                                u"Folder of the hall's recorded clips (same names as the generated ones)."_s,
                                u"dir"_s};
    QCommandLineOption voiceDir{u"voice-dir"_s, u"Folder of the generated clips (default: next to the program)."_s,
                                u"dir"_s};
    QCommandLineOption voiceFile{u"voice-file"_s, u"Play announcements into this WAV file instead of the speakers."_s,
                                 u"file"_s};
    QCommandLineOption screenshot{u"screenshot"_s, u"Save a PNG of the screen after a few seconds, then quit."_s,
                                  u"file"_s};
    QCommandLineOption screenshotDelay{u"screenshot-delay"_s, u"Milliseconds before --screenshot (default 4000)."_s,
                                       u"ms"_s};
};

QString readFileLine(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

// KEY=value lines (the demo credentials file is also a shell fragment).
QHash<QString, QString> readAssignments(const QString &path)
{
    QHash<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return values;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.startsWith(u'#') || eq <= 0)
            continue;
        values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

bool parseQuietHours(const QString &text, VoiceSettings &voice)
{
    static const QRegularExpression range(u"^(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$"_s);
    const auto m = range.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    voice.quietFrom = QTime::fromString(m.captured(1), u"H:mm"_s);
    voice.quietUntil = QTime::fromString(m.captured(2), u"H:mm"_s);
    return voice.quietFrom.isValid() && voice.quietUntil.isValid();
}

std::optional<DisplaySettings::Mode> modeFrom(const QString &name)
{
    if (name == u"hall")
        return DisplaySettings::Mode::Hall;
    if (name == u"window")
        return DisplaySettings::Mode::Window;
    if (name == u"supervisor")
        return DisplaySettings::Mode::Supervisor;
    return std::nullopt;
}

// Values from the JSON settings file, as the command line would give them.
QHash<QString, QString> readSettingsFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(path, parseError.errorString());
        return {};
    }
    QHash<QString, QString> values;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().startsWith(u'_'))
            continue;
        if (it.key() == u"notices") {
            QStringList notices;
            for (const auto &v : it.value().toArray())
                notices << v.toString();
            values.insert(it.key(), notices.join(u'\n'));
        } else if (it.value().isBool()) {
            values.insert(it.key(), it.value().toBool() ? u"true"_s : u"false"_s);
        } else if (it.value().isDouble()) {
            values.insert(it.key(), QString::number(it.value().toDouble()));
        } else {
            values.insert(it.key(), it.value().toString());
        }
    }
    return values;
}

} // namespace

QString DisplaySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Hall: return u"hall"_s;
    case Mode::Window: return u"window"_s;
    case Mode::Supervisor: return u"supervisor"_s;
    }
    return {};
}

QString DisplaySettings::usage()
{
    QCommandLineParser parser;
    Options o;
    parser.setApplicationDescription(u"HallQ display: hall board, window-top screen or supervisor view."_s);
    parser.addHelpOption();
    parser.addOptions({o.mode, o.server, o.window, o.settings, o.credentials, o.tokenFile, o.staff, o.passwordFile,
                       o.recent, o.layout, o.renderer, o.windowed, o.size, o.noVoice, o.volume, o.repeat, o.quiet, o.recorded,
                       o.voiceDir, o.voiceFile, o.screenshot, o.screenshotDelay});
    return parser.helpText().replace(u"<executable_name>"_s, u"hallq-display"_s);
}

std::variant<DisplaySettings, QString> DisplaySettings::parse(const QStringList &arguments,
                                                              const QProcessEnvironment &env,
                                                              const QString &applicationDir, bool *help)
{
    QCommandLineParser parser;
    Options o;
    parser.addHelpOption();
    parser.addOptions({o.mode, o.server, o.window, o.settings, o.credentials, o.tokenFile, o.staff, o.passwordFile,
                       o.recent, o.layout, o.renderer, o.windowed, o.size, o.noVoice, o.volume, o.repeat, o.quiet, o.recorded,
                       o.voiceDir, o.voiceFile, o.screenshot, o.screenshotDelay});
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(u"help"_s)) {
        if (help)
            *help = true;
        return usage();
    }
    if (!parser.positionalArguments().isEmpty())
        return u"unexpected argument: %1"_s.arg(parser.positionalArguments().first());

    QString error;
    QHash<QString, QString> file;
    if (parser.isSet(o.settings)) {
        file = readSettingsFile(parser.value(o.settings), &error);
        if (!error.isEmpty())
            return error;
    }
    // The command line first, then the settings file.
    const auto value = [&](const QCommandLineOption &option) -> std::optional<QString> {
        if (parser.isSet(option))
            return parser.value(option);
        const QString name = option.names().first();
        if (file.contains(name))
            return file.value(name);
        return std::nullopt;
    };
    const auto integer = [&](const QCommandLineOption &option, int min, int max, int &out) -> bool {
        const auto text = value(option);
        if (!text)
            return true;
        bool ok = false;
        const int v = text->toInt(&ok);
        if (!ok || v < min || v > max) {
            error = u"--%1 must be a whole number from %2 to %3"_s.arg(option.names().first()).arg(min).arg(max);
            return false;
        }
        out = v;
        return true;
    };

    DisplaySettings s;
    if (const auto mode = value(o.mode)) {
        const auto parsed = modeFrom(*mode);
        if (!parsed)
            return u"--mode must be hall, window or supervisor"_s;
        s.mode = *parsed;
    }
    if (const auto server = value(o.server)) {
        const QUrl url(*server);
        if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty())
            return u"--server must be a ws:// or wss:// address, e.g. ws://127.0.0.1:8470"_s;
        s.server = url;
    }
    if (!integer(o.window, 1, 9999, s.window) || !integer(o.recent, 1, 30, s.recentCalls)
        || !integer(o.repeat, 1, 5, s.voice.repeat) || !integer(o.screenshotDelay, 0, 600000, s.screenshotDelayMs))
        return error;
    int volume = int(s.voice.volume * 100 + 0.5);
    if (!integer(o.volume, 0, 100, volume))
        return error;
    s.voice.volume = volume / 100.0;
    if (const auto layout = value(o.layout)) {
        if (*layout != u"auto" && *layout != u"landscape" && *layout != u"portrait")
            return u"--layout must be auto, landscape or portrait"_s;
        s.layout = *layout;
    }
    if (const auto renderer = value(o.renderer)) {
        if (*renderer != u"software" && *renderer != u"gl")
            return u"--renderer must be software or gl"_s;
        s.renderer = *renderer;
    }
    if (parser.isSet(o.windowed) || value(o.windowed) == u"true"_s)
        s.fullscreen = false;
    if (const auto size = value(o.size)) {
        const QStringList parts = size->split(u'x');
        const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 200 || h < 200)
            return u"--size must look like 1920x1080"_s;
        s.size = QSize(w, h);
        s.fullscreen = false;
    }
    if (parser.isSet(o.noVoice) || value(o.noVoice) == u"true"_s)
        s.voice.enabled = false;
    if (const auto quiet = value(o.quiet); quiet && !parseQuietHours(*quiet, s.voice))
        return u"--quiet-hours must look like 12:00-14:00"_s;
    s.voice.recordedDir = value(o.recorded).value_or(QString());
    s.voice.generatedDir = value(o.voiceDir).value_or(applicationDir + u"/../share/hallq/voice"_s);
    s.voice.fileSink = value(o.voiceFile).value_or(QString());
    s.screenshot = value(o.screenshot).value_or(QString());
    if (file.contains(u"notices"_s))
        s.notices = file.value(u"notices"_s).split(u'\n', Qt::SkipEmptyParts);

    // Credentials: explicit files and the environment first, then the demo file of the checkout.
    if (const auto tokenFile = value(o.tokenFile)) {
        s.token = readFileLine(*tokenFile, &error);
        if (!error.isEmpty())
            return error;
    } else {
        s.token = env.value(u"HALLQ_DISPLAY_TOKEN"_s);
    }
    s.staffId = value(o.staff).value_or(env.value(u"HALLQ_STAFF_ID"_s));
    if (const auto passwordFile = value(o.passwordFile)) {
        s.password = readFileLine(*passwordFile, &error);
        if (!error.isEmpty())
            return error;
    } else {
        s.password = env.value(u"HALLQ_PASSWORD"_s);
    }
    QStringList candidates;
    if (const auto credentials = value(o.credentials))
        candidates << *credentials;
    else
        candidates << QDir::current().filePath(u"var/demo-credentials.txt"_s)
                   << QDir(applicationDir).filePath(u"../../var/demo-credentials.txt"_s);
    for (const QString &path : std::as_const(candidates)) {
        if (!QFileInfo::exists(path))
            continue;
        const auto demo = readAssignments(path);
        s.credentialsFile = QFileInfo(path).absoluteFilePath();
        if (s.token.isEmpty())
            s.token = demo.value(u"HALLQ_DISPLAY_TOKEN"_s);
        if (s.staffId.isEmpty() && s.password.isEmpty()) {
            s.staffId = demo.value(u"HALLQ_DEMO_STAFF_ID"_s);
            s.password = demo.value(u"HALLQ_DEMO_PASSWORD"_s);
        }
        break;
    }
    if (parser.isSet(o.credentials) && s.credentialsFile.isEmpty())
        return u"cannot read %1"_s.arg(parser.value(o.credentials));
    if (s.mode != Mode::Supervisor && s.token.isEmpty())
        return u"no display token: give --token-file, set HALLQ_DISPLAY_TOKEN, or run scripts/run once "
               "(it writes var/demo-credentials.txt); a token comes from `hallq-admin device issue`"_s;
    return s;
}

} // namespace hallq::display

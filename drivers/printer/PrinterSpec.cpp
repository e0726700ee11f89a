#include "printer/PrinterSpec.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hallq::printer {

PrinterSpec PrinterSpec::parse(QStringView text, QString *error)
{
    auto bad = [&](const QString &why) {
        if (error)
            *error = u"--printer %1: %2"_s.arg(text.toString(), why);
        return PrinterSpec{};
    };
    if (error)
        error->clear();
    const QString t = text.trimmed().toString();
    PrinterSpec spec;
    if (t.isEmpty())
        return spec;
    if (t.startsWith(u"file:")) {
        QString path = t.mid(5);
        if (path.startsWith(u"//")) // file:///tmp/x → /tmp/x
            path = QUrl(t).toLocalFile();
        if (path.isEmpty())
            return bad(u"file: needs a path"_s);
        spec.kind = Kind::File;
        spec.path = path;
        return spec;
    }
    if (t.startsWith(u"ipp://") || t.startsWith(u"ipps://")) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return bad(u"not a valid IPP URI"_s);
        spec.kind = Kind::Ipp;
        spec.uri = url;
        return spec;
    }
    QString name = t;
    if (name.startsWith(u"cups:"))
        name = name.mid(5);
    // CUPS queue names: printable, no space, slash, hash or quote; at most 127 bytes.
    static const QRegularExpression queueName(u"^[^\\s/#'\"\\\\]{1,127}$"_s);
    if (!queueName.match(name).hasMatch() || name.contains(u':'))
        return bad(u"not a CUPS destination name, ipp:// URI or file:<path>"_s);
    spec.kind = Kind::Cups;
    spec.destination = name;
    return spec;
}

QString PrinterSpec::toString() const
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Cups: return destination;
    case Kind::Ipp: return uri.toString();
    case Kind::File: return u"file:"_s + path;
    }
    return QString();
}

} // namespace hallq::printer

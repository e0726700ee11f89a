#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace hallq::printer {

// The wording of an A4 notice, with {placeholders}. A line or table row whose
// placeholders are not all filled is left out, so optional data (phone,
// promised date) simply disappears. Halls edit the JSON files in
// resources/documents/ (see docs/drivers.md for the placeholders).
class DocumentTemplate
{
public:
    QString title;
    QString numberLabel;
    QList<std::pair<QString, QString>> fields; // label, value
    QString greeting;
    QStringList body;
    QString listTitle;
    QStringList closing;
    QString signature;
    QString staffLine;
    QString dateLine;
    QString qrCaption;

    static DocumentTemplate builtinAcceptance();
    static DocumentTemplate builtinMaterials();
    static std::optional<DocumentTemplate> fromJson(const QByteArray &json, QString *error);
    static std::optional<DocumentTemplate> load(const QString &path, QString *error);
};

} // namespace hallq::printer

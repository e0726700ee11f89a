#pragma once

// Readable Catch2 failure messages for the Qt types the storage tests compare.
#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l) { return '[' + l.join(u", ").toStdString() + ']'; }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &d) { return d.toString(Qt::ISODate).toStdString(); }
};
template <>
struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime &t)
    {
        return t.isValid() ? t.toString(Qt::ISODateWithMs).toStdString() : std::string("(invalid)");
    }
};
template <>
struct StringMaker<QJsonObject>
{
    static std::string convert(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString(); }
};
} // namespace Catch

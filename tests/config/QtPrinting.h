#pragma once

// Readable Catch2 failure messages for the Qt strings the config tests compare.
#include <catch2/catch.hpp>

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
    static std::string convert(const QStringList &l) { return "[\"" + l.join(u"\", \"").toStdString() + "\"]"; }
};
} // namespace Catch

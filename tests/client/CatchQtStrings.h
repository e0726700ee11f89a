#pragma once

#include <QString>
#include <catch2/catch.hpp>

// Lets Catch print QStrings in failure messages instead of "{?}".
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

#pragma once

#include <QString>

namespace hallq::config {

// Ids of departments and services: stable keys in the database, the protocol
// and URLs, so deliberately plain.
class ConfigId
{
public:
    // Lower-case letters, digits and _, starting with a letter.
    static bool isValid(const QString &id);
    static QString rule(); // the rule in words, for error messages
};

} // namespace hallq::config

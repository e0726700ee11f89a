#pragma once

#include "config/ConfigError.h"

#include <QList>
#include <QString>

namespace hallq::config {

// Every problem found in one load. Loaders keep going after an error so that
// a hall administrator sees all of them in one run, not one per attempt.
class ConfigErrors
{
public:
    void add(const QString &file, const QString &path, const QString &message);
    void append(const ConfigErrors &other);

    bool isEmpty() const { return m_errors.isEmpty(); }
    qsizetype size() const { return m_errors.size(); }
    const QList<ConfigError> &items() const { return m_errors; }

    // One error per line: "file: path: message".
    QString toString() const;

private:
    QList<ConfigError> m_errors;
};

} // namespace hallq::config

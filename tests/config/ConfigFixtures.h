#pragma once

// Helpers shared by the config tests: where the source tree is, a small valid
// hall to break one field at a time, and error lookups.

#include "config/ConfigErrors.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hallq::config::test {

// The source tree, from HALLQ_SOURCE_DIR (ctest sets it), else found from
// where this test's sources are. Fails the current test when neither works.
QString sourceDir();
QString shippedHallPath();
QString shippedCalendarDir();

// A minimal valid hall whose calendar.files entry resolves against
// shippedHallDir() (pass that as the loader's baseDir).
QByteArray minimalHall();
QString shippedHallDir();

// Returns `json` with the value at a JSON pointer ("/services/1/prefix")
// replaced by `valueJson` (itself a small JSON text), or removed when
// `valueJson` is empty. An index one past a list's end appends.
QByteArray patched(const QByteArray &json, const QString &pointer, const QByteArray &valueJson);

// The errors at `path`, as "message" strings.
QStringList messagesAt(const ConfigErrors &errors, const QString &path);

} // namespace hallq::config::test

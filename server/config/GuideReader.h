#pragma once

#include "config/JsonFields.h"
#include "config/LoadedHall.h"

namespace hallq::config {

// Reads the hall file's optional top-level "guides" list (办事指南, one entry
// per service) into LoadedHall::extras.guides. Runs after the catalogue, so a
// guide for a service that is not listed is reported.
class GuideReader
{
public:
    GuideReader(JsonFields &root, LoadedHall &hall) : m_root(root), m_hall(hall) {}

    void read();

private:
    void readGuide(JsonFields &fields, QSet<QString> &seen);
    static bool isWebLink(const QString &url);

    JsonFields &m_root;
    LoadedHall &m_hall;
};

} // namespace hallq::config

#include "core/CardHolder.h"

#include "protocol/IdNumber.h"

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

using protocol::IdNumber;

bool CardHolder::set(const QString &idNumber, const QString &name, QDate today)
{
    clear();
    const QString normalized = IdNumber::normalized(idNumber.trimmed());
    if (!IdNumber::isValid(normalized, today))
        return false;
    m_idNumber = normalized;
    m_name = name.trimmed();
    m_present = true;
    return true;
}

void CardHolder::wipe(QString &s)
{
    // Detached first, so the characters overwritten are ours alone.
    s.detach();
    s.fill(u' ');
    s.clear();
    s.squeeze();
}

void CardHolder::clear()
{
    wipe(m_idNumber);
    wipe(m_name);
    m_present = false;
}

QString CardHolder::maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Latin names ("JOHN SMITH"): the first letter of each word.
    if (trimmed.contains(u' ')) {
        QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
        for (QString &w : words)
            w = w.left(1) + QString(w.size() - 1, u'*');
        return words.join(u' ');
    }
    // Two-character family names (欧阳, 司马 …) are rare enough that the first
    // character is the family name; everything after it is starred.
    return trimmed.left(1) + QString(trimmed.size() - 1, u'*');
}

QString CardHolder::maskedName() const
{
    return m_present ? maskName(m_name) : QString();
}

QString CardHolder::maskedId() const
{
    return m_present ? IdNumber::mask(m_idNumber) : QString();
}

int CardHolder::ageOn(QDate day) const
{
    return m_present ? IdNumber::ageOn(m_idNumber, day) : -1;
}

std::optional<protocol::IdentityInput> CardHolder::identity() const
{
    if (!m_present)
        return std::nullopt;
    return protocol::IdentityInput{m_idNumber, m_name};
}

} // namespace hallq::kiosk

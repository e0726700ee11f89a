#pragma once

#include "protocol/Shapes.h"

#include <QDate>
#include <QString>
#include <optional>

namespace hallq::kiosk {

// The ID card of the citizen standing at the kiosk, held in memory only for
// as long as the flow needs it. Everything shown or logged is masked; clear()
// overwrites the characters before letting go (the idle timeout calls it).
// The card photo never gets here: the driver drops it.
class CardHolder
{
public:
    CardHolder() = default;
    ~CardHolder() { clear(); }
    CardHolder(const CardHolder &) = delete;
    CardHolder &operator=(const CardHolder &) = delete;

    // False (and nothing kept) when the number fails the GB 11643 check.
    bool set(const QString &idNumber, const QString &name, QDate today);
    void clear();

    bool present() const { return m_present; }
    // "张*" / "欧阳**" / "J*** Smith": the family name stays, the rest is starred.
    QString maskedName() const;
    QString maskedId() const; // 430224********1234
    int ageOn(QDate day) const;
    // The identity as ticket.issue carries it (the server keeps only a keyed hash).
    std::optional<protocol::IdentityInput> identity() const;

    static QString maskName(const QString &name);

private:
    static void wipe(QString &s);

    bool m_present = false;
    QString m_idNumber;
    QString m_name;
};

} // namespace hallq::kiosk

#pragma once

#include <QDate>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace hallq::idcard {

// What a second-generation resident ID card (二代身份证) says, decoded from its
// text block. There is deliberately no photo: the driver drops it at the codec.
// idNumber is the full number, for the caller to use in memory (e.g. hash it for
// the per-ID limit); never log, store or show it — use masked().
class IdentityCard
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString sexText READ sexText)
    Q_PROPERTY(QString nation MEMBER nation)
    Q_PROPERTY(QDate birthDate MEMBER birthDate)
    Q_PROPERTY(QString address MEMBER address)
    Q_PROPERTY(QString masked READ masked)
    Q_PROPERTY(QString maskedName READ maskedName)
    Q_PROPERTY(QString issuingAuthority MEMBER issuingAuthority)
    Q_PROPERTY(QDate validFrom MEMBER validFrom)
    Q_PROPERTY(QDate validUntil MEMBER validUntil)
    Q_PROPERTY(bool validLongTerm MEMBER validLongTerm)
    Q_PROPERTY(bool simulated MEMBER simulated)
public:
    enum class Sex { Unknown = 0, Male = 1, Female = 2, Unstated = 9 }; // GB/T 2261.1
    Q_ENUM(Sex)

    QString name;
    Sex sex = Sex::Unknown;
    QString nationCode;       // "01" … "56", "97", "98"
    QString nation;           // 汉
    QDate birthDate;
    QString address;
    QString idNumber;         // full, 18 characters, check digit verified
    QString issuingAuthority; // 签发机关
    QDate validFrom;
    QDate validUntil;         // invalid when validLongTerm
    bool validLongTerm = false; // 长期
    bool simulated = false;   // from the simulated reader, not a real card

    bool isEmpty() const { return idNumber.isEmpty(); }
    // 430224********1234
    QString masked() const;
    // 张** : the family name's first character, the rest as stars.
    QString maskedName() const;
    QString sexText() const; // 男 / 女 / 未知
    int ageOn(QDate day) const;
    bool isExpiredOn(QDate day) const;

    friend bool operator==(const IdentityCard &, const IdentityCard &) = default;
};

} // namespace hallq::idcard

Q_DECLARE_METATYPE(hallq::idcard::IdentityCard)

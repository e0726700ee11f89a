#pragma once

#include <QObject>

class QTranslator;

namespace hallq::counter::ui {

// The counter speaks Chinese by default and English on request. Chinese
// comes from the compiled Qt Linguist file (translations/hallq_counter_zh_CN.ts)
// and Qt's own translations; English is the source text. Switching sends
// every widget a LanguageChange, and each retranslates itself.
class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    void setEnglish(bool english);
    bool english() const { return m_english; }
    // false when the Chinese translation could not be loaded (a broken build).
    bool chineseAvailable() const;

private:
    void remove();

    bool m_english = true;
    QList<QTranslator *> m_installed;
};

} // namespace hallq::counter::ui

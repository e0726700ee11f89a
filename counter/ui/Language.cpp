#include "counter/ui/Language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

namespace {
const QString kChinese = u":/hallq/counter/i18n/hallq_counter_zh_CN.qm"_s;
}

Language::Language(QObject *parent) : QObject(parent) {}

Language::~Language()
{
    remove();
}

bool Language::chineseAvailable() const
{
    return QFile::exists(kChinese);
}

void Language::remove()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_installed.clear();
}

void Language::setEnglish(bool english)
{
    remove();
    m_english = english;
    QLocale::setDefault(english ? QLocale(QLocale::English, QLocale::UnitedStates)
                                : QLocale(QLocale::Chinese, QLocale::China));
    if (english)
        return; // the source text is English; removing the translators told every widget
    auto *own = new QTranslator(this);
    if (own->load(kChinese))
        QCoreApplication::installTranslator(own);
    m_installed << own;
    auto *qt = new QTranslator(this);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    m_installed << qt;
}

} // namespace hallq::counter::ui

#include "qml/KioskQml.h"

#include "core/KioskController.h"
#include "core/KioskLog.h"
#include "qml/QrImageProvider.h"
#include "quick/HallQQuick.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QQmlEngine>

using namespace Qt::StringLiterals;

namespace hallq::kiosk {

namespace {

// The controller the next engine's `Kiosk` singleton resolves to.
QPointer<KioskController> g_controller;

QString translationFile(const QString &language)
{
    return u":/i18n/hallq-kiosk_"_s + language + u".qm"_s;
}

} // namespace

KioskQml::KioskQml(QQmlEngine &engine, KioskController &controller, QObject *parent)
    : QObject(parent), m_engine(engine), m_controller(controller)
{
    // Registered once per process; each engine asks for its singleton once,
    // when it first loads a screen, and gets the controller set here.
    static const bool registered = [] {
        qmlRegisterUncreatableType<KioskController>("HallQ.KioskApp", 1, 0, "KioskController",
                                                     u"the kiosk's controller is made by the app"_s);
        qmlRegisterUncreatableType<ServiceTiles>("HallQ.KioskApp", 1, 0, "ServiceTiles", u"made by the controller"_s);
        qmlRegisterSingletonType<KioskController>("HallQ.KioskApp", 1, 0, "Kiosk",
                                                  [](QQmlEngine *, QJSEngine *) -> QObject * {
                                                      QQmlEngine::setObjectOwnership(g_controller.data(),
                                                                                     QQmlEngine::CppOwnership);
                                                      return g_controller.data();
                                                  });
        return true;
    }();
    Q_UNUSED(registered);
    g_controller = &controller;
    quick::registerModule(m_engine); // HallQ.Quick: the shared Theme
    m_engine.addImageProvider(u"qr"_s, new QrImageProvider);
    connect(&m_controller, &KioskController::languageChanged, this, &KioskQml::applyLanguage);
    applyLanguage();
}

KioskQml::~KioskQml()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QUrl KioskQml::mainUrl()
{
    return QUrl(u"qrc:/HallQ/Kiosk/Main.qml"_s);
}

bool KioskQml::hasTranslation(const QString &language)
{
    return QFile::exists(translationFile(language));
}

void KioskQml::applyLanguage()
{
    const QString language = m_controller.english() ? u"en"_s : u"zh_CN"_s;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(translationFile(language))) {
        qCWarning(lcKiosk) << "no translations for" << language;
        translator.reset();
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    if (m_translator)
        QCoreApplication::installTranslator(m_translator.get());
    m_engine.retranslate();
}

} // namespace hallq::kiosk

#pragma once

#include <QObject>
#include <QTranslator>
#include <memory>

class QQmlEngine;

namespace hallq::kiosk {

class KioskController;

// Puts the kiosk's screens on an engine: the controller as the QML singleton
// `Kiosk` (module HallQ.KioskApp, with its enums as `KioskController`), the
// QR image provider, and the translations, switched with the controller's
// language (Chinese by default, English with one tap).
class KioskQml : public QObject
{
    Q_OBJECT
public:
    KioskQml(QQmlEngine &engine, KioskController &controller, QObject *parent = nullptr);
    ~KioskQml() override;

    // The window every screen lives in (qrc:/HallQ/Kiosk/Main.qml).
    static QUrl mainUrl();
    // Whether the translations for `language` ("zh_CN", "en") are built in.
    static bool hasTranslation(const QString &language);

private:
    void applyLanguage();

    QQmlEngine &m_engine;
    KioskController &m_controller;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace hallq::kiosk

#include "quick/HallQQuick.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlEngine>


namespace hallq::quick {

void registerModule(QQmlEngine &engine)
{
    // qt_add_qml_module (Qt 6.4) puts the module under qrc:/HallQ/Quick.
    engine.addImportPath(QStringLiteral("qrc:/"));
}

void useHallFont()
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setStyleHint(QFont::SansSerif);
    QGuiApplication::setFont(font);
}

} // namespace hallq::quick

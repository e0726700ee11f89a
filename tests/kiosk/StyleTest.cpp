// The kiosk's colours reach a contrast of 4.5:1 wherever text is drawn, in
// both the normal and the large-text mode (适老化).
#include "QmlKiosk.h"

#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>

#include <cmath>

using namespace hallq::kiosk;
using namespace hallq::kiosk::test;

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

TEST_CASE("contrast arithmetic matches WCAG", "[kiosk][style]")
{
    CHECK(contrast(Qt::black, Qt::white) == Approx(21.0));
    CHECK(contrast(QColor(0x77, 0x77, 0x77), Qt::white) == Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text colour pair of the kiosk reaches 4.5:1 in both modes", "[kiosk][style]")
{
    KioskFixture f;
    QmlKiosk ui(*f.controller);
    for (const bool elderly : {false, true}) {
        f.controller->setElderly(elderly);
        QQmlComponent probe(&ui.engine());
        probe.setData("import QtQuick\nimport HallQ.Kiosk\nQtObject { property var pairs: KioskStyle.contrastPairs;"
                      " property int body: KioskStyle.bodySize; property int target: KioskStyle.touchTarget }",
                      QUrl(QStringLiteral("qrc:/probe.qml")));
        std::unique_ptr<QObject> object(probe.create());
        INFO(probe.errorString().toStdString());
        REQUIRE(object);
        const QVariantList pairs = object->property("pairs").toList();
        REQUIRE(pairs.size() >= 10);
        for (const QVariant &pair : pairs) {
            const QVariantList colours = pair.toList();
            REQUIRE(colours.size() == 2);
            const QColor fg = colours[0].value<QColor>(), bg = colours[1].value<QColor>();
            INFO(fg.name().toStdString() << " on " << bg.name().toStdString() << (elderly ? " (elderly)" : ""));
            CHECK(contrast(fg, bg) >= 4.5);
        }
        if (elderly) {
            CHECK(object->property("body").toInt() >= 24); // 18 pt at 96 dpi
            CHECK(object->property("target").toInt() >= 60);
        }
    }
    ui.checkNoWarnings();
}

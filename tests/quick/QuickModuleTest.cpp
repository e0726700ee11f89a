// The shared QML module (HallQ.Quick): every component loads without a single
// QML warning, renders, and the theme's text colours reach 4.5:1.
#include "QmlWarnings.h"

#include "quick/HallQQuick.h"

#include <QColor>
#include <QImage>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

#include <cmath>
#include <memory>

using namespace hallq;
using namespace Qt::StringLiterals;

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

// Loads `qml` (with `import HallQ.Quick`) as the content of a window.
struct Scene
{
    QQmlEngine engine;
    std::unique_ptr<QObject> root;

    explicit Scene(test::QmlWarnings &warnings, const QByteArray &qml)
    {
        quick::registerModule(engine);
        warnings.watch(engine);
        QQmlComponent component(&engine);
        component.setData(qml, QUrl(u"qrc:/test/Scene.qml"_s));
        root.reset(component.create());
        INFO(component.errorString().toStdString());
        REQUIRE(root);
    }
    QQuickWindow *window() const { return qobject_cast<QQuickWindow *>(root.get()); }
    QQuickItem *item(const char *name) const { return root->findChild<QQuickItem *>(QString::fromLatin1(name)); }
};

} // namespace

TEST_CASE("the theme's text colours reach 4.5:1 on their backgrounds", "[quick]")
{
    test::QmlWarnings warnings;
    Scene scene(warnings, "import QtQuick\nimport HallQ.Quick\nQtObject { property var pairs: Theme.contrastPairs }");
    const QVariantList pairs = scene.root->property("pairs").toList();
    REQUIRE(pairs.size() >= 20);
    for (const QVariant &pair : pairs) {
        const QVariantList colours = pair.toList();
        REQUIRE(colours.size() == 2);
        const QColor fg = colours.at(0).value<QColor>(), bg = colours.at(1).value<QColor>();
        INFO(fg.name().toStdString() << " on " << bg.name().toStdString());
        REQUIRE(fg.isValid());
        CHECK(contrast(fg, bg) >= 4.5);
    }
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("elderly mode makes body text at least 18 pt and scale follows the screen", "[quick]")
{
    test::QmlWarnings warnings;
    Scene scene(warnings, "import QtQuick\nimport HallQ.Quick\nQtObject {\n"
                          "  property int normal: Theme.fontBody\n"
                          "  function elderly() { Theme.elderly = true; return Theme.fontBody }\n"
                          "  function big() { Theme.elderly = false; Theme.scale = 2; return Theme.fontBody }\n}");
    const int normal = scene.root->property("normal").toInt();
    QVariant elderly, big;
    QMetaObject::invokeMethod(scene.root.get(), "elderly", Q_RETURN_ARG(QVariant, elderly));
    QMetaObject::invokeMethod(scene.root.get(), "big", Q_RETURN_ARG(QVariant, big));
    CHECK(elderly.toInt() > normal);
    CHECK(elderly.toInt() >= 24); // 18 pt at 96 dpi
    CHECK(big.toInt() == 2 * normal);
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("every HallQ.Quick component renders without a QML warning", "[quick]")
{
    test::QmlWarnings warnings;
    Scene scene(warnings, R"(import QtQuick
import QtQuick.Window
import HallQ.Quick
Window {
    width: 800; height: 400; visible: true; color: Theme.background
    Column {
        spacing: 8
        BigNumberText { objectName: "big"; width: 300; height: 120; number: "A001" }
        TicketCard { objectName: "card"; width: 600; height: 120; number: "B012"; destination: "3 号窗口"; caption: "重呼"; flashing: true }
        Row {
            spacing: 8
            StatusBadge { objectName: "badge"; status: "paused"; text: "暂停" }
            StatusBadge { status: "red"; text: "红牌" }
            StatusBadge { status: "serving"; text: "办理中"; light: true }
        }
    }
})");
    QQuickWindow *window = scene.window();
    REQUIRE(window);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    const QImage shot = window->grabWindow();
    REQUIRE_FALSE(shot.isNull());
    // Something other than the background was drawn where the number is.
    const QColor background = shot.pixelColor(790, 390);
    bool drawn = false;
    for (int x = 0; x < 300 && !drawn; x += 3)
        for (int y = 0; y < 120 && !drawn; y += 3)
            drawn = shot.pixelColor(x, y) != background;
    CHECK(drawn);
    CHECK(scene.item("big")->property("text").toString() == u"A001"_s);
    CHECK(scene.item("badge")->implicitWidth() > 40);
    QTest::qWait(600); // let the card blink once: its animation must not warn either
    INFO(warnings.report());
    CHECK(warnings.clean());
}

TEST_CASE("the warning guard notices a QML warning", "[quick]")
{
    test::QmlWarnings warnings;
    Scene scene(warnings, "import QtQuick\nimport HallQ.Quick\nItem { property int n: undefinedThing.width }");
    CHECK_FALSE(warnings.clean());
}

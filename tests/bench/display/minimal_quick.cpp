// The baseline for the display's memory and idle CPU: the smallest Qt Quick
// app that shows a full-HD window with some Chinese text, built with the same
// compiler, flags and Qt as hallq-display.
#include <QGuiApplication>
#include <QQmlApplicationEngine>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nimport QtQuick.Window\n"
                    "Window { visible: true; width: 1920; height: 1080; color: \"#0b1a30\"\n"
                    "  Text { anchors.centerIn: parent; text: \"请 A001 号到 3 号窗口办理\"; color: \"white\";"
                    " font.pixelSize: 120; font.family: \"WenQuanYi Micro Hei\" } }");
    if (engine.rootObjects().isEmpty())
        return 1;
    return app.exec();
}

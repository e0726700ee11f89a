// The Catch2 main for suites that open windows (Widgets or Qt Quick): a
// QApplication for the whole run, on the offscreen platform unless the caller
// chose another (screenshots under Xvfb set QT_QPA_PLATFORM=xcb).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("HALLQ_BIN_DIR"))
        qputenv("HALLQ_BIN_DIR", HALLQ_BIN_DIR);
    if (qEnvironmentVariableIsEmpty("HALLQ_SOURCE_DIR"))
        qputenv("HALLQ_SOURCE_DIR", HALLQ_SOURCE_DIR);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

// One main for every Catch2 binary: a QCoreApplication lives for the whole
// run (network and storage tests need its event loop), with glib's event
// dispatcher off as in production.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    if (qEnvironmentVariableIsEmpty("HALLQ_BIN_DIR"))
        qputenv("HALLQ_BIN_DIR", HALLQ_BIN_DIR);
    if (qEnvironmentVariableIsEmpty("HALLQ_SOURCE_DIR"))
        qputenv("HALLQ_SOURCE_DIR", HALLQ_SOURCE_DIR);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

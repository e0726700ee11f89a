// One main for every Catch2 binary: a QCoreApplication lives for the whole
// run (network and storage tests need its event loop), with glib's event
// dispatcher off as in production.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

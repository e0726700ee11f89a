// hallq-kiosk: placeholder until its issue lands; the server is usable without it.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "hallq-kiosk is not built yet: see the issue for the kiosk.\n";
    return 0;
}

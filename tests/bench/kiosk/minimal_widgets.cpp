// The baseline of the kiosk's cold-start benchmark: the smallest Qt Widgets
// app built in the same tree with the same flags — one window with one label,
// printing FIRST-FRAME when its first paint is done, then quitting.
#include <QApplication>
#include <QLabel>
#include <QPaintEvent>
#include <QTimer>
#include <cstdio>

namespace {

class FirstPaint : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!m_done) {
            m_done = true;
            std::printf("FIRST-FRAME\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    FirstPaint label(QStringLiteral("自助取号机"));
    label.resize(1080, 1920);
    label.show();
    return app.exec();
}

#pragma once

#include <QObject>
#include <QPointer>

namespace hallq::kiosk {

class KioskController;

// Any touch, click or key anywhere in the app counts as the citizen still
// being there: it restarts the kiosk's idle timeout.
class ActivityFilter : public QObject
{
    Q_OBJECT
public:
    explicit ActivityFilter(KioskController &controller, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<KioskController> m_controller;
};

} // namespace hallq::kiosk

#pragma once

#include "counter/core/TransferChoice.h"

#include "counter/ui/TextBinder.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace hallq::counter {
class CounterController;
}

namespace hallq::counter::ui {

// F4: send the current ticket to a service or to one window, at the front,
// at the end or by its issue time, with a note. The first window stays
// responsible (首问负责制). Keyboard: Alt+S / Alt+W pick the target kind,
// 1/2/3 the placement, Enter confirms, Esc cancels.
class TransferDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TransferDialog(CounterController *controller, QWidget *parent = nullptr);

    // Refills the targets (services, other windows) before each use.
    void prepare();
    TransferChoice choice() const;
    bool isComplete() const;

    QRadioButton *toServiceButton() const { return m_toService; }
    QRadioButton *toWindowButton() const { return m_toWindow; }
    QComboBox *serviceBox() const { return m_services; }
    QComboBox *windowBox() const { return m_windows; }
    QRadioButton *placementButton(const QString &placement) const;
    QLineEdit *noteEdit() const { return m_note; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    TextBinder m_texts;
    void update();

    CounterController *m_controller;
    QRadioButton *m_toService;
    QRadioButton *m_toWindow;
    QComboBox *m_services;
    QComboBox *m_windows;
    QButtonGroup *m_placement;
    QList<QRadioButton *> m_placements;
    QLineEdit *m_note;
    QPushButton *m_ok;
};

} // namespace hallq::counter::ui

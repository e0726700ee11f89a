#pragma once

#include "counter/core/NoticeForm.h"

#include "counter/ui/TextBinder.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace hallq::counter::ui {

// F10 / F11: what goes on 《业务受理通知单》 or 《材料补齐一次性告知书》 besides
// what the counter knows: the applicant's name (the server never keeps it),
// a phone number, the case type and promised days, the materials received,
// or the missing materials — chosen from the service guide or typed, one per
// line ("name：requirement").
class NoticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoticeDialog(QWidget *parent = nullptr);

    // guide: the service guide's materials (may be empty).
    void prepare(NoticeForm::Kind kind, const QString &ticketNumber, const QString &caseType,
                 const QList<printer::MissingMaterial> &guide);
    NoticeForm form() const;

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *guideList() const { return m_guide; }
    QPlainTextEdit *typedMaterials() const { return m_typed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    TextBinder m_texts;
    NoticeForm::Kind m_kind = NoticeForm::Kind::Acceptance;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QStackedWidget *m_pages;
    QComboBox *m_caseType;
    QSpinBox *m_promisedDays;
    QPlainTextEdit *m_received;
    QLineEdit *m_pickup;
    QListWidget *m_guide;
    QPlainTextEdit *m_typed;
    QSpinBox *m_supplementDays;
};

} // namespace hallq::counter::ui

#include "counter/ui/NoticeDialog.h"

#include "counter/core/Vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

namespace {

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

NoticeDialog::NoticeDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"noticeDialog"_s);
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    auto *common = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"notice.name"_s);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"notice.phone"_s);
    // A form row whose caption follows the language.
    const auto row = [this](QFormLayout *form, QWidget *field, std::function<QString()> caption) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
        m_texts.bind([label, caption] { label->setText(caption()); });
    };
    row(common, m_name, [] { return tr("Applicant &name"); });
    row(common, m_phone, [] { return tr("&Phone (optional)"); });
    layout->addLayout(common);

    m_pages = new QStackedWidget(this);
    auto *acceptance = new QWidget(m_pages);
    auto *a = new QFormLayout(acceptance);
    m_caseType = new QComboBox(acceptance);
    m_caseType->setObjectName(u"notice.caseType"_s);
    for (const QString &type : Vocabulary::caseTypes())
        m_caseType->addItem(Vocabulary::caseType(type), type);
    m_promisedDays = new QSpinBox(acceptance);
    m_promisedDays->setObjectName(u"notice.promisedDays"_s);
    m_promisedDays->setRange(0, 365);
    m_promisedDays->setValue(5);

    m_received = new QPlainTextEdit(acceptance);
    m_received->setObjectName(u"notice.received"_s);

    m_received->setTabChangesFocus(true);
    m_pickup = new QLineEdit(u"统一窗口出件"_s, acceptance);
    row(a, m_caseType, [] { return tr("&Case type"); });
    row(a, m_promisedDays, [] { return tr("Promised time limit"); });
    row(a, m_received, [] { return tr("Materials &received"); });
    row(a, m_pickup, [] { return tr("Pick-up"); });
    m_pages->addWidget(acceptance);

    auto *materials = new QWidget(m_pages);
    auto *m = new QFormLayout(materials);
    m_guide = new QListWidget(materials);
    m_guide->setObjectName(u"notice.guide"_s);
    m_typed = new QPlainTextEdit(materials);
    m_typed->setObjectName(u"notice.typed"_s);

    m_typed->setTabChangesFocus(true);
    m_supplementDays = new QSpinBox(materials);
    m_supplementDays->setRange(0, 365);
    m_supplementDays->setValue(10);

    m_supplementDays->setObjectName(u"notice.supplementDays"_s);
    m_supplementDays->setValue(10);
    row(m, m_guide, [] { return tr("From the service &guide"); });
    row(m, m_typed, [] { return tr("&Typed"); });
    row(m, m_supplementDays, [] { return tr("Bring them within"); });
    m_pages->addWidget(materials);
    layout->addWidget(m_pages);

    // Own buttons, not standard ones: a standard button retranslates itself after us (to Qt's words).
    auto *buttons = new QDialogButtonBox(this);
    auto *okButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    auto *cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    okButton->setDefault(true);
    m_texts.bind([this, okButton, cancelButton] {
        okButton->setText(tr("Print"));
        cancelButton->setText(tr("Cancel"));
        m_promisedDays->setSuffix(tr(" working days"));
        m_received->setPlaceholderText(tr("One material per line"));
        m_typed->setPlaceholderText(tr("Other missing materials, one per line: name：requirement"));
        m_supplementDays->setSuffix(tr(" working days"));
        m_supplementDays->setSpecialValueText(tr("no deadline"));
        for (int i = 0; i < m_caseType->count(); ++i)
            m_caseType->setItemText(i, Vocabulary::caseType(m_caseType->itemData(i).toString()));
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_caseType, &QComboBox::currentIndexChanged, this,
            [this] { m_promisedDays->setEnabled(m_caseType->currentData().toString() != u"immediate"); });
}

void NoticeDialog::prepare(NoticeForm::Kind kind, const QString &ticketNumber, const QString &caseType,
                           const QList<printer::MissingMaterial> &guide)
{
    m_kind = kind;
    m_pages->setCurrentIndex(kind == NoticeForm::Kind::Acceptance ? 0 : 1);
    setWindowTitle(kind == NoticeForm::Kind::Acceptance ? tr("Acceptance notice for %1").arg(ticketNumber)
                                                        : tr("Missing materials notice for %1").arg(ticketNumber));
    m_name->clear();
    m_phone->clear();
    m_received->clear();
    m_typed->clear();
    m_caseType->setCurrentIndex(std::max(0, m_caseType->findData(caseType)));
    m_guide->clear();
    for (const auto &material : guide) {
        auto *item = new QListWidgetItem(material.requirement.isEmpty()
                                             ? material.name
                                             : u"%1（%2）"_s.arg(material.name, material.requirement),
                                         m_guide);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, material.name);
        item->setData(Qt::UserRole + 1, material.requirement);
    }
    m_guide->setVisible(!guide.isEmpty());
    m_name->setFocus();
}

NoticeForm NoticeDialog::form() const
{
    NoticeForm f;
    f.kind = m_kind;
    f.applicantName = m_name->text().trimmed();
    f.applicantPhone = m_phone->text().trimmed();
    f.caseType = m_caseType->currentData().toString();
    f.promisedWorkingDays = m_promisedDays->value();
    f.receivedMaterials = lines(m_received);
    f.pickupMethod = m_pickup->text().trimmed();
    for (int i = 0; i < m_guide->count(); ++i) {
        const QListWidgetItem *item = m_guide->item(i);
        if (item->checkState() == Qt::Checked)
            f.missingMaterials.append({item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()});
    }
    static const QRegularExpression separator(u"[：:]"_s);
    for (const QString &line : lines(m_typed)) {
        const qsizetype at = line.indexOf(separator);
        if (at > 0)
            f.missingMaterials.append({line.left(at).trimmed(), line.mid(at + 1).trimmed()});
        else
            f.missingMaterials.append({line, {}});
    }
    f.supplementWorkingDays = m_supplementDays->value();
    return f;
}

void NoticeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_texts.apply();
    QDialog::changeEvent(event);
}

} // namespace hallq::counter::ui

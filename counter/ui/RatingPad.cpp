#include "counter/ui/RatingPad.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hallq::counter::ui {

using Stage = RatingPadController::Stage;

namespace {

// 5 … 1 from left to right: the good end first, as on the pads halls use.
constexpr int kLevelOrder[] = {5, 4, 3, 2, 1};

QString levelColour(int level)
{
    switch (level) {
    case 5: return u"#1b7f3a"_s;
    case 4: return u"#2e7d32"_s;
    case 3: return u"#1f5fa8"_s;
    case 2: return u"#b35c00"_s;
    default: return u"#c62828"_s;
    }
}

enum Page { WaitingPage, ChoosingPage, DetailsPage, ResultPage };

} // namespace

RatingPad::RatingPad(RatingPadController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    setObjectName(u"ratingPad"_s);
    setMinimumSize(800, 480);
    setStyleSheet(u"#ratingPad { background: #f7f8fa; }"
                  u"QPushButton[level] { color: white; border-radius: 12px; font-size: 22pt; font-weight: bold; }"
                  u"QPushButton[level]:disabled { background: #9e9e9e; }"
                  u"QPushButton[reason] { font-size: 16pt; min-height: 64px; border: 2px solid #8a8f98;"
                  u" border-radius: 10px; background: white; color: #1d1f23; }"
                  u"QPushButton[reason]:checked { border: 4px solid #c62828; background: #fdecea; font-weight: bold; }"
                  u"QPushButton#pad\\.skip, QPushButton#pad\\.back { font-size: 15pt; min-height: 56px; }"
                  u"QPushButton#pad\\.submit { font-size: 18pt; min-height: 64px; background: #1f5fa8; color: white;"
                  u" border-radius: 10px; }"_s);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"pad.title"_s);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = font();
    titleFont.setPointSize(20);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    m_welcome = new QLabel(m_pages);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    QFont welcomeFont = font();
    welcomeFont.setPointSize(26);
    m_welcome->setFont(welcomeFont);
    m_pages->addWidget(m_welcome);

    auto *choosing = new QWidget(m_pages);
    auto *choosingLayout = new QVBoxLayout(choosing);
    m_question = new QLabel(choosing);
    m_question->setObjectName(u"pad.question"_s);
    m_question->setAlignment(Qt::AlignCenter);
    m_question->setWordWrap(true);
    QFont questionFont = font();
    questionFont.setPointSize(22);
    m_question->setFont(questionFont);
    choosingLayout->addWidget(m_question);
    auto *levels = new QHBoxLayout;
    for (int level : kLevelOrder) {
        auto *b = new QPushButton(choosing);
        b->setObjectName(u"pad.level%1"_s.arg(level));
        b->setProperty("level", level);
        b->setMinimumSize(140, 160);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setStyleSheet(u"QPushButton { background: %1; }"_s.arg(levelColour(level)));
        connect(b, &QPushButton::clicked, this, [this, level] { m_controller->choose(level); });
        levels->addWidget(b);
        m_levels << nullptr;
    }
    // m_levels is indexed by level - 1.
    for (int i = 0; i < levels->count(); ++i) {
        auto *b = static_cast<QPushButton *>(levels->itemAt(i)->widget());
        m_levels[b->property("level").toInt() - 1] = b;
    }
    choosingLayout->addLayout(levels, 1);
    m_pages->addWidget(choosing);

    auto *details = new QWidget(m_pages);
    auto *detailsLayout = new QVBoxLayout(details);
    m_reasonsQuestion = new QLabel(details);
    m_reasonsQuestion->setAlignment(Qt::AlignCenter);
    m_reasonsQuestion->setWordWrap(true);
    m_reasonsQuestion->setFont(questionFont);
    detailsLayout->addWidget(m_reasonsQuestion);
    auto *grid = new QGridLayout;
    int i = 0;
    for (const auto reason : protocol::wire::kRatingReasons) {
        auto *b = new QPushButton(details);
        const QString wire = QString::fromLatin1(reason.data(), qsizetype(reason.size()));
        b->setObjectName(u"pad.reason."_s + wire);
        b->setProperty("reason", wire);
        b->setCheckable(true);
        grid->addWidget(b, i / 3, i % 3);
        m_reasons << b;
        ++i;
    }
    detailsLayout->addLayout(grid);
    m_comment = new QLineEdit(details);
    m_comment->setObjectName(u"pad.comment"_s);
    m_comment->setMaxLength(500);
    QFont commentFont = font();
    commentFont.setPointSize(16);
    m_comment->setFont(commentFont);
    m_comment->setMinimumHeight(52);
    detailsLayout->addWidget(m_comment);
    auto *detailButtons = new QHBoxLayout;
    m_back = new QPushButton(details);
    m_back->setObjectName(u"pad.back"_s);
    m_submit = new QPushButton(details);
    m_submit->setObjectName(u"pad.submit"_s);
    detailButtons->addWidget(m_back);
    detailButtons->addWidget(m_submit, 1);
    detailsLayout->addLayout(detailButtons);
    m_pages->addWidget(details);
    connect(m_back, &QPushButton::clicked, m_controller, &RatingPadController::back);
    connect(m_submit, &QPushButton::clicked, this,
            [this] { m_controller->submitDetails(chosenReasons(), m_comment->text()); });

    m_result = new QLabel(m_pages);
    m_result->setObjectName(u"pad.result"_s);
    m_result->setAlignment(Qt::AlignCenter);
    m_result->setWordWrap(true);
    m_result->setFont(welcomeFont);
    m_pages->addWidget(m_result);

    auto *bottom = new QHBoxLayout;
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(u"pad.countdown"_s);
    QFont small = font();
    small.setPointSize(14);
    m_countdown->setFont(small);
    m_skip = new QPushButton(this);
    m_skip->setObjectName(u"pad.skip"_s);
    bottom->addWidget(m_countdown, 1);
    bottom->addWidget(m_skip);
    layout->addLayout(bottom);
    connect(m_skip, &QPushButton::clicked, m_controller, &RatingPadController::skip);

    connect(m_controller, &RatingPadController::stageChanged, this, &RatingPad::refresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RatingPad::refresh);
    m_tick.start();
    retranslate();
}

QPushButton *RatingPad::reasonButton(const QString &reason) const
{
    for (auto *b : m_reasons)
        if (b->property("reason").toString() == reason)
            return b;
    return nullptr;
}

void RatingPad::setTitle(const QString &hallName, const QString &windowName)
{
    m_hallName = hallName;
    m_windowName = windowName;
    refresh();
}

void RatingPad::retranslate()
{
    for (auto *b : m_levels) {
        const int level = b->property("level").toInt();
        b->setText(u"%1\n%2"_s.arg(level).arg(RatingPadController::levelName(level)));
    }
    for (auto *b : m_reasons)
        b->setText(RatingPadController::reasonName(b->property("reason").toString()));
    m_comment->setPlaceholderText(tr("Anything else you want to tell us (optional)"));
    m_back->setText(tr("Back"));
    m_submit->setText(tr("Send"));
    m_skip->setText(tr("No, thanks"));
    m_reasonsQuestion->setText(tr("Sorry. What went wrong? (choose any)"));
    refresh();
}

QStringList RatingPad::chosenReasons() const
{
    QStringList out;
    for (auto *b : m_reasons)
        if (b->isChecked())
            out << b->property("reason").toString();
    return out;
}

void RatingPad::refresh()
{
    m_title->setText(m_windowName.isEmpty() ? m_hallName : u"%1 · %2"_s.arg(m_hallName, m_windowName));
    const Stage stage = m_controller->stage();
    const auto &invitation = m_controller->invitation();
    switch (stage) {
    case Stage::Waiting:
        m_welcome->setText(tr("Welcome.\nYou may rate our service here after it is done."));
        m_pages->setCurrentIndex(WaitingPage);
        for (auto *b : m_reasons)
            b->setChecked(false);
        m_comment->clear();
        break;
    case Stage::Choosing:
        m_question->setText(tr("How satisfied are you with the service for ticket %1 by %2?")
                                .arg(invitation ? invitation->ticketNumber : QString(),
                                     invitation ? invitation->staffName : QString()));
        m_pages->setCurrentIndex(ChoosingPage);
        break;
    case Stage::Details:
        m_pages->setCurrentIndex(DetailsPage);
        break;
    case Stage::Sending:
        m_result->setText(tr("Sending…"));
        m_pages->setCurrentIndex(ResultPage);
        break;
    case Stage::Thanks:
        m_result->setText(tr("Thank you for your rating!"));
        m_pages->setCurrentIndex(ResultPage);
        break;
    case Stage::Failed:
        m_result->setText(m_controller->lastError());
        m_pages->setCurrentIndex(ResultPage);
        break;
    }
    const bool asking = stage == Stage::Choosing || stage == Stage::Details;
    m_skip->setVisible(asking);
    const qint64 left = m_controller->remainingMs();
    m_countdown->setText(asking && left > 0 ? tr("This closes by itself in %1 s").arg((left + 999) / 1000) : QString());
}

void RatingPad::keyPressEvent(QKeyEvent *event)
{
    // A keypad evaluator sends 1–5; Esc declines.
    if (m_controller->stage() == Stage::Choosing && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_5) {
        m_controller->choose(event->key() - Qt::Key_0);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        m_controller->skip();
        return;
    }
    QWidget::keyPressEvent(event);
}

void RatingPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace hallq::counter::ui

#include "printer/DocumentRenderer.h"

#include <QBuffer>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

#include "printer/Placeholders.h"
#include "protocol/IdNumber.h"

using namespace Qt::StringLiterals;

namespace hallq::printer {
namespace {

// What the painter lays out, after the template's placeholders are filled.
struct Page
{
    QString hallName;
    QString title;
    QString number;
    QList<std::pair<QString, QString>> fields;
    QString greeting;
    QStringList body;
    QString listTitle;
    QStringList listItems;
    QStringList closing;
    QStringList notes;
    QString signature;
    QString staffLine;
    QString dateLine;
    QString qrPayload;
    QString qrCaption;
};

QHash<QString, QString> commonValues(const NoticeCommon &c)
{
    const QString id = c.applicantIdNumber.isEmpty() || protocol::IdNumber::isMasked(c.applicantIdNumber)
                           ? c.applicantIdNumber
                           : protocol::IdNumber::mask(c.applicantIdNumber);
    return {
        {u"hallName"_s, c.hallName},
        {u"noticeNumber"_s, c.noticeNumber},
        {u"applicantName"_s, c.applicantName},
        {u"applicantId"_s, id},
        {u"applicantPhone"_s, c.applicantPhone},
        {u"serviceName"_s, c.serviceName},
        {u"department"_s, c.department},
        {u"windowName"_s, c.windowName},
        {u"staffName"_s, c.staffName},
        {u"ticketNumber"_s, c.ticketNumber},
        {u"enquiryPhone"_s, c.enquiryPhone},
        {u"issueDate"_s, c.issuedAt.isValid() ? c.issuedAt.toString(u"yyyy年M月d日"_s) : QString()},
        {u"issueTime"_s, c.issuedAt.isValid() ? c.issuedAt.toString(u"yyyy-MM-dd HH:mm"_s) : QString()},
    };
}

QStringList fillAll(const QStringList &lines, const QHash<QString, QString> &values)
{
    QStringList out;
    for (const QString &line : lines) {
        if (auto filled = DocumentRenderer::fill(line, values))
            out.append(*filled);
    }
    return out;
}

Page layoutPage(const NoticeCommon &common, const DocumentTemplate &t, const QHash<QString, QString> &values,
                QStringList listItems)
{
    Page p;
    p.hallName = common.hallName;
    p.title = t.title;
    if (!common.noticeNumber.isEmpty())
        p.number = (t.numberLabel.isEmpty() ? QString() : t.numberLabel + u"："_s) + common.noticeNumber;
    for (const auto &[label, value] : t.fields) {
        if (auto filled = DocumentRenderer::fill(value, values))
            p.fields.append({label, *filled});
    }
    p.greeting = DocumentRenderer::fill(t.greeting, values).value_or(QString());
    p.body = fillAll(t.body, values);
    p.listTitle = listItems.isEmpty() ? QString() : t.listTitle;
    p.listItems = std::move(listItems);
    p.closing = fillAll(t.closing, values);
    p.notes = common.notes;
    p.signature = DocumentRenderer::fill(t.signature, values).value_or(QString());
    p.staffLine = DocumentRenderer::fill(t.staffLine, values).value_or(QString());
    p.dateLine = DocumentRenderer::fill(t.dateLine, values).value_or(QString());
    p.qrPayload = common.statusUrl;
    p.qrCaption = t.qrCaption;
    return p;
}

void drawQr(QPainter &painter, const QRect &box, const QString &payload)
{
    const QByteArray data = payload.toUtf8();
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    const int n = code->width;
    const qreal module = qreal(box.width()) / n;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (code->data[y * n + x] & 1)
                painter.drawRect(QRectF(box.left() + x * module, box.top() + y * module, module, module));
        }
    }
    painter.restore();
    QRcode_free(code);
}

QByteArray paint(const Page &p)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(p.title);
    writer.setCreator(u"HallQ"_s);

    QPainter painter(&writer);
    const QRect area = painter.viewport();
    const int width = area.width();
    const auto mm = [](qreal v) { return int(v * 300 / 25.4); };
    auto font = [](qreal pt, bool bold = false) {
        QFont f(u"WenQuanYi Micro Hei"_s);
        f.setPointSizeF(pt);
        f.setBold(bold);
        return f;
    };
    int y = 0;
    auto ensure = [&](int height) {
        if (y + height > area.height()) {
            writer.newPage();
            y = 0;
        }
    };
    auto paragraph = [&](const QString &text, const QFont &f, int flags, int indent = 0, int after = -1) {
        if (after < 0)
            after = mm(2);
        painter.setFont(f);
        const QRect need = painter.boundingRect(QRect(indent, 0, width - indent, 100000), flags | Qt::TextWordWrap, text);
        ensure(need.height());
        painter.drawText(QRect(indent, y, width - indent, need.height()), flags | Qt::TextWordWrap, text);
        y += need.height() + after;
    };

    if (!p.hallName.isEmpty())
        paragraph(p.hallName, font(12), Qt::AlignHCenter, 0, mm(1));
    paragraph(p.title, font(22, true), Qt::AlignHCenter, 0, mm(3));
    if (!p.number.isEmpty())
        paragraph(p.number, font(10.5), Qt::AlignRight, 0, mm(2));

    // The fields as a two-column ruled table.
    painter.setFont(font(11));
    const int labelWidth = mm(32);
    const int pad = mm(2);
    painter.setPen(QPen(Qt::black, 2));
    for (const auto &[label, value] : p.fields) {
        const QRect text = painter.boundingRect(QRect(0, 0, width - labelWidth - 2 * pad, 100000), Qt::TextWordWrap, value);
        const int h = std::max(mm(8), text.height() + 2 * pad);
        ensure(h);
        painter.drawRect(QRect(0, y, labelWidth, h));
        painter.drawRect(QRect(labelWidth, y, width - labelWidth, h));
        painter.drawText(QRect(pad, y, labelWidth - 2 * pad, h), Qt::AlignVCenter | Qt::AlignLeft, label);
        painter.drawText(QRect(labelWidth + pad, y, width - labelWidth - 2 * pad, h),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, value);
        y += h;
    }
    y += mm(6);

    if (!p.greeting.isEmpty())
        paragraph(p.greeting, font(12), Qt::AlignLeft);
    for (const QString &line : p.body)
        paragraph(u"　　"_s + line, font(12), Qt::AlignLeft);
    if (!p.listItems.isEmpty()) {
        paragraph(p.listTitle + u"："_s, font(12, true), Qt::AlignLeft, 0, mm(1));
        int n = 1;
        for (const QString &item : p.listItems)
            paragraph(u"%1. %2"_s.arg(n++).arg(item), font(12), Qt::AlignLeft, mm(8), mm(1));
        y += mm(2);
    }
    for (const QString &line : p.closing)
        paragraph(u"　　"_s + line, font(12), Qt::AlignLeft);
    if (!p.notes.isEmpty())
        paragraph(u"备注："_s + p.notes.join(u'；'), font(11), Qt::AlignLeft);

    // Signature block on the right, QR code on the left at the same height.
    const int qrSize = mm(28);
    ensure(qrSize + mm(16));
    y += mm(8);
    const int blockTop = y;
    if (!p.qrPayload.isEmpty()) {
        drawQr(painter, QRect(0, blockTop, qrSize, qrSize), p.qrPayload);
        painter.setFont(font(9));
        painter.drawText(QRect(0, blockTop + qrSize + mm(1), qrSize + mm(20), mm(6)), Qt::AlignLeft, p.qrCaption);
    }
    painter.setFont(font(12));
    int sy = blockTop;
    for (const QString &line : {p.staffLine, p.signature, p.dateLine}) {
        if (line.isEmpty())
            continue;
        painter.drawText(QRect(width / 2, sy, width / 2, mm(9)), Qt::AlignRight | Qt::AlignVCenter, line);
        sy += mm(10);
    }
    painter.end();
    return pdf;
}

} // namespace

std::optional<QString> DocumentRenderer::fill(const QString &text, const QHash<QString, QString> &values)
{
    return expandPlaceholders(text, [&](QStringView name) -> std::optional<QString> {
        const QString value = values.value(name.toString());
        if (value.isEmpty())
            return std::nullopt;
        return value;
    });
}

QByteArray DocumentRenderer::renderPdf(const AcceptanceNotice &notice, const DocumentTemplate &layout)
{
    QHash<QString, QString> values = commonValues(notice.common);
    values.insert(u"caseType"_s, notice.caseType);
    values.insert(u"promisedWorkingDays"_s,
                  notice.promisedWorkingDays > 0 ? QString::number(notice.promisedWorkingDays) : QString());
    values.insert(u"promisedDate"_s,
                  notice.promisedDate.isValid() ? notice.promisedDate.toString(u"yyyy年M月d日"_s) : QString());
    values.insert(u"pickupMethod"_s, notice.pickupMethod);
    return paint(layoutPage(notice.common, layout, values, notice.receivedMaterials));
}

QByteArray DocumentRenderer::renderPdf(const MaterialsNotice &notice, const DocumentTemplate &layout)
{
    QHash<QString, QString> values = commonValues(notice.common);
    values.insert(u"missingCount"_s,
                  notice.missingMaterials.isEmpty() ? QString() : QString::number(notice.missingMaterials.size()));
    values.insert(u"supplementWorkingDays"_s,
                  notice.supplementWorkingDays > 0 ? QString::number(notice.supplementWorkingDays) : QString());
    QStringList items;
    for (const MissingMaterial &m : notice.missingMaterials)
        items.append(m.requirement.isEmpty() ? m.name : u"%1（%2）"_s.arg(m.name, m.requirement));
    return paint(layoutPage(notice.common, layout, values, items));
}

} // namespace hallq::printer

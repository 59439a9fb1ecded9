#include "print/DocumentWriter.h"

#include "print/QrCode.h"

#include <QPagedPaintDevice>

#include <algorithm>
#include <limits>

namespace certdesk {

namespace {

constexpr int kWrap = Qt::TextWordWrap;

} // namespace

DocumentWriter::DocumentWriter(QPagedPaintDevice &device, const DocumentStyle &style)
    : m_device(device)
    , m_style(style)
{
    if (m_painter.begin(&m_device)) {
        m_width = m_device.width();
        m_height = m_device.height();
        m_painter.setPen(m_style.text);
    }
}

DocumentWriter::~DocumentWriter()
{
    if (!m_finished && m_painter.isActive())
        finish(nullptr);
}

qreal DocumentWriter::toDevice(qreal mm) const
{
    return mm * m_device.logicalDpiY() / 25.4;
}

qreal DocumentWriter::remainingMm() const
{
    return (m_height - footerHeight() - m_y) * 25.4 / m_device.logicalDpiY();
}

QRectF DocumentWriter::measure(const QString &text, Role role, qreal width,
                               Qt::Alignment alignment) const
{
    const QFontMetricsF metrics(m_style.font(role), &m_device);
    return metrics.boundingRect(QRectF(0, 0, width, std::numeric_limits<int>::max()),
                                int(alignment) | kWrap, text);
}

qreal DocumentWriter::draw(const QString &text, Role role, const QRectF &area,
                           Qt::Alignment alignment, const QColor &color)
{
    if (text.isEmpty())
        return 0;
    const qreal h = measure(text, role, area.width(), alignment).height();
    m_painter.save();
    m_painter.setFont(m_style.font(role));
    m_painter.setPen(color);
    m_painter.drawText(QRectF(area.left(), area.top(), area.width(), h), int(alignment) | kWrap, text);
    m_painter.restore();
    return h;
}

void DocumentWriter::reserve(qreal deviceUnits)
{
    if (m_y > 0 && m_y + deviceUnits > m_height - footerHeight())
        newPage();
}

void DocumentWriter::newPage()
{
    drawFooter();
    m_device.newPage();
    m_y = 0;
    ++m_page;
}

qreal DocumentWriter::footerHeight() const
{
    if (m_footer.isEmpty())
        return 0;
    return measure(m_footer.joined(), Role::Small, m_width, Qt::AlignCenter).height() + toDevice(2);
}

void DocumentWriter::drawFooter()
{
    if (m_footer.isEmpty() || !m_painter.isActive())
        return;
    const qreal h = measure(m_footer.joined(), Role::Small, m_width, Qt::AlignCenter).height();
    draw(m_footer.joined(), Role::Small, QRectF(0, m_height - h, m_width, h), Qt::AlignCenter,
         m_style.secondary);
}

void DocumentWriter::title(const DocumentText &text)
{
    const qreal h = measure(text.kk, Role::Title, m_width, Qt::AlignHCenter).height()
                    + measure(text.ru, Role::Title, m_width, Qt::AlignHCenter).height();
    reserve(h);
    m_y += draw(text.kk, Role::Title, QRectF(0, m_y, m_width, 0), Qt::AlignHCenter, m_style.text);
    m_y += draw(text.ru, Role::Title, QRectF(0, m_y, m_width, 0), Qt::AlignHCenter, m_style.text);
    m_y += toDevice(m_style.blockGapMm);
}

void DocumentWriter::titleWithQr(const DocumentText &text, const QStringList &lines,
                                 const QByteArray &qrData, qreal qrMm, const QString &caption)
{
    const qreal qrSide = toDevice(qrMm);
    const qreal gap = toDevice(4);
    const qreal textWidth = m_width - qrSide - gap;
    qreal left = measure(text.kk, Role::Title, textWidth, Qt::AlignLeft).height()
                 + measure(text.ru, Role::Title, textWidth, Qt::AlignLeft).height();
    for (const QString &line : lines)
        left += measure(line, Role::Subtitle, textWidth, Qt::AlignLeft).height();
    // The caption (the number) may be wider than the code: it is right-aligned under it.
    const QRectF captionArea(m_width - 2 * qrSide, 0, 2 * qrSide, 0);
    const qreal right = qrSide + measure(caption, Role::Small, captionArea.width(), Qt::AlignRight).height();
    reserve(std::max(left, right));

    qreal y = m_y;
    y += draw(text.kk, Role::Title, QRectF(0, y, textWidth, 0), Qt::AlignLeft, m_style.text);
    y += draw(text.ru, Role::Title, QRectF(0, y, textWidth, 0), Qt::AlignLeft, m_style.text);
    y += toDevice(1);
    for (const QString &line : lines)
        y += draw(line, Role::Subtitle, QRectF(0, y, textWidth, 0), Qt::AlignLeft, m_style.secondary);
    const QRectF square(m_width - qrSide, m_y, qrSide, qrSide);
    drawQr(qrData, square);
    const qreal captionHeight = draw(caption, Role::Small,
                                     QRectF(captionArea.left(), square.bottom(), captionArea.width(), 0),
                                     Qt::AlignRight, m_style.text);
    m_y = std::max(y, square.bottom() + captionHeight) + toDevice(m_style.blockGapMm);
}

void DocumentWriter::heading(const DocumentText &text)
{
    const QString line = text.joined();
    const qreal h = measure(line, Role::Value, m_width, Qt::AlignLeft).height();
    // A heading alone at the foot of a page says nothing: it moves on with its first row.
    reserve(h + toDevice(m_style.blockGapMm + 8));
    m_y += toDevice(m_style.blockGapMm * 0.5);
    m_y += draw(line, Role::Value, QRectF(0, m_y, m_width, 0), Qt::AlignLeft, m_style.text);
    m_painter.save();
    m_painter.setPen(QPen(m_style.line, toDevice(0.2)));
    m_painter.drawLine(QPointF(0, m_y + toDevice(0.5)), QPointF(m_width, m_y + toDevice(0.5)));
    m_painter.restore();
    m_y += toDevice(0.5 + m_style.rowGapMm);
}

void DocumentWriter::paragraph(const QString &text, Role role, Qt::Alignment alignment)
{
    reserve(measure(text, role, m_width, alignment).height());
    m_y += draw(text, role, QRectF(0, m_y, m_width, 0), alignment, m_style.text);
    m_y += toDevice(m_style.rowGapMm);
}

qreal DocumentWriter::heightOf(const DocumentText &text, Role role) const
{
    return measure(text.kk, role, m_width, Qt::AlignLeft).height()
        + measure(text.ru, role, m_width, Qt::AlignLeft).height() + toDevice(m_style.rowGapMm);
}

void DocumentWriter::bilingual(const DocumentText &text, Role role)
{
    reserve(measure(text.kk, role, m_width, Qt::AlignLeft).height()
            + measure(text.ru, role, m_width, Qt::AlignLeft).height());
    m_y += draw(text.kk, role, QRectF(0, m_y, m_width, 0), Qt::AlignLeft, m_style.text);
    m_y += draw(text.ru, role, QRectF(0, m_y, m_width, 0), Qt::AlignLeft, m_style.secondary);
    m_y += toDevice(m_style.rowGapMm);
}

qreal DocumentWriter::labelHeight(const DocumentText &label, qreal width) const
{
    return measure(label.kk, Role::Label, width, Qt::AlignLeft).height()
           + measure(label.ru, Role::Label, width, Qt::AlignLeft).height();
}

void DocumentWriter::drawLabel(const DocumentText &label, const QRectF &area)
{
    qreal y = area.top();
    y += draw(label.kk, Role::Label, QRectF(area.left(), y, area.width(), 0), Qt::AlignLeft,
              m_style.text);
    draw(label.ru, Role::Label, QRectF(area.left(), y, area.width(), 0), Qt::AlignLeft,
         m_style.secondary);
}

void DocumentWriter::row(const DocumentText &label, const QString &value)
{
    row(label, DocumentText(value, QString()));
}

void DocumentWriter::row(const DocumentText &label, const DocumentText &value)
{
    const qreal gap = toDevice(3);
    const qreal labelWidth = m_width * m_style.labelColumn;
    const qreal valueWidth = m_width - labelWidth - gap;
    const Role secondRole = value.kk.isEmpty() ? Role::Value : Role::Body;
    const qreal valueHeight = measure(value.kk, Role::Value, valueWidth, Qt::AlignLeft).height()
                              + measure(value.ru, secondRole, valueWidth, Qt::AlignLeft).height();
    const qreal h = std::max(labelHeight(label, labelWidth), valueHeight);
    reserve(h);
    drawLabel(label, QRectF(0, m_y, labelWidth, h));
    const qreal x = labelWidth + gap;
    const qreal first = draw(value.kk, Role::Value, QRectF(x, m_y, valueWidth, 0), Qt::AlignLeft,
                             m_style.text);
    draw(value.ru, secondRole, QRectF(x, m_y + first, valueWidth, 0), Qt::AlignLeft,
         value.kk.isEmpty() ? m_style.text : m_style.secondary);
    m_y += h + toDevice(m_style.rowGapMm);
}

void DocumentWriter::list(const DocumentText &heading, const QList<DocumentText> &items)
{
    const qreal indent = toDevice(4);
    const qreal itemWidth = m_width - indent;
    qreal first = labelHeight(heading, m_width);
    if (!items.isEmpty())
        first += measure(items.first().kk, Role::Body, itemWidth, Qt::AlignLeft).height();
    reserve(first);
    drawLabel(heading, QRectF(0, m_y, m_width, 0));
    m_y += labelHeight(heading, m_width) + toDevice(0.5);
    for (const DocumentText &item : items) {
        const qreal h = measure(item.kk, Role::Body, itemWidth, Qt::AlignLeft).height()
                        + measure(item.ru, Role::Body, itemWidth, Qt::AlignLeft).height();
        reserve(h);
        draw(QStringLiteral("•"), Role::Body, QRectF(toDevice(1), m_y, indent, 0), Qt::AlignLeft,
             m_style.text);
        const qreal kk = draw(item.kk, Role::Body, QRectF(indent, m_y, itemWidth, 0), Qt::AlignLeft,
                              m_style.text);
        draw(item.ru, Role::Body, QRectF(indent, m_y + kk, itemWidth, 0), Qt::AlignLeft,
             m_style.secondary);
        m_y += h + toDevice(m_style.rowGapMm * 0.6);
    }
    m_y += toDevice(m_style.rowGapMm);
}

void DocumentWriter::drawQr(const QByteArray &data, const QRectF &square)
{
    const QrCode code = QrCode::encode(data);
    if (code.isValid()) {
        code.paint(m_painter, square);
        return;
    }
    // Built without libqrencode: the number stays readable, framed where the code would be.
    m_painter.save();
    m_painter.setPen(m_style.line);
    m_painter.drawRect(square);
    m_painter.restore();
    draw(QString::fromLatin1(data), Role::Small, square.adjusted(2, 2, -2, -2), Qt::AlignCenter,
         m_style.text);
}

void DocumentWriter::qr(const QByteArray &data, qreal sizeMm, Qt::Alignment alignment,
                        const QString &caption)
{
    const qreal side = toDevice(sizeMm);
    const qreal captionHeight = measure(caption, Role::Small, m_width, Qt::AlignHCenter).height();
    reserve(side + captionHeight);
    qreal x = 0;
    if (alignment & Qt::AlignHCenter)
        x = (m_width - side) / 2;
    else if (alignment & Qt::AlignRight)
        x = m_width - side;
    drawQr(data, QRectF(x, m_y, side, side));
    m_y += side;
    m_y += draw(caption, Role::Small, QRectF(x - side, m_y, side * 3, 0), Qt::AlignHCenter, m_style.text);
    m_y += toDevice(m_style.rowGapMm);
}

void DocumentWriter::signature(const DocumentText &role, const QString &name)
{
    const qreal labelWidth = m_width * m_style.labelColumn;
    const qreal signatureSpace = toDevice(8);
    const DocumentText caption(QStringLiteral("қолы"), QStringLiteral("подпись"));
    const qreal h = std::max(labelHeight(role, labelWidth) + toDevice(3),
                             signatureSpace + measure(caption.joined(), Role::Small, m_width, Qt::AlignLeft).height());
    reserve(h);
    drawLabel(role, QRectF(0, m_y + signatureSpace - labelHeight(role, labelWidth), labelWidth, 0));
    const qreal x = labelWidth + toDevice(3);
    const qreal lineWidth = (m_width - x) * 0.38;
    const qreal lineY = m_y + signatureSpace;
    m_painter.save();
    m_painter.setPen(QPen(m_style.text, toDevice(0.2)));
    m_painter.drawLine(QPointF(x, lineY), QPointF(x + lineWidth, lineY));
    m_painter.restore();
    draw(QStringLiteral("(%1)").arg(caption.joined()), Role::Small,
         QRectF(x, lineY + toDevice(0.5), lineWidth, 0), Qt::AlignHCenter, m_style.secondary);
    const QRectF nameArea(x + lineWidth + toDevice(3), lineY - measure(name, Role::Body, m_width, Qt::AlignLeft).height(),
                          m_width - x - lineWidth - toDevice(3), 0);
    draw(name, Role::Body, nameArea, Qt::AlignLeft, m_style.text);
    m_y += h + toDevice(m_style.rowGapMm);
}

void DocumentWriter::rule()
{
    reserve(toDevice(2));
    m_painter.save();
    m_painter.setPen(QPen(m_style.line, toDevice(0.25)));
    m_painter.drawLine(QPointF(0, m_y + toDevice(1)), QPointF(m_width, m_y + toDevice(1)));
    m_painter.restore();
    m_y += toDevice(2) + toDevice(m_style.rowGapMm);
}

void DocumentWriter::space(qreal mm)
{
    m_y += toDevice(mm);
}

bool DocumentWriter::finish(QString *error)
{
    if (m_finished)
        return true;
    m_finished = true;
    if (!m_painter.isActive()) {
        if (error)
            *error = tr("The printer or the PDF file could not be opened for drawing.");
        return false;
    }
    drawFooter();
    if (!m_painter.end()) {
        if (error)
            *error = tr("The printer or the PDF file failed while the document was drawn.");
        return false;
    }
    return true;
}

} // namespace certdesk

#include "print/RegisterTable.h"

#include "print/DocumentWriter.h"

#include <QFontMetricsF>
#include <QPaintDevice>

#include <algorithm>
#include <limits>
#include <utility>

namespace certdesk {

namespace {

// Words are never cut: columns are sized for the longest word they hold (a receipt number).
constexpr int kWrap = Qt::TextWordWrap;

qreal textHeight(QPainter &painter, const QFont &font, const QString &text, qreal width)
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, painter.device());
    return metrics.boundingRect(QRectF(0, 0, width, std::numeric_limits<int>::max()), kWrap, text)
        .height();
}

} // namespace

RegisterTable::RegisterTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
}

void RegisterTable::addRow(const QStringList &cells, bool bold)
{
    m_rows.append(Row {cells, bold});
}

void RegisterTable::write(DocumentWriter &w) const
{
    if (m_columns.isEmpty() || !w.isActive())
        return;
    QPainter &p = w.painter();
    const DocumentStyle &style = w.style();
    const qreal pad = w.toDevice(0.8);
    qreal total = 0;
    for (const Column &c : m_columns)
        total += c.weight;
    QList<qreal> widths;
    for (const Column &c : m_columns)
        widths.append(w.width() * c.weight / total);

    const QFont headerFont = style.font(DocumentStyle::Role::Label);
    QFont cellFont = style.font(m_cellRole);
    QFont boldFont = cellFont;
    boldFont.setBold(true);
    const QPen border(style.line, w.toDevice(0.2));

    qreal headerHeight = 0;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const qreal inner = widths.at(i) - 2 * pad;
        headerHeight = std::max(headerHeight,
            textHeight(p, headerFont, m_columns.at(i).header.kk, inner)
                + textHeight(p, headerFont, m_columns.at(i).header.ru, inner));
    }
    headerHeight += 2 * pad;

    auto drawRow = [&](const QList<std::pair<QString, QString>> &cells, const QFont &font,
                       qreal height, bool shaded) {
        const qreal top = w.top();
        qreal x = 0;
        p.save();
        if (shaded)
            p.fillRect(QRectF(0, top, w.width(), height), QColor(235, 235, 235));
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QRectF cell(x, top, widths.at(i), height);
            p.setPen(border);
            p.drawRect(cell);
            const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
            const auto &[first, second] = cells.value(i);
            p.setFont(font);
            p.setPen(style.text);
            const qreal h = textHeight(p, font, first, inner.width());
            p.drawText(inner, int(m_columns.at(i).alignment) | kWrap, first);
            if (!second.isEmpty()) {
                p.setPen(style.secondary);
                p.drawText(
                    inner.adjusted(0, h, 0, 0), int(m_columns.at(i).alignment) | kWrap, second);
            }
            x += widths.at(i);
        }
        p.restore();
        w.advance(height);
    };
    auto drawHeader = [&]() {
        QList<std::pair<QString, QString>> cells;
        for (const Column &c : m_columns)
            cells.append({c.header.kk, c.header.ru});
        drawRow(cells, headerFont, headerHeight, true);
    };

    w.reserve(headerHeight + w.toDevice(8));
    drawHeader();
    for (const Row &row : m_rows) {
        const QFont &font = row.bold ? boldFont : cellFont;
        qreal height = 0;
        QList<std::pair<QString, QString>> cells;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QString text = row.cells.value(i);
            height = std::max(height, textHeight(p, font, text, widths.at(i) - 2 * pad));
            cells.append({text, QString()});
        }
        height += 2 * pad;
        const int page = w.pageNumber();
        w.reserve(height);
        if (w.pageNumber() != page)
            drawHeader();
        drawRow(cells, font, height, false);
    }
    w.space(style.blockGapMm);
}

} // namespace certdesk

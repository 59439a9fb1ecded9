#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

#include "print/DocumentStyle.h"
#include "print/DocumentText.h"

class QPagedPaintDevice;

namespace certdesk {

/// Writes a bilingual document top to bottom onto a paged device (printer or PDF): blocks
/// such as a title with a QR code, label/value rows with the label in Kazakh and Russian,
/// lists, signature lines. It keeps the position on the page and starts a new page when a
/// block does not fit, repeating the footer on each. Sizes are given in millimetres and
/// points, so a document reads the same on any printer resolution and on A4 or A5.
///
/// Use: DocumentWriter w(device, DocumentStyle::forPage(size)); w.title(...); w.row(...);
/// ...; w.finish(&error). Document::render() does the page setup first.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    using Role = DocumentStyle::Role;

    DocumentWriter(QPagedPaintDevice &device, const DocumentStyle &style);
    ~DocumentWriter();
    DocumentWriter(const DocumentWriter &) = delete;
    DocumentWriter &operator=(const DocumentWriter &) = delete;

    bool isActive() const { return m_painter.isActive(); }
    const DocumentStyle &style() const { return m_style; }
    /// For blocks a document draws itself: device units, the cursor is at top().
    QPainter &painter() { return m_painter; }
    qreal toDevice(qreal mm) const;
    qreal width() const { return m_width; }   ///< device units
    qreal top() const { return m_y; }         ///< device units
    /// Moves the cursor down after a block drawn by hand.
    void advance(qreal deviceUnits) { m_y += deviceUnits; }
    /// Starts a new page unless deviceUnits still fit on this one.
    void reserve(qreal deviceUnits);
    qreal remainingMm() const;
    /// The height bilingual() takes for text (device units), to keep blocks together.
    qreal heightOf(const DocumentText &text, Role role) const;
    int pageNumber() const { return m_page; }

    /// Printed small at the bottom of every page.
    void setFooter(const DocumentText &footer) { m_footer = footer; }

    /// Centred title, Kazakh line then Russian line.
    void title(const DocumentText &text);
    /// Title and subtitle lines on the left, a QR code (with its caption) on the right.
    void titleWithQr(const DocumentText &text, const QStringList &lines, const QByteArray &qrData,
                     qreal qrMm, const QString &caption);
    /// A section heading in bold, "kk / ru" on one line (or each on its own where that is too
    /// long), kept on the page with at least the next row.
    void heading(const DocumentText &text);
    void paragraph(const QString &text, Role role = Role::Body,
                   Qt::Alignment alignment = Qt::AlignLeft);
    /// The Kazakh text, then the Russian text in the secondary colour.
    void bilingual(const DocumentText &text, Role role = Role::Body);
    /// Label (kk over ru, small) in the left column; the value in bold on the right.
    void row(const DocumentText &label, const QString &value);
    /// The same with a value that has a Kazakh and a Russian wording.
    void row(const DocumentText &label, const DocumentText &value);
    /// A heading and bulleted items, each in both languages.
    void list(const DocumentText &heading, const QList<DocumentText> &items);
    void qr(const QByteArray &data, qreal sizeMm, Qt::Alignment alignment = Qt::AlignLeft,
            const QString &caption = QString());
    /// "Role: ________ Name" with "(қолы / подпись)" under the line.
    void signature(const DocumentText &role, const QString &name);
    void rule();
    void space(qreal mm);
    void newPage();

    /// Draws the last footer and closes the painter; false when the device failed.
    bool finish(QString *error);

private:
    QRectF measure(const QString &text, Role role, qreal width, Qt::Alignment alignment) const;
    qreal draw(const QString &text, Role role, const QRectF &area, Qt::Alignment alignment,
               const QColor &color);
    qreal labelHeight(const DocumentText &label, qreal width) const;
    void drawLabel(const DocumentText &label, const QRectF &area);
    void drawQr(const QByteArray &data, const QRectF &square);
    void drawFooter();
    qreal footerHeight() const;

    QPagedPaintDevice &m_device;
    DocumentStyle m_style;
    QPainter m_painter;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_y = 0;
    int m_page = 1;
    DocumentText m_footer;
    bool m_finished = false;
};

} // namespace certdesk

#include "print/QrCode.h"

#include <QPainter>

#ifdef CERTDESK_HAVE_QRENCODE
#include <qrencode.h>
#endif

namespace certdesk {

QrCode QrCode::encode(const QByteArray &text)
{
    QrCode code;
#ifdef CERTDESK_HAVE_QRENCODE
    QRcode *qr = QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M);
    if (!qr)
        return code;
    code.m_size = qr->width;
    code.m_modules.resize(qr->width * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = (qr->data[i] & 1) != 0;
    QRcode_free(qr);
#else
    Q_UNUSED(text);
#endif
    return code;
}

void QrCode::paint(QPainter &painter, const QRectF &rect) const
{
    if (!isValid())
        return;
    const int quiet = 2;
    const qreal unit = rect.width() / (m_size + 2 * quiet);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(rect);
    painter.setBrush(Qt::black);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (module(x, y))
                painter.drawRect(QRectF(rect.left() + (x + quiet) * unit,
                                        rect.top() + (y + quiet) * unit, unit, unit));
        }
    }
    painter.restore();
}

} // namespace certdesk

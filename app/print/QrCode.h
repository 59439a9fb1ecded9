#pragma once

#include <QByteArray>
#include <QRectF>
#include <QVector>

class QPainter;

namespace certdesk {

/// A QR code (libqrencode, error correction M) drawn as vector squares, so it stays sharp on
/// a printer and in PDF.
class QrCode
{
public:
    static QrCode encode(const QByteArray &text);

    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } ///< modules per side
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }
    /// Draws into rect (a square), with a quiet zone of 2 modules inside it.
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace certdesk

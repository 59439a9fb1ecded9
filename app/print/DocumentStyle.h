#pragma once

#include <QColor>
#include <QFont>
#include <QPageSize>
#include <QStringList>

namespace certdesk {

/// The look of printed documents: fonts (with Kazakh letters: ә ғ қ ң ө ұ ү һ і), sizes in
/// points, spacing in millimetres. forPage() gives sizes that fit the paper, so one layout
/// serves A4 and A5.
struct DocumentStyle
{
    enum class Role { Title, Subtitle, Body, Value, Label, Small };

    /// Fonts tried in order: DejaVu Sans on Linux, Arial on Windows; both have Kazakh.
    QStringList families{QStringLiteral("DejaVu Sans"), QStringLiteral("Arial"),
                         QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans")};
    qreal titlePt = 14;
    qreal subtitlePt = 9;
    qreal bodyPt = 9.5;
    qreal valuePt = 10.5;
    qreal labelPt = 7.5;
    qreal smallPt = 7;
    qreal labelColumn = 0.36; ///< share of the width for the labels of label/value rows
    qreal rowGapMm = 1.4;
    qreal blockGapMm = 3;
    QColor text = Qt::black;
    QColor secondary = QColor(70, 70, 70);
    QColor line = QColor(150, 150, 150);

    static DocumentStyle forPage(QPageSize::PageSizeId size);
    QFont font(Role role) const;
};

} // namespace certdesk

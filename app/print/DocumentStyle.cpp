#include "print/DocumentStyle.h"

namespace certdesk {

DocumentStyle DocumentStyle::forPage(QPageSize::PageSizeId size)
{
    DocumentStyle s;
    if (size == QPageSize::A5 || size == QPageSize::A6) {
        // A5 is A4 halved: about 0.8 of the type keeps a dense page readable.
        s.titlePt = 11;
        s.subtitlePt = 7;
        s.bodyPt = 7.2;
        s.valuePt = 8;
        s.labelPt = 6;
        s.smallPt = 5.6;
        s.labelColumn = 0.33;
        s.rowGapMm = 0.8;
        s.blockGapMm = 1.8;
    }
    return s;
}

QFont DocumentStyle::font(Role role) const
{
    QFont f;
    f.setFamilies(families);
    f.setStyleHint(QFont::SansSerif);
    switch (role) {
    case Role::Title:
        f.setPointSizeF(titlePt);
        f.setBold(true);
        break;
    case Role::Subtitle: f.setPointSizeF(subtitlePt); break;
    case Role::Body: f.setPointSizeF(bodyPt); break;
    case Role::Value:
        f.setPointSizeF(valuePt);
        f.setBold(true);
        break;
    case Role::Label: f.setPointSizeF(labelPt); break;
    case Role::Small: f.setPointSizeF(smallPt); break;
    }
    return f;
}

} // namespace certdesk

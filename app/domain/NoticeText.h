#pragma once

#include <QString>

#include "domain/Notice.h"

namespace certdesk {

/// The words of an SMS notice, in the language the person chose at intake (kk or ru), and how
/// many SMS segments a text takes. The texts are fixed per language, not the interface's
/// translation: the clerk's screen may be in Russian while the person reads Kazakh. Each fits
/// one segment (UCS-2, 70 characters: tests/domain/tst_notice checks every one).
class NoticeText
{
public:
    /// The text of notice n in its language.
    static QString text(const Notice &n);
    /// The text of kind in language ("kk" | "ru"; anything else reads as kk), naming until.
    static QString text(Notice::Kind kind, const QString &language, const QDate &until);

    /// Characters a single segment holds: 160 in the GSM 7-bit alphabet, 70 in UCS-2.
    static int singleSegmentLimit(const QString &text);
    /// The segments an SMS of text takes (153 / 67 per part once it is split).
    static int segments(const QString &text);
    /// Every character is in the GSM 03.38 alphabet (with its extension table).
    static bool isGsm7(const QString &text);
};

} // namespace certdesk

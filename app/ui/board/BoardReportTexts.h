#pragma once

#include "print/BoardReportDocument.h"
#include "print/DocumentText.h"
#include "services/BoardService.h"

namespace certdesk {

class Clock;

/// The supervisor board as the printed report says it: every bucket's title and every line's
/// state in Kazakh and Russian from the translation files, whatever the interface language
/// (print/DocumentText.h), with the counts in each language's plural forms. The screen's
/// words are BoardModel's.
class BoardReportTexts
{
public:
    static DocumentText bucketTitle(BoardBucket bucket);
    /// "overdue by 3 days", "result late by 7 days", a workstation clock's step back...
    static DocumentText state(BoardBucket bucket, const BoardEntry &entry, const Clock &clock);
    /// A length of time in its largest whole unit.
    static DocumentText duration(qint64 seconds);
    /// One section per bucket, in the board's order, its lines as on the screen.
    static QList<BoardReportDocument::Section> sections(const Board &board, const Clock &clock);
};

} // namespace certdesk

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace certdesk {

/// What every number CertDesk prints is made of: branch code (4 digits), workstation (2),
/// local date YYMMDD, the workstation's sequence of the day and a Damm check digit. Receipt
/// and appeal numbers differ only in the sequence's width and the letter in front, so the
/// rules live here once; each number names its own problems in its own words.
class NumberParts
{
public:
    /// What keeps parts from being composed or digits from being read as a number.
    enum class Problem { None, BranchCode, Workstation, Date, Sequence, CheckDigit, NotADate, Zero };

    /// Whether these parts can be written with a sequence of at most maxSequence.
    static Problem checkParts(const QString &branchCode, int workstation, const QDate &day,
                              int sequence, int maxSequence);
    /// The digits of checked parts, the sequence zero-padded to sequenceWidth, with the check
    /// digit appended.
    static QString compose(const QString &branchCode, int workstation, const QDate &day,
                           int sequence, int sequenceWidth);
    /// Reads digits of the right length (all ASCII digits): check digit, date, then the
    /// workstation and sequence, which no workstation writes as zero.
    static Problem read(QStringView digits, int sequenceWidth, QDate *day);

    /// The Damm check digit of a string of digits, or -1 when it holds anything else.
    static int checkDigit(QStringView digits);
    static bool allDigits(QStringView text);
};

} // namespace certdesk

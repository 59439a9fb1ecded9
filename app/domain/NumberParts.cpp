#include "domain/NumberParts.h"

namespace certdesk {

namespace {

// The Damm algorithm's quasigroup of order 10 (weakly totally anti-symmetric): folding the
// digits through it ends in 0 exactly for a number with its check digit appended. It catches
// every single mistyped digit and every swap of two neighbours.
constexpr int kDamm[10][10] = {
    {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
    {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
    {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
    {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
    {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
    {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
    {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
    {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
    {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
    {2, 5, 8, 1, 4, 3, 6, 7, 9, 0},
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool NumberParts::allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.isEmpty();
}

int NumberParts::checkDigit(QStringView digits)
{
    int interim = 0;
    for (const QChar c : digits) {
        if (!isAsciiDigit(c))
            return -1;
        interim = kDamm[interim][c.unicode() - u'0'];
    }
    return interim;
}

NumberParts::Problem NumberParts::checkParts(const QString &branchCode, int workstation,
                                             const QDate &day, int sequence, int maxSequence)
{
    if (branchCode.size() != 4 || !allDigits(branchCode))
        return Problem::BranchCode;
    if (workstation < 1 || workstation > 99)
        return Problem::Workstation;
    if (!day.isValid() || day.year() < 2000 || day.year() > 2099)
        return Problem::Date;
    if (sequence < 1 || sequence > maxSequence)
        return Problem::Sequence;
    return Problem::None;
}

QString NumberParts::compose(const QString &branchCode, int workstation, const QDate &day,
                             int sequence, int sequenceWidth)
{
    QString digits = branchCode + QStringLiteral("%1").arg(workstation, 2, 10, QLatin1Char('0'))
                     + day.toString(QStringLiteral("yyMMdd"))
                     + QStringLiteral("%1").arg(sequence, sequenceWidth, 10, QLatin1Char('0'));
    digits.append(QChar(u'0' + checkDigit(digits)));
    return digits;
}

NumberParts::Problem NumberParts::read(QStringView digits, int sequenceWidth, QDate *day)
{
    // Branch (4) + workstation (2) + YYMMDD (6) + sequence + check digit (1).
    *day = QDate(2000 + digits.mid(6, 2).toInt(), digits.mid(8, 2).toInt(),
                 digits.mid(10, 2).toInt());
    if (checkDigit(digits) != 0)
        return Problem::CheckDigit;
    if (!day->isValid())
        return Problem::NotADate;
    if (digits.mid(4, 2).toInt() == 0 || digits.mid(12, sequenceWidth).toInt() == 0)
        return Problem::Zero;
    return Problem::None;
}

} // namespace certdesk

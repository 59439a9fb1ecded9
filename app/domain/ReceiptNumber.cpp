#include "domain/ReceiptNumber.h"

namespace certdesk {

namespace {

// The Damm algorithm's quasigroup of order 10 (weakly totally anti-symmetric): folding the
// digits through it ends in 0 exactly for a number with its check digit appended.
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

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

} // namespace

int ReceiptNumber::checkDigit(QStringView digits)
{
    int interim = 0;
    for (const QChar c : digits) {
        if (!isAsciiDigit(c))
            return -1;
        interim = kDamm[interim][c.unicode() - u'0'];
    }
    return interim;
}

QString ReceiptNumber::compose(const QString &branchCode, int workstation, const QDate &day,
                               int sequence, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (branchCode.size() != 4 || !allDigits(branchCode))
        return fail(tr("The branch code \"%1\" is not 4 digits: a technician must set "
                       "branch.code before receipts can be numbered")
                        .arg(branchCode));
    if (workstation < 1 || workstation > 99)
        return fail(tr("The workstation number %1 is not between 1 and 99: a technician must "
                       "set branch.workstation, unique within the branch")
                        .arg(workstation));
    if (!day.isValid() || day.year() < 2000 || day.year() > 2099)
        return fail(tr("The date %1 cannot be written in a receipt number")
                        .arg(day.toString(Qt::ISODate)));
    if (sequence < 1 || sequence > MaxSequence)
        return fail(tr("Receipt number %1 of the day is out of range: a workstation numbers at "
                       "most %2 receipts a day")
                        .arg(sequence)
                        .arg(MaxSequence));
    QString digits = branchCode + QStringLiteral("%1").arg(workstation, 2, 10, QLatin1Char('0'))
                     + day.toString(QStringLiteral("yyMMdd"))
                     + QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
    digits.append(QChar(u'0' + checkDigit(digits)));
    return digits;
}

QString ReceiptNumber::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == u'\u2010'
            || c == u'\u2011' || c == u'\u2013' || c == u'\u2014')
            continue;
        out.append(c);
    }
    return out;
}

bool ReceiptNumber::looksLikeReceipt(const QString &text)
{
    const QString n = normalize(text);
    return n.size() == Length && allDigits(n);
}

QString ReceiptNumber::format(const QString &digits)
{
    if (digits.size() != Length || !allDigits(digits))
        return digits;
    return QStringList{digits.left(4), digits.mid(4, 2), digits.mid(6, 6), digits.mid(12, 4),
                       digits.right(1)}
        .join(u'-');
}

ReceiptNumber ReceiptNumber::parse(const QString &text)
{
    ReceiptNumber r;
    r.m_digits = normalize(text);
    const QString &n = r.m_digits;
    if (n.isEmpty()) {
        r.m_error = tr("The receipt number is empty: type or scan its 17 digits");
        return r;
    }
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (!isAsciiDigit(n.at(i))) {
            r.m_error = tr("Character %1 (\"%2\") of the receipt number is not a digit: a "
                           "receipt number has 17 digits")
                            .arg(i + 1)
                            .arg(n.at(i));
            return r;
        }
    }
    if (n.size() != Length) {
        r.m_error = tr("The receipt number has %1 digits; it must have 17").arg(n.size());
        return r;
    }
    r.m_date = QDate(2000 + n.mid(6, 2).toInt(), n.mid(8, 2).toInt(), n.mid(10, 2).toInt());
    if (checkDigit(n) != 0) {
        r.m_error = tr("The receipt number %1 fails its check digit: a digit was mistyped or "
                       "two were swapped; check it against the receipt")
                        .arg(format(n));
        return r;
    }
    if (!r.m_date.isValid()) {
        r.m_error = tr("Digits 7-12 of the receipt number %1 are not a date (YYMMDD)")
                        .arg(format(n));
        return r;
    }
    if (r.workstation() == 0 || r.sequence() == 0) {
        r.m_error = tr("The receipt number %1 has a zero workstation or sequence: no "
                       "workstation issues such a number")
                        .arg(format(n));
        return r;
    }
    r.m_error.clear();
    return r;
}

} // namespace certdesk

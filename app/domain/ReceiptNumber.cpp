#include "domain/ReceiptNumber.h"

#include "domain/NumberParts.h"

namespace certdesk {

int ReceiptNumber::checkDigit(QStringView digits)
{
    return NumberParts::checkDigit(digits);
}

QString ReceiptNumber::compose(const QString &branchCode, int workstation, const QDate &day,
                               int sequence, QString *error)
{
    QString why;
    switch (NumberParts::checkParts(branchCode, workstation, day, sequence, MaxSequence)) {
    case NumberParts::Problem::None:
        return NumberParts::compose(branchCode, workstation, day, sequence, 4);
    case NumberParts::Problem::BranchCode:
        why = tr("The branch code \"%1\" is not 4 digits: a technician must set "
                 "branch.code before receipts can be numbered")
                  .arg(branchCode);
        break;
    case NumberParts::Problem::Workstation:
        why = tr("The workstation number %1 is not between 1 and 99: a technician must "
                 "set branch.workstation, unique within the branch")
                  .arg(workstation);
        break;
    case NumberParts::Problem::Sequence:
        why = tr("Receipt number %1 of the day is out of range: a workstation numbers at "
                 "most %n receipt(s) a day",
            nullptr, MaxSequence)
                  .arg(sequence);
        break;
    default:
        why = tr("The date %1 cannot be written in a receipt number")
                  .arg(day.toString(Qt::ISODate));
        break;
    }
    if (error)
        *error = why;
    return QString();
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
    return n.size() == Length && NumberParts::allDigits(n);
}

QString ReceiptNumber::format(const QString &digits)
{
    if (digits.size() != Length || !NumberParts::allDigits(digits))
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
        if (n.at(i) < u'0' || n.at(i) > u'9') {
            r.m_error = tr("Character %1 (\"%2\") of the receipt number is not a digit: a "
                           "receipt number has 17 digits")
                            .arg(i + 1)
                            .arg(n.at(i));
            return r;
        }
    }
    if (n.size() != Length) {
        r.m_error
            = tr("The receipt number has %n digit(s); it must have 17", nullptr, int(n.size()));
        return r;
    }
    switch (NumberParts::read(n, 4, &r.m_date)) {
    case NumberParts::Problem::None:
        r.m_error.clear();
        return r;
    case NumberParts::Problem::CheckDigit:
        r.m_error = tr("The receipt number %1 fails its check digit: a digit was mistyped or "
                       "two were swapped; check it against the receipt")
                        .arg(format(n));
        return r;
    case NumberParts::Problem::NotADate:
        r.m_error = tr("Digits 7-12 of the receipt number %1 are not a date (YYMMDD)")
                        .arg(format(n));
        return r;
    default:
        r.m_error = tr("The receipt number %1 has a zero workstation or sequence: no "
                       "workstation issues such a number")
                        .arg(format(n));
        return r;
    }
}

} // namespace certdesk

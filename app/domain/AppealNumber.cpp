#include "domain/AppealNumber.h"

#include "domain/ReceiptNumber.h"

#include <QStringList>

namespace certdesk {

namespace {

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

bool isWellFormed(const QString &stored)
{
    return stored.size() == 1 + AppealNumber::DigitCount && stored.at(0) == AppealNumber::Prefix
           && allDigits(QStringView(stored).mid(1));
}

} // namespace

QString AppealNumber::compose(const QString &branchCode, int workstation, const QDate &day,
                              int sequence, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (branchCode.size() != 4 || !allDigits(branchCode))
        return fail(tr("The branch code \"%1\" is not 4 digits: a technician must set "
                       "branch.code before appeals can be numbered")
                        .arg(branchCode));
    if (workstation < 1 || workstation > 99)
        return fail(tr("The workstation number %1 is not between 1 and 99: a technician must "
                       "set branch.workstation, unique within the branch")
                        .arg(workstation));
    if (!day.isValid() || day.year() < 2000 || day.year() > 2099)
        return fail(tr("The date %1 cannot be written in an appeal number")
                        .arg(day.toString(Qt::ISODate)));
    if (sequence < 1 || sequence > MaxSequence)
        return fail(tr("Appeal %1 of the day is out of range: a workstation numbers at most %2 "
                       "appeals a day")
                        .arg(sequence)
                        .arg(MaxSequence));
    QString digits = branchCode + QStringLiteral("%1").arg(workstation, 2, 10, QLatin1Char('0'))
                     + day.toString(QStringLiteral("yyMMdd"))
                     + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    // One check-digit function for every number CertDesk prints (ReceiptNumber's Damm).
    digits.append(QChar(u'0' + ReceiptNumber::checkDigit(digits)));
    return QChar(Prefix) + digits;
}

QString AppealNumber::normalize(const QString &text)
{
    QString out = ReceiptNumber::normalize(text.trimmed());
    if (!out.isEmpty() && (out.at(0) == u'a' || out.at(0) == u'\u0410' || out.at(0) == u'\u0430'))
        out[0] = QChar(Prefix);
    return out;
}

QString AppealNumber::format(const QString &stored)
{
    if (!isWellFormed(stored))
        return stored;
    return QStringList{stored.left(1), stored.mid(1, 4), stored.mid(5, 2), stored.mid(7, 6),
                       stored.mid(13, 3), stored.right(1)}
        .join(u'-');
}

AppealNumber AppealNumber::parse(const QString &text)
{
    AppealNumber n;
    n.m_stored = normalize(text);
    const QString &s = n.m_stored;
    if (s.isEmpty()) {
        n.m_error = tr("The appeal number is empty: type it as printed, A and 16 digits");
        return n;
    }
    if (s.at(0) != Prefix) {
        n.m_error = ReceiptNumber::looksLikeReceipt(s)
                        ? tr("%1 is a case receipt number, not an appeal number: an appeal "
                             "number starts with A and has 16 digits")
                              .arg(ReceiptNumber::format(s))
                        : tr("The appeal number must start with the letter A, then 16 digits");
        return n;
    }
    const QStringView digits = QStringView(s).mid(1);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (digits.at(i) < u'0' || digits.at(i) > u'9') {
            n.m_error = tr("Character %1 (\"%2\") of the appeal number is not a digit: after "
                           "the A come 16 digits")
                            .arg(i + 2)
                            .arg(digits.at(i));
            return n;
        }
    }
    if (digits.size() != DigitCount) {
        n.m_error = tr("The appeal number has %1 digits after the A; it must have 16")
                        .arg(digits.size());
        return n;
    }
    if (ReceiptNumber::checkDigit(digits) != 0) {
        n.m_error = tr("The appeal number %1 fails its check digit: a digit was mistyped or two "
                       "were swapped; check it against the receipt")
                        .arg(format(s));
        return n;
    }
    n.m_date = QDate(2000 + s.mid(7, 2).toInt(), s.mid(9, 2).toInt(), s.mid(11, 2).toInt());
    if (!n.m_date.isValid()) {
        n.m_error = tr("Digits 7-12 of the appeal number %1 are not a date (YYMMDD)").arg(format(s));
        return n;
    }
    if (n.workstation() == 0 || n.sequence() == 0) {
        n.m_error = tr("The appeal number %1 has a zero workstation or sequence: no workstation "
                       "issues such a number")
                        .arg(format(s));
        return n;
    }
    n.m_error.clear();
    return n;
}

} // namespace certdesk

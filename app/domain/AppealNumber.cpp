#include "domain/AppealNumber.h"

#include "domain/NumberParts.h"

#include "domain/ReceiptNumber.h"

#include <QStringList>

namespace certdesk {

namespace {

bool isWellFormed(const QString &stored)
{
    return stored.size() == 1 + AppealNumber::DigitCount && stored.at(0) == AppealNumber::Prefix
           && NumberParts::allDigits(QStringView(stored).mid(1));
}

} // namespace

QString AppealNumber::compose(const QString &branchCode, int workstation, const QDate &day,
                              int sequence, QString *error)
{
    QString why;
    switch (NumberParts::checkParts(branchCode, workstation, day, sequence, MaxSequence)) {
    case NumberParts::Problem::None:
        return QChar(Prefix) + NumberParts::compose(branchCode, workstation, day, sequence, 3);
    case NumberParts::Problem::BranchCode:
        why = tr("The branch code \"%1\" is not 4 digits: a technician must set "
                 "branch.code before appeals can be numbered")
                  .arg(branchCode);
        break;
    case NumberParts::Problem::Workstation:
        why = tr("The workstation number %1 is not between 1 and 99: a technician must "
                 "set branch.workstation, unique within the branch")
                  .arg(workstation);
        break;
    case NumberParts::Problem::Sequence:
        why = tr("Appeal %1 of the day is out of range: a workstation numbers at most %n "
                 "appeal(s) a day",
            nullptr, MaxSequence)
                  .arg(sequence);
        break;
    default:
        why = tr("The date %1 cannot be written in an appeal number")
                  .arg(day.toString(Qt::ISODate));
        break;
    }
    if (error)
        *error = why;
    return QString();
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
        n.m_error = tr("The appeal number has %n digit(s) after the A; it must have 16", nullptr,
            int(digits.size()));
        return n;
    }
    switch (NumberParts::read(digits, 3, &n.m_date)) {
    case NumberParts::Problem::None:
        n.m_error.clear();
        return n;
    case NumberParts::Problem::CheckDigit:
        n.m_error = tr("The appeal number %1 fails its check digit: a digit was mistyped or two "
                       "were swapped; check it against the receipt")
                        .arg(format(s));
        return n;
    case NumberParts::Problem::NotADate:
        n.m_error = tr("Digits 7-12 of the appeal number %1 are not a date (YYMMDD)").arg(format(s));
        return n;
    default:
        n.m_error = tr("The appeal number %1 has a zero workstation or sequence: no workstation "
                       "issues such a number")
                        .arg(format(s));
        return n;
    }
}

} // namespace certdesk

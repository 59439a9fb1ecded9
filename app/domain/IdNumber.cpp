#include "domain/IdNumber.h"

namespace certdesk {

namespace {

int digitAt(const QString &s, int i)
{
    return s.at(i).unicode() - '0';
}

} // namespace

QString IdNumber::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-' || c == u'\u00a0')
            continue;
        out.append(c);
    }
    return out;
}

int IdNumber::checkDigit(const QString &elevenDigits)
{
    if (elevenDigits.size() < 11)
        return -1;
    int sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digitAt(elevenDigits, i) * (i + 1);
    int s = sum % 11;
    if (s != 10)
        return s;
    static constexpr int second[11] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    sum = 0;
    for (int i = 0; i < 11; ++i)
        sum += digitAt(elevenDigits, i) * second[i];
    s = sum % 11;
    return s == 10 ? -1 : s;
}

void IdNumber::fail(Error error, const QString &text)
{
    m_error = error;
    m_errorText = text;
    m_kind = Kind::Invalid;
}

IdNumber IdNumber::parse(const QString &text)
{
    IdNumber id;
    id.m_number = normalize(text);
    const QString &n = id.m_number;
    if (n.isEmpty()) {
        id.fail(Error::Empty, tr("the number is empty: enter 12 digits"));
        return id;
    }
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (!n.at(i).isDigit() || n.at(i).unicode() > '9') {
            id.fail(Error::NonDigit,
                    tr("character %1 (\"%2\") is not a digit: the number has digits only")
                        .arg(i + 1)
                        .arg(n.at(i)));
            return id;
        }
    }
    if (n.size() != 12) {
        id.fail(Error::Length,
            tr("the number has %n digit(s); it must have exactly 12", nullptr, int(n.size())));
        return id;
    }

    const int fifth = digitAt(n, 4);
    const int yy = digitAt(n, 0) * 10 + digitAt(n, 1);
    const int mm = digitAt(n, 2) * 10 + digitAt(n, 3);

    if (fifth >= 4 && fifth <= 6) {
        // BIN: YYMM of registration, type, attribute, serial, check digit.
        if (mm < 1 || mm > 12) {
            id.fail(Error::ImpossibleDate,
                    tr("digits 3-4 give registration month %1, which does not exist")
                        .arg(mm, 2, 10, QLatin1Char('0')));
            return id;
        }
        const int attribute = digitAt(n, 5);
        if (attribute > 3) {
            id.fail(Error::EntityAttribute,
                    tr("digit 6 is %1; a BIN's attribute digit must be 0 (head office), "
                                   "1 (branch), 2 (representative office) or 3 (peasant farm)")
                        .arg(attribute));
            return id;
        }
        // Two-digit years: BINs exist since 2003 and keep older registration dates, so a
        // fixed pivot keeps this pure (no clock): 51..99 are the 1900s.
        const int year = yy + (yy > 50 ? 1900 : 2000);
        id.m_birthDate = QDate(year, mm, 1);
        id.m_entityType = fifth;
        id.m_entityAttribute = attribute;
        const int check = checkDigit(n);
        if (check < 0 || check != digitAt(n, 11)) {
            id.fail(Error::CheckDigit,
                    check < 0 ? tr("no check digit exists for these first 11 digits: "
                                               "the number was mistyped")
                              : tr("the check digit (the last) does not match: the "
                                               "number was mistyped"));
            return id;
        }
        id.m_kind = Kind::LegalEntity;
        id.m_error = Error::None;
        return id;
    }

    if (fifth > 3) {
        id.fail(Error::ImpossibleDate,
                tr("digit 5 is %1: it is neither the day of birth of an IIN (0-3) nor "
                               "a BIN's type (4-6)")
                    .arg(fifth));
        return id;
    }

    const int c = digitAt(n, 6);
    if (c < 1 || c > 6) {
        id.fail(Error::CenturyDigit,
                tr("digit 7 is %1; the century-and-sex digit must be 1 to 6").arg(c));
        return id;
    }
    id.m_century = c <= 2 ? 1800 : (c <= 4 ? 1900 : 2000);
    const int dd = digitAt(n, 4) * 10 + digitAt(n, 5);
    const QDate birth(id.m_century + yy, mm, dd);
    if (!birth.isValid()) {
        id.fail(Error::ImpossibleDate,
                tr("the first six digits give the birth date %1.%2.%3, which does not exist")
                    .arg(dd, 2, 10, QLatin1Char('0'))
                    .arg(mm, 2, 10, QLatin1Char('0'))
                    .arg(id.m_century + yy));
        return id;
    }
    id.m_birthDate = birth;
    id.m_sex = (c % 2 == 1) ? Sex::Male : Sex::Female;
    const int check = checkDigit(n);
    if (check < 0 || check != digitAt(n, 11)) {
        id.fail(Error::CheckDigit,
                check < 0 ? tr("no check digit exists for these first 11 digits: the "
                                           "number was mistyped")
                          : tr("the check digit (the last) does not match: the number "
                                           "was mistyped"));
        return id;
    }
    id.m_kind = Kind::Individual;
    id.m_error = Error::None;
    return id;
}

int IdNumber::ageOn(const QDate &day) const
{
    if (m_kind != Kind::Individual || !day.isValid())
        return -1;
    // Years are counted like every period of the Civil Code: a period ends on the same
    // day-number, or on the month's last day where it has none, so a person born on 29
    // February has a birthday on 28 February in other years (QDate::addYears clamps so).
    int age = day.year() - m_birthDate.year();
    if (m_birthDate.addYears(age) > day)
        --age;
    return age;
}

QString IdNumber::entityTypeText() const
{
    switch (m_entityType) {
    case 4: return tr("resident legal entity");
    case 5: return tr("non-resident legal entity");
    case 6: return tr("individual entrepreneur in joint business");
    default: return QString();
    }
}

QString IdNumber::entityAttributeText() const
{
    switch (m_entityAttribute) {
    case 0: return tr("head office");
    case 1: return tr("branch");
    case 2: return tr("representative office");
    case 3: return tr("peasant farm");
    default: return QString();
    }
}

QString IdNumber::masked(const QString &number)
{
    if (number.size() != 12)
        return number;
    return number.left(4) + tr("••••") + number.right(4);
}

} // namespace certdesk

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace certdesk {

/// The number on an appeal's receipt, unique across every workstation of every branch without
/// asking a server, built like a case receipt (ReceiptNumber) so that it never can be one:
/// the letter A, then branch code (4 digits) + workstation (2) + local date YYMMDD + the
/// workstation's appeal sequence of the day (3) + the same Damm check digit (1) = 16 digits,
/// printed A-7501-01-260302-001-5. A case receipt has 17 digits and no letter, so neither
/// number passes for the other even with the letter dropped (docs/appeals.md).
class AppealNumber
{
    Q_DECLARE_TR_FUNCTIONS(AppealNumber)

public:
    static constexpr int DigitCount = 16;
    static constexpr int MaxSequence = 999;
    static constexpr char16_t Prefix = u'A';

    /// The stored form "A" + 16 digits for these parts, or empty with the reason in error.
    static QString compose(const QString &branchCode, int workstation, const QDate &day,
                           int sequence, QString *error);
    /// The stored form of what a person typed, scanned or pasted: separators dropped, the
    /// letter upper-cased (a Cyrillic А read as the Latin A). Not validated.
    static QString normalize(const QString &text);
    /// Grouped for people: A-7501-01-260302-001-5. Anything else comes back as it is.
    static QString format(const QString &stored);

    static AppealNumber parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QString stored() const { return m_stored; }
    QString formatted() const { return format(m_stored); }
    QString branchCode() const { return m_stored.mid(1, 4); }
    int workstation() const { return m_stored.mid(5, 2).toInt(); }
    QDate date() const { return m_date; }
    int sequence() const { return m_stored.mid(13, 3).toInt(); }

private:
    QString m_stored;
    QDate m_date;
    QString m_error = QStringLiteral("empty");
};

} // namespace certdesk

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace certdesk {

/// The number printed on an intake receipt, unique across every workstation of every branch
/// without asking a server: branch code (4 digits) + workstation (2) + local date YYMMDD +
/// the workstation's sequence of the day (4) + a Damm check digit (1) = 17 digits, printed
/// grouped as 0101-03-261124-0042-7. The check digit catches every single mistyped digit and
/// every swap of two neighbours, so a mistyped number is refused instead of opening another
/// case.
class ReceiptNumber
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptNumber)

public:
    static constexpr int Length = 17;
    static constexpr int MaxSequence = 9999;

    /// The 17 digits for these parts, or an empty string with the reason in error.
    static QString compose(const QString &branchCode, int workstation, const QDate &day,
                           int sequence, QString *error);
    /// The Damm check digit of a string of digits, or -1 when it holds anything else.
    static int checkDigit(QStringView digits);
    /// Digits only: the spaces, hyphens and dots a person or a scanner may add are dropped.
    static QString normalize(const QString &text);
    /// True when the text, once normalized, is 17 digits (valid or not): what search tries.
    static bool looksLikeReceipt(const QString &text);
    /// Grouped for people: 0101-03-261124-0042-7. Text that is not 17 digits comes back as is.
    static QString format(const QString &digits);

    /// Reads a typed, scanned or pasted number; isValid() says whether it can be a receipt.
    static ReceiptNumber parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QString digits() const { return m_digits; }
    QString formatted() const { return format(m_digits); }
    QString branchCode() const { return m_digits.left(4); }
    int workstation() const { return m_digits.mid(4, 2).toInt(); }
    QDate date() const { return m_date; }
    int sequence() const { return m_digits.mid(12, 4).toInt(); }

private:
    QString m_digits;
    QDate m_date;
    QString m_error = QStringLiteral("empty");
};

} // namespace certdesk

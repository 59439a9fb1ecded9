#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace certdesk {

/// An IIN (individual) or BIN (legal entity): 12 digits with a check digit, Government
/// Decree No. 565 of 11 June 2003. A pure value: parse() says what it is, or what is wrong.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    enum class Kind { Invalid, Individual, LegalEntity };
    enum class Sex { Unknown, Male, Female };
    enum class Error {
        None,
        Empty,
        Length,
        NonDigit,
        ImpossibleDate,
        CenturyDigit,
        EntityType,
        EntityAttribute,
        CheckDigit,
    };

    /// Parses text as typed or pasted: spaces and hyphens between digits are ignored.
    static IdNumber parse(const QString &text);
    /// Digits only, with the separators a person or a scanner may add removed.
    static QString normalize(const QString &text);
    /// The check digit computed for the first 11 digits, or -1 when none exists.
    static int checkDigit(const QString &elevenDigits);

    bool isValid() const { return m_error == Error::None; }
    Kind kind() const { return m_kind; }
    Error error() const { return m_error; }
    /// A plain-words reason a clerk understands, in the language of the installed translator.
    QString errorText() const { return m_errorText; }
    QString number() const { return m_number; }

    // Individuals
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }
    int century() const { return m_century; } ///< 1800, 1900 or 2000
    /// Whole years of age on the given day.
    int ageOn(const QDate &day) const;

    // Legal entities
    QDate registrationMonth() const { return m_birthDate; } ///< first day of the month
    int entityType() const { return m_entityType; }         ///< 4, 5 or 6
    int entityAttribute() const { return m_entityAttribute; } ///< 0..3
    QString entityTypeText() const;
    QString entityAttributeText() const;

    /// 12 digits with the middle hidden, for lists and registers that do not need it all.
    static QString masked(const QString &number);

private:
    void fail(Error error, const QString &text);

    QString m_number;
    Kind m_kind = Kind::Invalid;
    Error m_error = Error::Empty;
    QString m_errorText;
    QDate m_birthDate;
    Sex m_sex = Sex::Unknown;
    int m_century = 0;
    int m_entityType = 0;
    int m_entityAttribute = -1;
};

} // namespace certdesk

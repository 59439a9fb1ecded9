#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Application.h"

namespace certdesk {

class ApostilleCountries;

/// The part of the application a check belongs to: the intake wizard shows each page's own.
enum class IntakeSection { Applicant, Subject, Presenter, Identity, Purpose, Contact };

/// The verdict of one rule on one field.
struct CheckResult
{
    enum class Outcome {
        Passed,
        Warning, ///< told to the recipient; does not stop the intake
        Refused, ///< a rule of the service says no: only a supervisor override passes it
        Invalid, ///< the input itself is wrong or missing: the clerk corrects it
        Barred, ///< the law makes it useless: no override passes it; the clerk chooses otherwise
    };

    QString rule;  ///< stable word, recorded in the received event (poa_in_term, ...)
    QString field; ///< the path in the received event's data (presenter.poa.issued_on)
    Outcome outcome = Outcome::Passed;
    IntakeSection section = IntakeSection::Subject;
    QString message; ///< names the field, what is wrong, the rule and what to do

    bool isProblem() const
    {
        return outcome == Outcome::Refused || outcome == Outcome::Invalid
            || outcome == Outcome::Barred;
    }
    bool canOverride() const { return outcome == Outcome::Refused; }
    static QString outcomeName(Outcome outcome);
};

/// Every check the counter makes before a case exists (DOMAIN.md sections 2 and 6): pure
/// functions of the application and the day, so the wizard, the service and the tests ask
/// the same questions and get the same answers.
class IntakeChecks
{
    Q_DECLARE_TR_FUNCTIONS(IntakeChecks)

public:
    static constexpr int AdultAge = 18;
    static constexpr int PoaMaxMonths = 36;    ///< Civil Code art. 170: at most 3 years
    static constexpr int PoaDefaultMonths = 12; ///< no term stated: 1 year

    /// The document that lets the one at the counter act for the person, by the person's
    /// age on the day: an adult's notarized power of attorney, a minor's birth certificate
    /// (shown by a parent or guardian only), or none (the person themselves; a minor brought
    /// by anyone else, which no document can make right).
    enum class PresenterDocument { None, PowerOfAttorney, BirthCertificate };

    struct Context
    {
        QDate today; ///< the branch's date of the intake
        const ApostilleCountries *countries = nullptr; ///< null: the built-in lists
    };

    /// The application as it will be stored: spaces and separators dropped, names cleaned
    /// (NameNormalizer), birth date and sex taken from the IIN, the parts that do not apply
    /// to the chosen options emptied. What changed is described in notes.
    static Application normalized(const Application &application, QStringList *notes = nullptr);

    /// Runs every rule on a normalized application: passed ones too, for the record.
    static QList<CheckResult> run(const Application &application, const Context &context);
    /// The rules of one part only (a wizard page).
    static QList<CheckResult> run(const Application &application, const Context &context,
                                  IntakeSection section);
    static QList<CheckResult> problems(const QList<CheckResult> &results);

    /// A phone for notices as +7XXXXXXXXXX (or +<country><number>), or empty with a reason.
    static QString normalizePhone(const QString &text, QString *error);
    /// The period a power of attorney is valid to (inclusive): its stated term capped at 3
    /// years, or 1 year when it states none. Invalid when undated.
    static QDate poaValidTo(const Application::PowerOfAttorney &poa);
    /// Which document the presenter must show for this person on that day; None too while
    /// the person's IIN gives no age.
    static PresenterDocument presenterDocument(const Application &application, const QDate &today);

    /// What the clerk reads for a field path ("Power of attorney: date of issue").
    static QString fieldLabel(const QString &field);
    /// [{rule, field, result}] for the received event: passed, warned or overridden.
    static QJsonArray toJson(const QList<CheckResult> &results);
};

} // namespace certdesk

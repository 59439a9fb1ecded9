#include "domain/IntakeVerdicts.h"

#include "domain/ApostilleCountries.h"
#include "domain/IdNumber.h"
#include "domain/NameNormalizer.h"

namespace certdesk {

// Every message keeps the IntakeChecks translation context it was written in.

const ApostilleCountries &IntakeVerdicts::countries() const
{
    return m_context.countries ? *m_context.countries : ApostilleCountries::builtIn();
}

void IntakeVerdicts::invalid(const char *rule, const char *field, const QString &problem,
                             const QString &action)
{
    add(rule, field, Outcome::Invalid, compose(field, problem, QString(), action));
}

void IntakeVerdicts::refuse(const char *rule, const char *field, const QString &problem,
                            const QString &ruleText, const QString &action)
{
    add(rule, field, Outcome::Refused, compose(field, problem, ruleText, action));
}

void IntakeVerdicts::bar(const char *rule, const char *field, const QString &problem,
    const QString &ruleText, const QString &action)
{
    add(rule, field, Outcome::Barred, compose(field, problem, ruleText, action));
}

void IntakeVerdicts::warn(const char *rule, const char *field, const QString &problem,
                          const QString &action)
{
    add(rule, field, Outcome::Warning, compose(field, problem, QString(), action));
}

bool IntakeVerdicts::required(const char *field, const QString &value, const QString &action)
{
    if (!value.trimmed().isEmpty())
        return true;
    invalid("required", field, IntakeChecks::tr("is empty"),
            action.isEmpty() ? IntakeChecks::tr("Fill it in.") : action);
    return false;
}

bool IntakeVerdicts::requiredDate(const char *field, const QDate &value)
{
    if (value.isValid())
        return true;
    invalid("required", field, IntakeChecks::tr("is empty"),
            IntakeChecks::tr("Enter the date as DD.MM.YYYY."));
    return false;
}

bool IntakeVerdicts::iin(const char *rule, const char *field, const QString &value)
{
    if (!required(field, value, IntakeChecks::tr("Enter the 12 digits of the IIN.")))
        return false;
    const IdNumber id = IdNumber::parse(value);
    if (!id.isValid()) {
        invalid(rule, field, id.errorText(), IntakeChecks::tr("Check the IIN against the document."));
        return false;
    }
    if (id.kind() != IdNumber::Kind::Individual) {
        invalid(rule, field, IntakeChecks::tr("%1 is a BIN of a legal entity, not an IIN").arg(value),
                IntakeChecks::tr("Enter the IIN of the person."));
        return false;
    }
    if (id.birthDate() > today()) {
        invalid(rule, field,
                IntakeChecks::tr("the IIN gives the birth date %1, which is after today")
                    .arg(id.birthDate().toString(QStringLiteral("dd.MM.yyyy"))),
                IntakeChecks::tr("Check the IIN against the document."));
        return false;
    }
    pass(rule, field);
    return true;
}

void IntakeVerdicts::name(const char *field, const QString &value, bool isRequired)
{
    if (isRequired && !required(field, value))
        return;
    const NameNormalizer::Result r = NameNormalizer::normalize(value);
    if (!r.ok)
        invalid("name_valid", field, r.error, QString());
}

void IntakeVerdicts::names(const char *surname, const char *given, const char *patronymic,
                           const PersonName &n)
{
    name(surname, n.surname, true);
    name(given, n.givenName, true);
    name(patronymic, n.patronymic, false);
}

QString IntakeVerdicts::compose(const char *field, const QString &problem, const QString &ruleText,
                                const QString &action)
{
    QString text = IntakeChecks::fieldLabel(QString::fromLatin1(field)) + QStringLiteral(": ")
                   + problem + u'.';
    if (!ruleText.isEmpty())
        text += u' ' + IntakeChecks::tr("Rule: %1.").arg(ruleText);
    if (!action.isEmpty())
        text += u' ' + action;
    return text;
}

void IntakeVerdicts::add(const char *rule, const char *field, Outcome outcome, const QString &message)
{
    CheckResult r;
    r.rule = QString::fromLatin1(rule);
    r.field = QString::fromLatin1(field);
    r.outcome = outcome;
    r.section = m_section;
    r.message = message;
    m_results.append(r);
}

} // namespace certdesk

#include "domain/IntakeChecks.h"

#include "domain/ApostilleCountries.h"
#include "domain/Custody.h"
#include "domain/IntakeFields.h"
#include "domain/IntakeNormalizer.h"
#include "domain/IntakeVerdicts.h"
#include "domain/IdNumber.h"
#include "domain/NameNormalizer.h"

#include <QJsonObject>

#include <algorithm>

namespace certdesk {

namespace {

using Outcome = CheckResult::Outcome;
using Kind = Application::PresenterKind;

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

/// The person's age on the day from their IIN; -1 when the IIN gives none.
int subjectAge(const Application &a, const QDate &today)
{
    const IdNumber subject = IdNumber::parse(a.subject.iin);
    if (!subject.isValid() || subject.kind() != IdNumber::Kind::Individual
        || subject.birthDate() > today)
        return -1;
    return subject.ageOn(today);
}

// --- the sections --------------------------------------------------------------------------

void checkApplicant(const Application &a, IntakeVerdicts &v)
{
    if (a.applicant.kind != Application::ApplicantKind::LegalEntity)
        return;
    if (v.required("applicant.bin", a.applicant.bin, IntakeChecks::tr("Enter the 12 digits of the BIN."))) {
        const IdNumber bin = IdNumber::parse(a.applicant.bin);
        if (!bin.isValid())
            v.invalid("bin_valid", "applicant.bin", bin.errorText(),
                      IntakeChecks::tr("Check the BIN against the registration certificate."));
        else if (bin.kind() != IdNumber::Kind::LegalEntity)
            v.invalid("bin_valid", "applicant.bin",
                      IntakeChecks::tr("%1 is the IIN of an individual, not a BIN").arg(bin.number()),
                      IntakeChecks::tr("Enter the legal entity's BIN."));
        else
            v.pass("bin_valid", "applicant.bin");
    }
    v.required("applicant.name", a.applicant.name);
}

void checkSubject(const Application &a, IntakeVerdicts &v)
{
    v.iin("iin_valid", "subject.iin", a.subject.iin);
    v.names("subject.surname", "subject.given_name", "subject.patronymic", a.subject.name);

    const Application::Previous &p = a.subject.previous;
    if (!p.present)
        return;
    if (p.name.isEmpty() && !p.birthDate.isValid()) {
        v.invalid("required", "subject.previous", IntakeChecks::tr("nothing is entered"),
            IntakeChecks::tr(
                "Enter the previous surname, name, patronymic or birth date "
                "that changed, or untick \"The surname, name, patronymic or date of birth "
                "changed\"."));
    }
    v.name("subject.previous.surname", p.name.surname, false);
    v.name("subject.previous.given_name", p.name.givenName, false);
    v.name("subject.previous.patronymic", p.name.patronymic, false);
    if (p.birthDate.isValid() && p.birthDate > v.today())
        v.invalid("date_order", "subject.previous.birth_date",
                  IntakeChecks::tr("%1 is after today").arg(dmy(p.birthDate)),
                  IntakeChecks::tr("Check the date."));
    v.required("subject.previous.document.type", p.document.type,
               IntakeChecks::tr("Enter the document confirming the change (e.g. marriage "
                                "certificate)."));
    v.required("subject.previous.document.number", p.document.number);
    if (v.requiredDate("subject.previous.document.issued_on", p.document.issuedOn)
        && p.document.issuedOn > v.today())
        v.invalid("date_order", "subject.previous.document.issued_on",
                  IntakeChecks::tr("%1 is after today").arg(dmy(p.document.issuedOn)),
                  IntakeChecks::tr("Check the date."));
}

void checkPowerOfAttorney(const Application &a, int age, IntakeVerdicts &v)
{
    const Application::PowerOfAttorney &poa = a.presenter.poa;
    if (poa.isEmpty()) {
        v.refuse("poa_required", "presenter.poa",
            IntakeChecks::tr("none is recorded, and the person is an adult (%n year(s) old) "
                             "presented by someone else",
                nullptr, age),
            IntakeChecks::tr("a certificate about another adult is issued only on a notarized "
                             "power of attorney issued by that person"),
            IntakeChecks::tr("Ask for the power of attorney, or for the person to come."));
        return;
    }
    v.required("presenter.poa.notary", poa.notary);
    v.required("presenter.poa.registration_number", poa.registrationNumber);

    if (!poa.issuedOn.isValid()) {
        v.refuse("poa_dated", "presenter.poa.issued_on",
                 IntakeChecks::tr("the power of attorney has no date of issue"),
                 IntakeChecks::tr("an undated power of attorney is void (Civil Code art. 170)"),
                 IntakeChecks::tr("Ask for a dated notarized power of attorney."));
    } else {
        v.pass("poa_dated", "presenter.poa.issued_on");
        const QDate to = IntakeChecks::poaValidTo(poa);
        if (poa.validUntil.isValid() && poa.validUntil < poa.issuedOn) {
            v.invalid("date_order", "presenter.poa.valid_until",
                      IntakeChecks::tr("%1 is before the date of issue %2")
                          .arg(dmy(poa.validUntil), dmy(poa.issuedOn)),
                      IntakeChecks::tr("Check both dates against the power of attorney."));
        } else if (poa.issuedOn > v.today()) {
            v.refuse("poa_in_term", "presenter.poa.issued_on",
                     IntakeChecks::tr("the power of attorney is dated %1, after today")
                         .arg(dmy(poa.issuedOn)),
                     IntakeChecks::tr("a power of attorney acts from its date of issue"),
                     IntakeChecks::tr("Check the date; a power of attorney from the future "
                                      "cannot be accepted."));
        } else if (v.today() > to) {
            QString why;
            if (!poa.validUntil.isValid())
                why = IntakeChecks::tr("it states no term, so it lasted 1 year from %1 and "
                                       "ended on %2")
                          .arg(dmy(poa.issuedOn), dmy(to));
            else if (poa.validUntil > to)
                why = IntakeChecks::tr("its term to %1 is longer than the 3 years the law "
                                       "allows, so it ended on %2")
                          .arg(dmy(poa.validUntil), dmy(to));
            else
                why = IntakeChecks::tr("its term ended on %1").arg(dmy(to));
            v.refuse("poa_in_term", "presenter.poa.valid_until",
                     IntakeChecks::tr("the power of attorney has expired: %1").arg(why),
                     IntakeChecks::tr("a power of attorney lasts its stated term, at most 3 "
                                      "years, and 1 year when no term is stated (Civil Code "
                                      "art. 170)"),
                     IntakeChecks::tr("Ask for a new notarized power of attorney."));
        } else {
            v.pass("poa_in_term", "presenter.poa.valid_until");
        }
    }

    if (v.iin("iin_valid", "presenter.poa.principal_iin", poa.principalIin)) {
        if (IdNumber::normalize(poa.principalIin) != a.subject.iin)
            v.refuse("poa_principal", "presenter.poa.principal_iin",
                     IntakeChecks::tr("the power of attorney was issued by IIN %1, not by the "
                                      "person the certificate is about (IIN %2)")
                         .arg(poa.principalIin, a.subject.iin),
                     IntakeChecks::tr("the principal must be the person the certificate is about"),
                     IntakeChecks::tr("Ask for a power of attorney issued by that person."));
        else
            v.pass("poa_principal", "presenter.poa.principal_iin");
    }
    if (v.iin("iin_valid", "presenter.poa.agent_iin", poa.agentIin)) {
        if (IdNumber::normalize(poa.agentIin) != a.presenter.iin)
            v.refuse("poa_agent", "presenter.poa.agent_iin",
                     IntakeChecks::tr("the power of attorney names IIN %1 as the agent, but the "
                                      "one at the counter has IIN %2")
                         .arg(poa.agentIin, a.presenter.iin),
                     IntakeChecks::tr("the agent named in the power of attorney must be the one "
                                      "at the counter"),
                     IntakeChecks::tr("Only the agent it names may apply with it."));
        else
            v.pass("poa_agent", "presenter.poa.agent_iin");
    }
}

void checkBirthCertificate(const Application &a, int age, IntakeVerdicts &v)
{
    const Application::BirthCertificate &bc = a.presenter.birthCertificate;
    const QString rule = IntakeChecks::tr("a certificate about a minor is taken from another "
                                          "person only with a birth certificate linking them as "
                                          "parent and child");
    if (a.presenter.kind != Kind::Parent || bc.isEmpty()) {
        v.refuse("minor_birth_certificate",
            a.presenter.kind != Kind::Parent ? "presenter.kind" : "presenter.birth_certificate",
            IntakeChecks::tr("the person is a minor (%n year(s) old today) and the one at the "
                             "counter shows no birth certificate linking them",
                nullptr, age),
            rule,
            IntakeChecks::tr("A parent or guardian must come with the child's birth "
                             "certificate."));
        return;
    }
    v.required("presenter.birth_certificate.number", bc.number);
    if (v.requiredDate("presenter.birth_certificate.issued_on", bc.issuedOn)
        && bc.issuedOn > v.today())
        v.invalid("date_order", "presenter.birth_certificate.issued_on",
                  IntakeChecks::tr("%1 is after today").arg(dmy(bc.issuedOn)),
                  IntakeChecks::tr("Check the date."));

    bool linked = true;
    if (v.iin("iin_valid", "presenter.birth_certificate.child_iin", bc.childIin)
        && IdNumber::normalize(bc.childIin) != a.subject.iin) {
        linked = false;
        v.refuse("minor_birth_certificate", "presenter.birth_certificate.child_iin",
                 IntakeChecks::tr("the birth certificate is for the child with IIN %1, not for the "
                                  "person the certificate is about (IIN %2)")
                     .arg(bc.childIin, a.subject.iin),
                 rule, IntakeChecks::tr("Ask for this child's birth certificate."));
    }
    if (!bc.parentIin.isEmpty()) {
        if (v.iin("iin_valid", "presenter.birth_certificate.parent_iin", bc.parentIin)
            && IdNumber::normalize(bc.parentIin) != a.presenter.iin) {
            linked = false;
            v.refuse("minor_birth_certificate", "presenter.birth_certificate.parent_iin",
                     IntakeChecks::tr("the parent on the birth certificate has IIN %1, but the "
                                      "one at the counter has IIN %2")
                         .arg(bc.parentIin, a.presenter.iin),
                     rule, IntakeChecks::tr("Only a parent named on it may apply with it."));
        }
    } else if (v.required("presenter.birth_certificate.parent", bc.parent.surname,
                          IntakeChecks::tr("Enter the parent named on the birth certificate."))) {
        const bool same =
            NameNormalizer::comparisonKey(bc.parent.surname)
                == NameNormalizer::comparisonKey(a.presenter.name.surname)
            && NameNormalizer::comparisonKey(bc.parent.givenName)
                   == NameNormalizer::comparisonKey(a.presenter.name.givenName);
        if (!same) {
            linked = false;
            v.refuse("minor_birth_certificate", "presenter.birth_certificate.parent",
                     IntakeChecks::tr("the birth certificate names %1 as the parent, but %2 is "
                                      "at the counter")
                         .arg(bc.parent.fullName(), a.presenter.name.fullName()),
                     rule, IntakeChecks::tr("Only a parent named on it may apply with it."));
        }
    }
    if (linked)
        v.pass("minor_birth_certificate", "presenter.birth_certificate");
}

void checkPresenter(const Application &a, IntakeVerdicts &v)
{
    const bool entity = a.applicant.kind == Application::ApplicantKind::LegalEntity;
    if (entity && a.presenter.kind != Kind::EntityRepresentative)
        v.invalid("presenter_kind", "presenter.kind",
                  IntakeChecks::tr("a legal entity's application is brought by its representative"),
                  IntakeChecks::tr("Choose \"a legal entity's representative\"."));
    if (!entity && a.presenter.kind == Kind::EntityRepresentative)
        v.invalid("presenter_kind", "presenter.kind",
                  IntakeChecks::tr("the applicant is an individual, not a legal entity"),
                  IntakeChecks::tr("Choose another option, or make the applicant a legal entity."));
    if (a.presenter.kind == Kind::Self)
        return;

    if (v.iin("iin_valid", "presenter.iin", a.presenter.iin) && a.presenter.iin == a.subject.iin)
        v.invalid("presenter_kind", "presenter.iin",
                  IntakeChecks::tr("is the IIN of the person the certificate is about"),
                  IntakeChecks::tr("When the person applies themselves, choose \"the person "
                                   "themselves\"."));
    v.names("presenter.surname", "presenter.given_name", "presenter.patronymic", a.presenter.name);

    const int age = subjectAge(a, v.today());
    if (age < 0)
        return; // the subject page reports it; age is unknown
    if (age < IntakeChecks::AdultAge)
        checkBirthCertificate(a, age, v);
    else
        checkPowerOfAttorney(a, age, v);
}

void checkIdentity(const Application &a, IntakeVerdicts &v)
{
    const Application::IdentityDocument &d = a.identity;
    if (d.type == Application::IdentityType::EDocument) {
        if (!v.required("identity_document.e_code", d.eCode,
                        IntakeChecks::tr("Ask the person for the code shown in the eGov mobile app.")))
            return;
        const bool digits = std::all_of(d.eCode.cbegin(), d.eCode.cend(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits || d.eCode.size() < 4 || d.eCode.size() > 8)
            v.invalid("e_code_valid", "identity_document.e_code",
                      IntakeChecks::tr("\"%1\" is not a code of the digital documents service "
                                       "(4 to 8 digits)")
                          .arg(d.eCode),
                      IntakeChecks::tr("Ask the person to read the code again."));
        else
            v.pass("e_code_valid", "identity_document.e_code");
        return;
    }
    if (v.required("identity_document.number", d.number)) {
        const bool plain = std::all_of(d.number.cbegin(), d.number.cend(),
                                       [](QChar c) { return c.isLetterOrNumber(); });
        if (!plain || d.number.size() < 5 || d.number.size() > 20)
            v.invalid("document_number", "identity_document.number",
                      IntakeChecks::tr("\"%1\" is not a document number (5 to 20 letters and "
                                       "digits)")
                          .arg(d.number),
                      IntakeChecks::tr("Copy it from the document."));
    }
    v.required("identity_document.issuer", d.issuer);
    const bool issued = v.requiredDate("identity_document.issued_on", d.issuedOn);
    const bool expires = v.requiredDate("identity_document.expires_on", d.expiresOn);
    if (issued && d.issuedOn > v.today())
        v.refuse("identity_document_issued", "identity_document.issued_on",
                 IntakeChecks::tr("the document is dated %1, after today").arg(dmy(d.issuedOn)),
                 IntakeChecks::tr("an identity document cannot be issued in the future"),
                 IntakeChecks::tr("Check the date against the document."));
    else if (issued)
        v.pass("identity_document_issued", "identity_document.issued_on");
    if (issued && expires && d.expiresOn < d.issuedOn)
        v.invalid("date_order", "identity_document.expires_on",
                  IntakeChecks::tr("%1 is before the date of issue %2")
                      .arg(dmy(d.expiresOn), dmy(d.issuedOn)),
                  IntakeChecks::tr("Check both dates against the document."));
    else if (expires && d.expiresOn < v.today())
        v.refuse("identity_document_valid", "identity_document.expires_on",
                 IntakeChecks::tr("the document expired on %1").arg(dmy(d.expiresOn)),
                 IntakeChecks::tr("the identity document must be valid on the day of application"),
                 IntakeChecks::tr("Ask for a valid document or an e-document from the eGov app."));
    else if (expires)
        v.pass("identity_document_valid", "identity_document.expires_on");
}

void checkPurpose(const Application &a, IntakeVerdicts &v)
{
    const ApostilleCountries &countries = v.countries();
    if (a.purpose == Application::Purpose::Abroad && !a.country.isEmpty()) {
        const auto answer = countries.check(a.country, v.today());
        if (answer.status == ApostilleCountries::Status::Unknown
            || answer.status == ApostilleCountries::Status::Home)
            v.invalid("country_valid", "country", answer.reason,
                      IntakeChecks::tr("Choose the country of destination from the list."));
    }
    if (a.purpose != Application::Purpose::Apostille)
        return;
    if (v.required("country", a.country,
                   IntakeChecks::tr("Choose the country where the apostilled certificate will be "
                                    "used."))) {
        const auto answer = countries.check(a.country, v.today());
        switch (answer.status) {
        case ApostilleCountries::Status::Unknown:
        case ApostilleCountries::Status::Home:
            v.invalid("country_valid", "country", answer.reason,
                      IntakeChecks::tr("Choose the country of destination from the list."));
            break;
        case ApostilleCountries::Status::NotParty:
            // An apostille there is legally useless: nobody may let it through.
            v.bar("apostille_in_force", "country", answer.reason,
                IntakeChecks::tr("an apostille is affixed only for countries where the Hague "
                                 "Convention of 5 October 1961 is in force; no override "
                                 "applies"),
                IntakeChecks::tr("Take it for travel abroad without an apostille: the "
                                 "consulate legalizes the paper certificate; no state fee is "
                                 "taken."));
            break;
        case ApostilleCountries::Status::NotYetInForce:
            v.refuse("apostille_in_force", "country", answer.reason,
                     IntakeChecks::tr("an apostille is affixed only for countries where the "
                                      "Hague Convention is in force on the day"),
                     IntakeChecks::tr("Apply on or after %1, or without an apostille.")
                         .arg(dmy(answer.inForceFrom)));
            break;
        case ApostilleCountries::Status::InForce:
            v.pass("apostille_in_force", "country");
            break;
        }
        if (!answer.legalAssistance.isEmpty()) {
            const QString problem = countries.noApostilleNeeded(a.country);
            if (a.noApostilleNeededAcknowledged)
                v.warn("apostille_not_needed", "country", problem,
                       IntakeChecks::tr("The recipient was told and still wants the apostille."));
            else
                v.invalid("apostille_not_needed", "country", problem,
                          IntakeChecks::tr("Tell the recipient before taking any fee; tick "
                                           "\"The recipient was told\" only if they still want "
                                           "the apostille, or choose \"abroad\" without one."));
        }
    }
    // No fee is asked for an apostille that cannot be, or need not be, affixed.
    const auto answer = countries.check(a.country, v.today());
    if (a.country.isEmpty() || !answer.feeMayBeTaken(a.noApostilleNeededAcknowledged))
        return;
    if (a.fee.paymentRef.trimmed().isEmpty())
        v.refuse("apostille_payment", "fee.payment_ref",
                 IntakeChecks::tr("no payment of the state fee of %1 tenge is recorded")
                     .arg(a.fee.amount),
                 IntakeChecks::tr("the apostille is affixed only after the state fee is paid"),
                 IntakeChecks::tr("Enter the reference of the payment."));
    else
        v.pass("apostille_payment", "fee.payment_ref");
}

void checkContact(const Application &a, IntakeVerdicts &v)
{
    if (!v.required("phone", a.phone, IntakeChecks::tr("Enter a phone number for notices.")))
        return;
    QString error;
    if (IntakeChecks::normalizePhone(a.phone, &error).isEmpty())
        v.invalid("phone_valid", "phone", error, IntakeChecks::tr("Enter it as +7 7XX XXX XX XX."));
    else
        v.pass("phone_valid", "phone");
}

} // namespace

QString CheckResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Passed: return QStringLiteral("passed");
    case Outcome::Warning: return QStringLiteral("warned");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Invalid: return QStringLiteral("invalid");
    case Outcome::Barred:
        return QStringLiteral("barred");
    }
    return QString();
}

QString IntakeChecks::normalizePhone(const QString &text, QString *error)
{
    return IntakeNormalizer::phone(text, error);
}

QDate IntakeChecks::poaValidTo(const Application::PowerOfAttorney &poa)
{
    if (!poa.issuedOn.isValid())
        return QDate();
    if (!poa.validUntil.isValid())
        return Custody::addMonths(poa.issuedOn, PoaDefaultMonths);
    return std::min(poa.validUntil, Custody::addMonths(poa.issuedOn, PoaMaxMonths));
}

IntakeChecks::PresenterDocument IntakeChecks::presenterDocument(
    const Application &a, const QDate &today)
{
    const int age = subjectAge(a, today);
    if (a.presenter.kind == Kind::Self || age < 0)
        return PresenterDocument::None;
    if (age >= AdultAge)
        return PresenterDocument::PowerOfAttorney;
    return a.presenter.kind == Kind::Parent ? PresenterDocument::BirthCertificate
                                            : PresenterDocument::None;
}

Application IntakeChecks::normalized(const Application &in, QStringList *notes)
{
    return IntakeNormalizer::normalized(in, notes);
}

QList<CheckResult> IntakeChecks::run(const Application &a, const Context &context)
{
    IntakeVerdicts v(context, IntakeSection::Applicant);
    checkApplicant(a, v);
    v.setSection(IntakeSection::Subject);
    checkSubject(a, v);
    v.setSection(IntakeSection::Presenter);
    checkPresenter(a, v);
    v.setSection(IntakeSection::Identity);
    checkIdentity(a, v);
    v.setSection(IntakeSection::Purpose);
    checkPurpose(a, v);
    v.setSection(IntakeSection::Contact);
    checkContact(a, v);
    return v.take();
}

QList<CheckResult> IntakeChecks::run(const Application &a, const Context &context,
                                     IntakeSection section)
{
    QList<CheckResult> out;
    for (const CheckResult &r : run(a, context)) {
        if (r.section == section)
            out.append(r);
    }
    return out;
}

QList<CheckResult> IntakeChecks::problems(const QList<CheckResult> &results)
{
    QList<CheckResult> out;
    for (const CheckResult &r : results) {
        if (r.isProblem())
            out.append(r);
    }
    return out;
}

QJsonArray IntakeChecks::toJson(const QList<CheckResult> &results)
{
    QJsonArray out;
    for (const CheckResult &r : results) {
        const QString result = r.outcome == CheckResult::Outcome::Refused
                                   ? QStringLiteral("overridden")
                                   : CheckResult::outcomeName(r.outcome);
        out.append(QJsonObject{{QLatin1String("rule"), r.rule},
                               {QLatin1String("field"), r.field},
                               {QLatin1String("result"), result}});
    }
    return out;
}

QString IntakeChecks::fieldLabel(const QString &field)
{
    return IntakeFields::label(field);
}

} // namespace certdesk

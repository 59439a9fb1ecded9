#include "domain/Appeal.h"

#include <array>
#include <utility>

namespace certdesk {

namespace {

constexpr std::array<std::pair<Appeal::About, const char *>, 4> kAboutNames{{
    {Appeal::About::Service, "service"},
    {Appeal::About::Decision, "decision"},
    {Appeal::About::Action, "action"},
    {Appeal::About::Inaction, "inaction"},
}};

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject nameJson(const PersonName &n)
{
    return QJsonObject{{QLatin1String("surname"), n.surname},
                       {QLatin1String("given_name"), n.givenName},
                       {QLatin1String("patronymic"), n.patronymic}};
}

PersonName readName(const QJsonObject &o)
{
    return PersonName{str(o, "surname"), str(o, "given_name"), str(o, "patronymic")};
}

/// Object keys of patch replace those of base; nested objects merge the same way.
QJsonObject deepMerge(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), deepMerge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

QString Appeal::applicantName() const
{
    if (applicant.kind == ApplicantKind::LegalEntity)
        return applicant.entityName;
    return applicant.name.fullName();
}

QString Appeal::kindName(Kind kind)
{
    return kind == Kind::Complaint ? QStringLiteral("complaint") : QStringLiteral("appeal");
}

QString Appeal::aboutName(About about)
{
    for (const auto &[a, name] : kAboutNames) {
        if (a == about)
            return QString::fromLatin1(name);
    }
    return QString();
}

bool Appeal::aboutFromName(const QString &name, About *about)
{
    for (const auto &[a, n] : kAboutNames) {
        if (name == QLatin1String(n)) {
            *about = a;
            return true;
        }
    }
    return false;
}

QString Appeal::applicantKindName(ApplicantKind kind)
{
    return kind == ApplicantKind::LegalEntity ? QStringLiteral("legal_entity")
                                              : QStringLiteral("individual");
}

QString Appeal::basisName(Basis basis)
{
    return basis == Basis::Head ? QStringLiteral("head") : QStringLiteral("poa");
}

QString Appeal::kindText(Kind kind)
{
    return kind == Kind::Complaint ? tr("Complaint") : tr("Appeal");
}

QString Appeal::aboutText(About about)
{
    switch (about) {
    case About::Service: return tr("Appeal about the service (statement, request, proposal)");
    case About::Decision: return tr("Complaint about a decision");
    case About::Action: return tr("Complaint about an employee's action");
    case About::Inaction: return tr("Complaint about an employee's inaction");
    }
    return QString();
}

QJsonObject Appeal::toJson() const
{
    QJsonObject applicantJson{
        {QLatin1String("kind"), applicantKindName(applicant.kind)},
        {QLatin1String("name"), nameJson(applicant.name)},
        {QLatin1String("iin"), applicant.iin},
        {QLatin1String("entity_name"), applicant.entityName},
        {QLatin1String("bin"), applicant.bin},
        {QLatin1String("address"), applicant.address},
        {QLatin1String("phone"), applicant.phone},
    };
    QJsonObject representativeJson{{QLatin1String("present"), representative.present}};
    if (representative.present) {
        representativeJson.insert(QLatin1String("name"), nameJson(representative.name));
        representativeJson.insert(QLatin1String("iin"), representative.iin);
        representativeJson.insert(QLatin1String("basis"), basisName(representative.basis));
        representativeJson.insert(QLatin1String("poa_number"), representative.poaNumber);
        representativeJson.insert(QLatin1String("poa_issued_on"), iso(representative.poaIssuedOn));
        representativeJson.insert(QLatin1String("poa_issuer"), representative.poaIssuer);
    }
    return QJsonObject{
        {QLatin1String("kind"), kindName(kind())},
        {QLatin1String("about"), aboutName(about)},
        {QLatin1String("applicant"), applicantJson},
        {QLatin1String("representative"), representativeJson},
        {QLatin1String("addressee"), addressee},
        {QLatin1String("other_body"), otherBody},
        {QLatin1String("essence"), essence},
        {QLatin1String("appeal_date"), iso(date)},
        {QLatin1String("signed"), isSigned},
        {QLatin1String("case_receipt"), caseReceipt},
        {QLatin1String("act"), act},
        {QLatin1String("learned_on"), iso(learnedOn)},
    };
}

Appeal Appeal::fromJson(const QJsonObject &json)
{
    Appeal a;
    aboutFromName(str(json, "about"), &a.about);
    const QJsonObject ap = json.value(QLatin1String("applicant")).toObject();
    a.applicant.kind = str(ap, "kind") == QLatin1String("legal_entity") ? ApplicantKind::LegalEntity
                                                                        : ApplicantKind::Individual;
    a.applicant.name = readName(ap.value(QLatin1String("name")).toObject());
    a.applicant.iin = str(ap, "iin");
    a.applicant.entityName = str(ap, "entity_name");
    a.applicant.bin = str(ap, "bin");
    a.applicant.address = str(ap, "address");
    a.applicant.phone = str(ap, "phone");
    const QJsonObject rep = json.value(QLatin1String("representative")).toObject();
    a.representative.present = rep.value(QLatin1String("present")).toBool();
    if (a.representative.present) {
        a.representative.name = readName(rep.value(QLatin1String("name")).toObject());
        a.representative.iin = str(rep, "iin");
        a.representative.basis = str(rep, "basis") == QLatin1String("head") ? Basis::Head
                                                                            : Basis::PowerOfAttorney;
        a.representative.poaNumber = str(rep, "poa_number");
        a.representative.poaIssuedOn = dateOf(rep, "poa_issued_on");
        a.representative.poaIssuer = str(rep, "poa_issuer");
    }
    a.addressee = str(json, "addressee");
    a.otherBody = json.value(QLatin1String("other_body")).toBool();
    a.essence = str(json, "essence");
    a.date = dateOf(json, "appeal_date");
    a.isSigned = json.value(QLatin1String("signed")).toBool();
    a.caseReceipt = str(json, "case_receipt");
    a.act = str(json, "act");
    a.learnedOn = dateOf(json, "learned_on");
    return a;
}

Appeal Appeal::merged(const Appeal &base, const QJsonObject &json)
{
    return fromJson(deepMerge(base.toJson(), json));
}

} // namespace certdesk

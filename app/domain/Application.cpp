#include "domain/Application.h"

#include <array>
#include <utility>

namespace certdesk {

namespace {

constexpr std::array<std::pair<Application::PresenterKind, const char *>, 4> kPresenterNames{{
    {Application::PresenterKind::Self, "self"},
    {Application::PresenterKind::Representative, "representative"},
    {Application::PresenterKind::Parent, "parent"},
    {Application::PresenterKind::EntityRepresentative, "entity_representative"},
}};

constexpr std::array<std::pair<Application::Purpose, const char *>, 3> kPurposeNames{{
    {Application::Purpose::Domestic, "domestic"},
    {Application::Purpose::Abroad, "abroad"},
    {Application::Purpose::Apostille, "apostille"},
}};

constexpr std::array<std::pair<Application::IdentityType, const char *>, 5> kIdentityNames{{
    {Application::IdentityType::IdCard, "id_card"},
    {Application::IdentityType::Passport, "passport"},
    {Application::IdentityType::ResidencePermit, "residence_permit"},
    {Application::IdentityType::Stateless, "stateless"},
    {Application::IdentityType::EDocument, "e_document"},
}};

template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString();
}

template<typename E, size_t N>
bool valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &name, E *out)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n)) {
            *out = v;
            return true;
        }
    }
    return false;
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QJsonObject &o, const char *key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

void putName(QJsonObject &o, const PersonName &n)
{
    o.insert(QLatin1String("surname"), n.surname);
    o.insert(QLatin1String("given_name"), n.givenName);
    o.insert(QLatin1String("patronymic"), n.patronymic);
}

PersonName readName(const QJsonObject &o)
{
    return PersonName{str(o, "surname"), str(o, "given_name"), str(o, "patronymic")};
}

} // namespace

QString PersonName::fullName() const
{
    QStringList parts;
    for (const QString &p : {surname, givenName, patronymic}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(u' ');
}

QString PersonName::surnameInitials() const
{
    QString out = surname;
    if (!givenName.isEmpty())
        out += u' ' + givenName.left(1) + u'.';
    if (!patronymic.isEmpty())
        out += (givenName.isEmpty() ? QStringLiteral(" ") : QString()) + patronymic.left(1) + u'.';
    return out;
}

QJsonObject Application::toJson() const
{
    QJsonObject applicantJson{{QLatin1String("kind"), applicantKindName(applicant.kind)}};
    if (applicant.kind == ApplicantKind::LegalEntity) {
        applicantJson.insert(QLatin1String("bin"), applicant.bin);
        applicantJson.insert(QLatin1String("name"), applicant.name);
    }

    QJsonObject subjectJson{{QLatin1String("iin"), subject.iin},
                            {QLatin1String("birth_date"), iso(subject.birthDate)},
                            {QLatin1String("sex"), subject.sex}};
    putName(subjectJson, subject.name);
    if (subject.previous.present) {
        const Previous &p = subject.previous;
        QJsonObject previousJson{
            {QLatin1String("birth_date"), iso(p.birthDate)},
            {QLatin1String("document"),
             QJsonObject{{QLatin1String("type"), p.document.type},
                         {QLatin1String("number"), p.document.number},
                         {QLatin1String("issued_on"), iso(p.document.issuedOn)},
                         {QLatin1String("issuer"), p.document.issuer}}}};
        putName(previousJson, p.name);
        subjectJson.insert(QLatin1String("previous"), previousJson);
    }

    QJsonObject presenterJson{{QLatin1String("kind"), presenterKindName(presenter.kind)},
                              {QLatin1String("iin"), presenter.iin}};
    putName(presenterJson, presenter.name);
    if (!presenter.poa.isEmpty()) {
        const PowerOfAttorney &p = presenter.poa;
        presenterJson.insert(QLatin1String("poa"),
                             QJsonObject{{QLatin1String("notary"), p.notary},
                                         {QLatin1String("registration_number"),
                                          p.registrationNumber},
                                         {QLatin1String("issued_on"), iso(p.issuedOn)},
                                         {QLatin1String("valid_until"), iso(p.validUntil)},
                                         {QLatin1String("principal_iin"), p.principalIin},
                                         {QLatin1String("agent_iin"), p.agentIin}});
    }
    if (!presenter.birthCertificate.isEmpty()) {
        const BirthCertificate &b = presenter.birthCertificate;
        QJsonObject parent;
        putName(parent, b.parent);
        presenterJson.insert(QLatin1String("birth_certificate"),
                             QJsonObject{{QLatin1String("number"), b.number},
                                         {QLatin1String("issued_on"), iso(b.issuedOn)},
                                         {QLatin1String("child_iin"), b.childIin},
                                         {QLatin1String("parent_iin"), b.parentIin},
                                         {QLatin1String("parent"), parent}});
    }

    QJsonObject identityJson{{QLatin1String("type"), identityTypeName(identity.type)}};
    if (identity.type == IdentityType::EDocument) {
        identityJson.insert(QLatin1String("e_code"), identity.eCode);
    } else {
        identityJson.insert(QLatin1String("number"), identity.number);
        identityJson.insert(QLatin1String("issuer"), identity.issuer);
        identityJson.insert(QLatin1String("issued_on"), iso(identity.issuedOn));
        identityJson.insert(QLatin1String("expires_on"), iso(identity.expiresOn));
    }

    QJsonObject o{{QLatin1String("purpose"), purposeName(purpose)},
                  {QLatin1String("result_form"), resultForm()},
                  {QLatin1String("country"), country},
                  {QLatin1String("applicant"), applicantJson},
                  {QLatin1String("subject"), subjectJson},
                  {QLatin1String("presenter"), presenterJson},
                  {QLatin1String("identity_document"), identityJson},
                  {QLatin1String("phone"), phone}};
    // Written only with a phone to send to; absent means no consent (older events included).
    if (!phone.isEmpty()) {
        o.insert(QLatin1String("notice_consent"), noticeConsent);
        o.insert(QLatin1String("notice_language"), noticeLanguage);
    }
    if (purpose == Purpose::Apostille) {
        o.insert(QLatin1String("fee"), QJsonObject{{QLatin1String("amount"), fee.amount},
                                                   {QLatin1String("currency"), QStringLiteral("KZT")},
                                                   {QLatin1String("mci"), fee.mci},
                                                   {QLatin1String("payment_ref"), fee.paymentRef}});
        o.insert(QLatin1String("no_apostille_needed_acknowledged"), noApostilleNeededAcknowledged);
    }
    return o;
}

Application Application::fromJson(const QJsonObject &o)
{
    Application a;
    const QJsonObject applicantJson = obj(o, "applicant");
    a.applicant.kind = str(applicantJson, "kind") == QLatin1String("legal_entity")
                           ? ApplicantKind::LegalEntity
                           : ApplicantKind::Individual;
    a.applicant.bin = str(applicantJson, "bin");
    a.applicant.name = str(applicantJson, "name");

    const QJsonObject s = obj(o, "subject");
    a.subject.iin = str(s, "iin");
    a.subject.name = readName(s);
    a.subject.birthDate = fromIso(s, "birth_date");
    a.subject.sex = str(s, "sex");
    if (s.contains(QLatin1String("previous"))) {
        const QJsonObject p = obj(s, "previous");
        const QJsonObject d = obj(p, "document");
        a.subject.previous.present = true;
        a.subject.previous.name = readName(p);
        a.subject.previous.birthDate = fromIso(p, "birth_date");
        a.subject.previous.document = ChangeDocument{str(d, "type"), str(d, "number"),
                                                     fromIso(d, "issued_on"), str(d, "issuer")};
    }

    const QJsonObject p = obj(o, "presenter");
    presenterKindFromName(str(p, "kind"), &a.presenter.kind);
    a.presenter.iin = str(p, "iin");
    a.presenter.name = readName(p);
    const QJsonObject poa = obj(p, "poa");
    a.presenter.poa = PowerOfAttorney{str(poa, "notary"),          str(poa, "registration_number"),
                                      fromIso(poa, "issued_on"),   fromIso(poa, "valid_until"),
                                      str(poa, "principal_iin"),   str(poa, "agent_iin")};
    const QJsonObject bc = obj(p, "birth_certificate");
    a.presenter.birthCertificate = BirthCertificate{str(bc, "number"), fromIso(bc, "issued_on"),
                                                    str(bc, "child_iin"), str(bc, "parent_iin"),
                                                    readName(obj(bc, "parent"))};

    const QJsonObject id = obj(o, "identity_document");
    identityTypeFromName(str(id, "type"), &a.identity.type);
    a.identity.number = str(id, "number");
    a.identity.issuer = str(id, "issuer");
    a.identity.issuedOn = fromIso(id, "issued_on");
    a.identity.expiresOn = fromIso(id, "expires_on");
    a.identity.eCode = str(id, "e_code");

    purposeFromName(str(o, "purpose"), &a.purpose);
    a.country = str(o, "country");
    const QJsonObject fee = obj(o, "fee");
    a.fee.amount = fee.value(QLatin1String("amount")).toInt();
    a.fee.mci = fee.value(QLatin1String("mci")).toInt();
    a.fee.paymentRef = str(fee, "payment_ref");
    a.noApostilleNeededAcknowledged =
        o.value(QLatin1String("no_apostille_needed_acknowledged")).toBool();
    a.phone = str(o, "phone");
    a.noticeConsent = o.value(QLatin1String("notice_consent")).toBool(false);
    if (str(o, "notice_language") == QLatin1String("ru"))
        a.noticeLanguage = QStringLiteral("ru");
    return a;
}

QString Application::applicantKindName(ApplicantKind kind)
{
    return kind == ApplicantKind::LegalEntity ? QStringLiteral("legal_entity")
                                              : QStringLiteral("individual");
}

QString Application::presenterKindName(PresenterKind kind)
{
    return nameOf(kPresenterNames, kind);
}

QString Application::purposeName(Purpose p)
{
    return nameOf(kPurposeNames, p);
}

QString Application::identityTypeName(IdentityType type)
{
    return nameOf(kIdentityNames, type);
}

bool Application::presenterKindFromName(const QString &name, PresenterKind *kind)
{
    return valueOf(kPresenterNames, name, kind);
}

bool Application::purposeFromName(const QString &name, Purpose *p)
{
    return valueOf(kPurposeNames, name, p);
}

bool Application::identityTypeFromName(const QString &name, IdentityType *type)
{
    return valueOf(kIdentityNames, name, type);
}

QString Application::presenterKindText(PresenterKind kind)
{
    switch (kind) {
    case PresenterKind::Self: return tr("the person themselves");
    case PresenterKind::Representative: return tr("a representative with a notarized power of attorney");
    case PresenterKind::Parent: return tr("a parent or guardian of a minor");
    case PresenterKind::EntityRepresentative: return tr("a legal entity's representative");
    }
    return QString();
}

QString Application::purposeText(Purpose p)
{
    switch (p) {
    case Purpose::Domestic: return tr("for use in Kazakhstan (electronic result)");
    case Purpose::Abroad: return tr("for travel abroad (paper)");
    case Purpose::Apostille: return tr("for travel abroad with an apostille (paper)");
    }
    return QString();
}

QString Application::identityTypeText(IdentityType type)
{
    switch (type) {
    case IdentityType::IdCard: return tr("identity card");
    case IdentityType::Passport: return tr("passport");
    case IdentityType::ResidencePermit: return tr("residence permit");
    case IdentityType::Stateless: return tr("stateless person's certificate");
    case IdentityType::EDocument: return tr("e-document (digital documents service)");
    }
    return QString();
}

} // namespace certdesk

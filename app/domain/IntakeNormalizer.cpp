#include "domain/IntakeNormalizer.h"

#include "domain/IdNumber.h"
#include "domain/IntakeChecks.h"
#include "domain/NameNormalizer.h"

namespace certdesk {

namespace {

using Kind = Application::PresenterKind;

QString cleanCode(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-')
            out.append(c.toUpper());
    }
    return out;
}

QString cleanName(const QString &text, const QString &label, QStringList *notes)
{
    const NameNormalizer::Result r = NameNormalizer::normalize(text);
    if (!r.ok)
        return text;
    if (notes && r.changedAlphabet)
        notes->append(label + QStringLiteral(": ") + r.note);
    return r.value;
}

PersonName cleanNames(const PersonName &n, const char *prefix, QStringList *notes)
{
    auto label = [prefix](const char *part) {
        return IntakeChecks::fieldLabel(QString::fromLatin1(prefix) + QString::fromLatin1(part));
    };
    return PersonName{cleanName(n.surname, label("surname"), notes),
                      cleanName(n.givenName, label("given_name"), notes),
                      cleanName(n.patronymic, label("patronymic"), notes)};
}

} // namespace

QString IntakeNormalizer::phone(const QString &text, QString *error)
{
    QString digits;
    bool plus = false;
    for (const QChar c : text.trimmed()) {
        if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (!(c.isSpace() || c == u'(' || c == u')' || c == u'-' || c == u'.')) {
            if (error)
                *error = IntakeChecks::tr("\"%1\" is not allowed in a phone number").arg(c);
            return QString();
        }
    }
    if (!plus && digits.size() == 11 && digits.startsWith(u'8'))
        return QStringLiteral("+7") + digits.mid(1);
    if (!plus && digits.size() == 11 && digits.startsWith(u'7'))
        return u'+' + digits;
    if (!plus && digits.size() == 10 && digits.startsWith(u'7'))
        return QStringLiteral("+7") + digits;
    if (plus && digits.startsWith(u'7') && digits.size() != 11) {
        if (error)
            *error = IntakeChecks::tr("a number of Kazakhstan has 11 digits with the 7; this one has %1")
                         .arg(digits.size());
        return QString();
    }
    if (plus && digits.size() >= 8 && digits.size() <= 15 && !digits.startsWith(u'0'))
        return u'+' + digits;
    if (error)
        *error = IntakeChecks::tr("\"%1\" is not a phone number").arg(text.trimmed());
    return QString();
}

Application IntakeNormalizer::normalized(const Application &in, QStringList *notes)
{
    Application a = in;
    using IT = Application::IdentityType;

    a.applicant.bin = IdNumber::normalize(a.applicant.bin);
    a.applicant.name = a.applicant.name.simplified();
    if (a.applicant.kind == Application::ApplicantKind::Individual) {
        a.applicant.bin.clear();
        a.applicant.name.clear();
    }

    a.subject.iin = IdNumber::normalize(a.subject.iin);
    a.subject.name = cleanNames(a.subject.name, "subject.", notes);
    const IdNumber iin = IdNumber::parse(a.subject.iin);
    if (iin.isValid() && iin.kind() == IdNumber::Kind::Individual) {
        a.subject.birthDate = iin.birthDate();
        a.subject.sex = iin.sex() == IdNumber::Sex::Male ? QStringLiteral("male")
                                                         : QStringLiteral("female");
    } else {
        a.subject.birthDate = QDate();
        a.subject.sex.clear();
    }
    Application::Previous &p = a.subject.previous;
    if (p.present) {
        p.name = cleanNames(p.name, "subject.previous.", notes);
        p.document.type = p.document.type.simplified();
        p.document.number = p.document.number.simplified();
        p.document.issuer = p.document.issuer.simplified();
    } else {
        p = Application::Previous();
    }

    Application::Presenter &pr = a.presenter;
    if (pr.kind == Kind::Self) {
        pr.iin = a.subject.iin;
        pr.name = a.subject.name;
        pr.poa = Application::PowerOfAttorney();
        pr.birthCertificate = Application::BirthCertificate();
    } else {
        pr.iin = IdNumber::normalize(pr.iin);
        pr.name = cleanNames(pr.name, "presenter.", notes);
        pr.poa.notary = pr.poa.notary.simplified();
        pr.poa.registrationNumber = pr.poa.registrationNumber.simplified();
        pr.poa.principalIin = IdNumber::normalize(pr.poa.principalIin);
        pr.poa.agentIin = IdNumber::normalize(pr.poa.agentIin);
        Application::BirthCertificate &bc = pr.birthCertificate;
        if (pr.kind == Kind::Parent) {
            bc.number = bc.number.simplified();
            bc.childIin = IdNumber::normalize(bc.childIin);
            bc.parentIin = IdNumber::normalize(bc.parentIin);
            bc.parent = cleanNames(bc.parent, "presenter.birth_certificate.parent.", notes);
        } else {
            bc = Application::BirthCertificate();
        }
    }

    Application::IdentityDocument &d = a.identity;
    if (d.type == IT::EDocument) {
        d.eCode = cleanCode(d.eCode);
        d.number.clear();
        d.issuer.clear();
        d.issuedOn = d.expiresOn = QDate();
    } else {
        d.eCode.clear();
        d.number = cleanCode(d.number);
        d.issuer = d.issuer.simplified();
    }

    a.country = a.country.trimmed().toUpper();
    if (a.purpose == Application::Purpose::Domestic)
        a.country.clear();
    if (a.purpose != Application::Purpose::Apostille) {
        a.fee = Application::Fee();
        a.noApostilleNeededAcknowledged = false;
    }
    a.fee.paymentRef = a.fee.paymentRef.simplified();

    const QString cleanPhone = phone(a.phone, nullptr);
    a.phone = cleanPhone.isEmpty() ? a.phone.trimmed() : cleanPhone;
    return a;
}

} // namespace certdesk

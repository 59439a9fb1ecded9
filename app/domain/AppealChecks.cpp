#include "domain/AppealChecks.h"

#include "domain/IdNumber.h"

#include <QJsonObject>

namespace certdesk {

namespace {

/// A point's English words. The clerk reads them through tr(); the receipt prints their Kazakh
/// and Russian from the translation files (context "AppealChecks", docs/translations.md).
struct PointText
{
    const char *field;
    const char *problem;
    const char *en;
};

// clang-format off
constexpr PointText kTexts[] = {
    {"applicant.name", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Applicant's full name: missing. State the surname, name and patronymic (if any).")},
    {"applicant.iin", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Applicant's IIN: missing. State the 12-digit IIN.")},
    {"applicant.iin", "invalid",
     QT_TRANSLATE_NOOP("AppealChecks", "Applicant's IIN: the number given is not a valid IIN. State the correct IIN.")},
    {"applicant.entity_name", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Name of the legal entity: missing. State its full name.")},
    {"applicant.bin", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "BIN of the legal entity: missing. State the 12-digit BIN.")},
    {"applicant.bin", "invalid",
     QT_TRANSLATE_NOOP("AppealChecks", "BIN of the legal entity: the number given is not a valid BIN. State the correct BIN.")},
    {"applicant.address", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Postal address: missing. State the address the reply is to be sent to.")},
    {"representative", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Representative of the legal entity: missing. State who acts for it: its head, or a representative with a power of attorney.")},
    {"representative.name", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Representative's full name: missing. State the surname, name and patronymic (if any).")},
    {"representative.poa", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Power of attorney: its number or date is missing. Present the power of attorney of the representative.")},
    {"representative.poa", "invalid",
     QT_TRANSLATE_NOOP("AppealChecks", "Power of attorney: dated after the day the appeal was received. Present a valid power of attorney.")},
    {"addressee", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Body or official addressed: missing. State to whom the appeal is addressed.")},
    {"essence", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Essence of the appeal: missing. State what the appeal is about.")},
    {"date", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Date of the appeal: missing. Date the appeal.")},
    {"date", "invalid",
     QT_TRANSLATE_NOOP("AppealChecks", "Date of the appeal: later than the day it was received. Correct the date.")},
    {"signature", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Signature: the appeal is not signed. The applicant or the representative signs it.")},
    {"learned_on", "missing",
     QT_TRANSLATE_NOOP("AppealChecks", "Day you learned of the act: missing. State when you learned of the decision, action or inaction complained of.")},
    {"learned_on", "invalid",
     QT_TRANSLATE_NOOP("AppealChecks", "Day you learned of the act: later than the day the complaint was received. Correct the date.")},
};
// clang-format on

const PointText *find(const CompliancePoint &p)
{
    for (const PointText &t : kTexts) {
        if (p.field == QLatin1String(t.field) && p.problem == QLatin1String(t.problem))
            return &t;
    }
    return nullptr;
}

PersonName simplifiedName(const PersonName &n)
{
    return PersonName{n.surname.simplified(), n.givenName.simplified(), n.patronymic.simplified()};
}

bool hasFullName(const PersonName &n)
{
    return !n.surname.isEmpty() && !n.givenName.isEmpty();
}

void add(QList<CompliancePoint> &out, const char *field, const char *problem)
{
    out.append(CompliancePoint{QString::fromLatin1(field), QString::fromLatin1(problem)});
}

} // namespace

Appeal AppealChecks::normalized(const Appeal &appeal)
{
    Appeal a = appeal;
    a.applicant.name = simplifiedName(a.applicant.name);
    a.applicant.iin = IdNumber::normalize(a.applicant.iin);
    a.applicant.entityName = a.applicant.entityName.simplified();
    a.applicant.bin = IdNumber::normalize(a.applicant.bin);
    a.applicant.address = a.applicant.address.simplified();
    a.applicant.phone = a.applicant.phone.simplified();
    a.representative.name = simplifiedName(a.representative.name);
    a.representative.iin = IdNumber::normalize(a.representative.iin);
    a.representative.poaNumber = a.representative.poaNumber.simplified();
    a.representative.poaIssuer = a.representative.poaIssuer.simplified();
    a.addressee = a.addressee.simplified();
    a.essence = a.essence.trimmed();
    a.caseReceipt = a.caseReceipt.simplified();
    a.act = a.act.trimmed();
    return a;
}

QList<CompliancePoint> AppealChecks::points(const Appeal &input, const QDate &received)
{
    const Appeal a = normalized(input);
    QList<CompliancePoint> out;
    if (a.applicant.kind == Appeal::ApplicantKind::Individual) {
        if (!hasFullName(a.applicant.name))
            add(out, "applicant.name", "missing");
        if (a.applicant.iin.isEmpty())
            add(out, "applicant.iin", "missing");
        else if (IdNumber::parse(a.applicant.iin).kind() != IdNumber::Kind::Individual)
            add(out, "applicant.iin", "invalid");
    } else {
        if (a.applicant.entityName.isEmpty())
            add(out, "applicant.entity_name", "missing");
        if (a.applicant.bin.isEmpty())
            add(out, "applicant.bin", "missing");
        else if (IdNumber::parse(a.applicant.bin).kind() != IdNumber::Kind::LegalEntity)
            add(out, "applicant.bin", "invalid");
    }
    if (a.applicant.address.isEmpty())
        add(out, "applicant.address", "missing");

    const Appeal::Representative &r = a.representative;
    if (r.present) {
        if (!hasFullName(r.name))
            add(out, "representative.name", "missing");
        const bool needsPoa = r.basis == Appeal::Basis::PowerOfAttorney
                              || a.applicant.kind == Appeal::ApplicantKind::Individual;
        if (needsPoa && (r.poaNumber.isEmpty() || !r.poaIssuedOn.isValid()))
            add(out, "representative.poa", "missing");
        else if (needsPoa && received.isValid() && r.poaIssuedOn > received)
            add(out, "representative.poa", "invalid");
    } else if (a.applicant.kind == Appeal::ApplicantKind::LegalEntity) {
        add(out, "representative", "missing");
    }

    if (a.addressee.isEmpty())
        add(out, "addressee", "missing");
    if (a.essence.isEmpty())
        add(out, "essence", "missing");
    if (!a.date.isValid())
        add(out, "date", "missing");
    else if (received.isValid() && a.date > received)
        add(out, "date", "invalid");
    if (!a.isSigned)
        add(out, "signature", "missing");
    if (a.kind() == Appeal::Kind::Complaint) {
        if (!a.learnedOn.isValid())
            add(out, "learned_on", "missing");
        else if (received.isValid() && a.learnedOn > received)
            add(out, "learned_on", "invalid");
    }
    return out;
}

QString AppealChecks::text(const CompliancePoint &point)
{
    const PointText *t = find(point);
    return t ? tr(t->en) : tr("%1: %2. Bring it into compliance.").arg(point.field, point.problem);
}

const char *AppealChecks::source(const CompliancePoint &point)
{
    const PointText *t = find(point);
    return t ? t->en : nullptr;
}


QJsonArray AppealChecks::toJson(const QList<CompliancePoint> &points)
{
    QJsonArray out;
    for (const CompliancePoint &p : points)
        out.append(QJsonObject{{QLatin1String("field"), p.field},
                               {QLatin1String("problem"), p.problem}});
    return out;
}

QList<CompliancePoint> AppealChecks::fromJson(const QJsonArray &json)
{
    QList<CompliancePoint> out;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        out.append(CompliancePoint{o.value(QLatin1String("field")).toString(),
                                   o.value(QLatin1String("problem")).toString()});
    }
    return out;
}

} // namespace certdesk

#include "domain/IntakeFields.h"

#include <QCoreApplication>

namespace certdesk {

// The labels keep the IntakeChecks translation context they were written in.
QString IntakeFields::label(const QString &field)
{
    struct Label
    {
        const char *field;
        const char *text;
    };
    static const Label labels[] = {
        {"applicant.bin", QT_TRANSLATE_NOOP("IntakeChecks", "BIN of the legal entity")},
        {"applicant.name", QT_TRANSLATE_NOOP("IntakeChecks", "Name of the legal entity")},
        {"subject.iin", QT_TRANSLATE_NOOP("IntakeChecks", "IIN of the person")},
        {"subject.surname", QT_TRANSLATE_NOOP("IntakeChecks", "Surname of the person")},
        {"subject.given_name", QT_TRANSLATE_NOOP("IntakeChecks", "Name of the person")},
        {"subject.patronymic", QT_TRANSLATE_NOOP("IntakeChecks", "Patronymic of the person")},
        {"subject.previous", QT_TRANSLATE_NOOP("IntakeChecks", "Previous data")},
        {"subject.previous.surname", QT_TRANSLATE_NOOP("IntakeChecks", "Previous surname")},
        {"subject.previous.given_name", QT_TRANSLATE_NOOP("IntakeChecks", "Previous name")},
        {"subject.previous.patronymic", QT_TRANSLATE_NOOP("IntakeChecks", "Previous patronymic")},
        {"subject.previous.birth_date", QT_TRANSLATE_NOOP("IntakeChecks", "Previous date of birth")},
        {"subject.previous.document.type", QT_TRANSLATE_NOOP("IntakeChecks", "Document confirming the change")},
        {"subject.previous.document.number", QT_TRANSLATE_NOOP("IntakeChecks", "Number of the document confirming the change")},
        {"subject.previous.document.issued_on", QT_TRANSLATE_NOOP("IntakeChecks", "Date of the document confirming the change")},
        {"presenter.kind", QT_TRANSLATE_NOOP("IntakeChecks", "Who is at the counter")},
        {"presenter.iin", QT_TRANSLATE_NOOP("IntakeChecks", "IIN of the one at the counter")},
        {"presenter.surname", QT_TRANSLATE_NOOP("IntakeChecks", "Surname of the one at the counter")},
        {"presenter.given_name", QT_TRANSLATE_NOOP("IntakeChecks", "Name of the one at the counter")},
        {"presenter.patronymic", QT_TRANSLATE_NOOP("IntakeChecks", "Patronymic of the one at the counter")},
        {"presenter.poa", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney")},
        {"presenter.poa.notary", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney: notary")},
        {"presenter.poa.registration_number", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney: registration number of the notarial act")},
        {"presenter.poa.issued_on", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney: date of issue")},
        {"presenter.poa.valid_until", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney: term")},
        {"presenter.poa.principal_iin", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney: IIN of the principal")},
        {"presenter.poa.agent_iin", QT_TRANSLATE_NOOP("IntakeChecks", "Power of attorney: IIN of the agent")},
        {"presenter.birth_certificate", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate")},
        {"presenter.birth_certificate.number", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: number")},
        {"presenter.birth_certificate.issued_on", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: date of issue")},
        {"presenter.birth_certificate.child_iin", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: IIN of the child")},
        {"presenter.birth_certificate.parent_iin", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: IIN of the parent")},
        {"presenter.birth_certificate.parent", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: parent")},
        {"presenter.birth_certificate.parent.surname", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: parent's surname")},
        {"presenter.birth_certificate.parent.given_name", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: parent's name")},
        {"presenter.birth_certificate.parent.patronymic", QT_TRANSLATE_NOOP("IntakeChecks", "Birth certificate: parent's patronymic")},
        {"identity_document.type", QT_TRANSLATE_NOOP("IntakeChecks", "Identity document: type")},
        {"identity_document.number", QT_TRANSLATE_NOOP("IntakeChecks", "Identity document: number")},
        {"identity_document.issuer", QT_TRANSLATE_NOOP("IntakeChecks", "Identity document: issued by")},
        {"identity_document.issued_on", QT_TRANSLATE_NOOP("IntakeChecks", "Identity document: date of issue")},
        {"identity_document.expires_on", QT_TRANSLATE_NOOP("IntakeChecks", "Identity document: valid until")},
        {"identity_document.e_code", QT_TRANSLATE_NOOP("IntakeChecks", "E-document code")},
        {"country", QT_TRANSLATE_NOOP("IntakeChecks", "Country of destination")},
        {"fee.payment_ref", QT_TRANSLATE_NOOP("IntakeChecks", "State fee: payment reference")},
        {"phone", QT_TRANSLATE_NOOP("IntakeChecks", "Phone for notices")},
    };
    for (const Label &l : labels) {
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate("IntakeChecks", l.text);
    }
    return field;
}

} // namespace certdesk

#include "ui/common/CheckTexts.h"

namespace certdesk {

QString CheckTexts::rule(const QString &rule)
{
    struct Title
    {
        const char *rule;
        const char *text;
    };
    static const Title titles[] = {
        {"iin_valid", QT_TR_NOOP("IIN is valid")},
        {"bin_valid", QT_TR_NOOP("BIN is valid")},
        {"identity_document_valid", QT_TR_NOOP("identity document valid on the day")},
        {"identity_document_issued", QT_TR_NOOP("identity document not dated in the future")},
        {"identity_document_same", QT_TR_NOOP("identity document the one recorded at intake")},
        {"e_code_valid", QT_TR_NOOP("e-document code given")},
        {"poa_required", QT_TR_NOOP("notarized power of attorney presented")},
        {"poa_dated", QT_TR_NOOP("power of attorney is dated")},
        {"poa_in_term", QT_TR_NOOP("power of attorney within its term")},
        {"poa_principal", QT_TR_NOOP("principal of the power of attorney is the person")},
        {"poa_agent", QT_TR_NOOP("agent of the power of attorney is the one at the counter")},
        {"minor_birth_certificate", QT_TR_NOOP("birth certificate links the minor and the parent")},
        {"apostille_in_force", QT_TR_NOOP("Apostille Convention in force for the country")},
        {"apostille_not_needed", QT_TR_NOOP("recipient told that no apostille is needed")},
        {"apostille_payment", QT_TR_NOOP("state fee for the apostille paid")},
        {"phone_valid", QT_TR_NOOP("phone for notices")},
    };
    for (const Title &t : titles) {
        if (rule == QLatin1String(t.rule))
            return tr(t.text);
    }
    return rule;
}

QString CheckTexts::rule(const QString &rule, const QString &field)
{
    if (rule != QLatin1String("iin_valid"))
        return CheckTexts::rule(rule);
    struct Whose
    {
        const char *field;
        const char *text;
    };
    static const Whose whose[] = {
        {"subject.iin", QT_TR_NOOP("IIN of the person is valid")},
        {"presenter.iin", QT_TR_NOOP("IIN of the one at the counter is valid")},
        {"presenter.poa.principal_iin",
            QT_TR_NOOP("IIN of the principal in the power of attorney is valid")},
        {"presenter.poa.agent_iin",
            QT_TR_NOOP("IIN of the agent in the power of attorney is valid")},
        {"presenter.birth_certificate.child_iin",
            QT_TR_NOOP("IIN of the child in the birth certificate is valid")},
        {"presenter.birth_certificate.parent_iin",
            QT_TR_NOOP("IIN of the parent in the birth certificate is valid")},
    };
    for (const Whose &w : whose) {
        if (field == QLatin1String(w.field))
            return tr(w.text);
    }
    return CheckTexts::rule(rule);
}

} // namespace certdesk

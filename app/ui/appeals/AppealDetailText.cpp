#include "ui/appeals/AppealDetailText.h"

#include "domain/AppealFold.h"
#include "domain/AppealNumber.h"
#include "domain/IdNumber.h"
#include "domain/ReceiptNumber.h"

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

QString esc(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"color:#555;padding-right:12px\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

} // namespace

QString AppealDetailText::html(const AppealState &s, const QDate &asOf, int utcOffsetSeconds)
{
    const Appeal &a = s.appeal;
    QString out = QStringLiteral("<h3>%1 %2</h3>")
                      .arg(Appeal::kindText(a.kind()).toHtmlEscaped(),
                           AppealNumber::format(s.number).toHtmlEscaped());
    const QStringList flags = s.flags(asOf);
    for (const QString &flag : flags)
        out += QStringLiteral("<p style=\"color:#b00020\"><b>%1</b></p>")
                   .arg(AppealState::flagText(flag).toHtmlEscaped());

    out += QStringLiteral("<table>");
    out += row(tr("What"), esc(Appeal::aboutText(a.about)));
    out += row(tr("Received"), tr("%1 by %2, %3")
                                   .arg(dmy(s.receivedOn), esc(s.clerkName), esc(s.clerkPosition)));
    if (a.applicant.kind == Appeal::ApplicantKind::LegalEntity)
        out += row(tr("Applicant"), tr("%1, BIN %2").arg(esc(a.applicant.entityName),
                                                          esc(a.applicant.bin)));
    else
        out += row(tr("Applicant"), tr("%1, IIN %2").arg(esc(a.applicant.name.fullName()),
                                                          esc(IdNumber::masked(a.applicant.iin))));
    out += row(tr("Postal address"), esc(a.applicant.address));
    if (!a.applicant.phone.isEmpty())
        out += row(tr("Phone"), esc(a.applicant.phone));
    if (a.representative.present)
        out += row(tr("Representative"),
                   a.representative.basis == Appeal::Basis::Head
                       ? tr("%1, head of the legal entity").arg(esc(a.representative.name.fullName()))
                       : tr("%1, power of attorney No. %2 of %3")
                             .arg(esc(a.representative.name.fullName()),
                                  esc(a.representative.poaNumber),
                                  dmy(a.representative.poaIssuedOn)));
    out += row(tr("Addressed to"), esc(a.addressee)
                                       + (a.otherBody ? tr(" (another body: to be referred)")
                                                      : QString()));
    out += row(tr("Appeal dated"), dmy(a.date));
    out += row(tr("Signed"), a.isSigned ? tr("yes") : tr("no"));
    if (!a.caseReceipt.isEmpty())
        out += row(tr("Case"), esc(ReceiptNumber::format(a.caseReceipt)));
    if (a.kind() == Appeal::Kind::Complaint) {
        out += row(tr("Act complained of"), esc(a.act));
        out += row(tr("Learned of it on"), dmy(a.learnedOn));
        if (s.filingUntil.isValid())
            out += row(tr("Filing term"), tr("until %1%2")
                                              .arg(dmy(s.filingUntil),
                                                   s.filedLate() ? tr(" — filed late") : QString()));
        if (s.termRestored)
            out += row(tr("Term restored"), tr("%1: %2").arg(dmy(s.termRestoredOn),
                                                              esc(s.termRestoredReason)));
    }
    out += row(tr("Decision due"), dmy(s.decisionDue)
                                       + (s.decisionDue != s.originalDecisionDue
                                              ? tr(" (originally %1)").arg(dmy(s.originalDecisionDue))
                                              : QString()));
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p><b>%1</b><br>%2</p>")
               .arg(tr("Essence").toHtmlEscaped(), esc(a.essence).replace(u'\n', QStringLiteral("<br>")));

    const QList<AppealDeadline> pending = s.pending();
    if (!pending.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Owed").toHtmlEscaped());
        for (const AppealDeadline &d : pending) {
            const bool missed = asOf > d.due;
            out += QStringLiteral("<li%1>%2: %3%4</li>")
                       .arg(missed ? QStringLiteral(" style=\"color:#b00020\"") : QString(),
                            AppealState::deadlineText(d.what).toHtmlEscaped(), dmy(d.due),
                            missed ? tr(" — missed").toHtmlEscaped() : QString());
        }
        out += QStringLiteral("</ul>");
    }
    if (!s.compliance.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><ul>")
                   .arg(tr("To bring into compliance by %1").arg(dmy(s.complianceDue)).toHtmlEscaped());
        for (const CompliancePoint &p : s.compliance)
            out += QStringLiteral("<li>%1</li>").arg(AppealChecks::text(p).toHtmlEscaped());
        out += QStringLiteral("</ul>");
    } else if (s.compliedOn.isValid()) {
        out += QStringLiteral("<p>%1</p>").arg(tr("Brought into compliance on %1.").arg(dmy(s.compliedOn)));
    }
    if (s.referredOn.isValid())
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("Referred on %1 to %2 (No. %3); applicant notified: %4.")
                            .arg(dmy(s.referredOn), esc(s.referredTo), esc(s.referralRef),
                                 dmy(s.referralNotifiedOn)));
    for (const AppealExtension &x : s.extensions)
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("Extended on %1 until %2: %3. Applicant notified: %4 (due %5).")
                            .arg(dmy(x.on), dmy(x.until), esc(x.reason), dmy(x.notifiedOn),
                                 dmy(x.noticeDue)));
    if (s.status == AppealStatus::Decided)
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(tr("Decided on %1: %2. %3")
                            .arg(dmy(s.decidedOn), AppealState::outcomeText(s.outcome),
                                 s.decisionSummary)
                            .toHtmlEscaped());
    if (s.status == AppealStatus::Withdrawn)
        out += QStringLiteral("<p><b>%1</b></p>")
                   .arg(tr("Withdrawn by the applicant on %1. %2")
                            .arg(dmy(s.withdrawnOn), s.withdrawalReason)
                            .toHtmlEscaped());
    for (const Anomaly &an : s.anomalies)
        out += QStringLiteral("<p style=\"color:#b00020\">%1</p>")
                   .arg(AppealFold::describe(an, utcOffsetSeconds).toHtmlEscaped());
    return out;
}

} // namespace certdesk

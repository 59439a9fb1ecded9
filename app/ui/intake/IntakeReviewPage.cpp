#include "ui/intake/IntakeReviewPage.h"

#include "domain/ApostilleCountries.h"
#include "services/Session.h"
#include "ui/common/CheckTexts.h"
#include "ui/common/DateText.h"
#include "ui/intake/IntakeWizard.h"
#include "ui_IntakeReviewPage.h"

#include <QAbstractButton>

namespace certdesk {

namespace {

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString section(const QString &title, const QString &rows)
{
    return rows.isEmpty() ? QString()
                          : QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><table>%2</table>")
                                .arg(title.toHtmlEscaped(), rows);
}

} // namespace

IntakeReviewPage::IntakeReviewPage(IntakeWizard *wizard)
    : IntakePage(wizard, {IntakeSection::Applicant, IntakeSection::Subject, IntakeSection::Presenter,
                          IntakeSection::Identity, IntakeSection::Purpose, IntakeSection::Contact})
    , m_ui(std::make_unique<Ui::IntakeReviewPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Review"));
    sayTheKeys();
    setFinalPage(true);
}

void IntakeReviewPage::sayTheKeys()
{
    // The Back button's letter is the translation's (Alt+B in English, another in Kazakh and
    // Russian): the words name the key the button has on this screen.
    setSubTitle(tr("Read it to the person. Enter saves and prints the receipt and the application "
                   "for signature; %1 goes back to correct.")
                    .arg(IntakeWizard::backKey()));
}

IntakeReviewPage::~IntakeReviewPage() = default;

QWidget *IntakeReviewPage::firstField() const
{
    return intake()->button(QWizard::FinishButton);
}

QString IntakeReviewPage::summaryText() const
{
    return m_ui->summaryBrowser->toPlainText();
}

void IntakeReviewPage::load(const Application &application)
{
    QStringList notes;
    const Application a = IntakeChecks::normalized(application, &notes);
    m_ui->summaryBrowser->setHtml(summaryHtml(a, notes));
    sayTheKeys();
}

QString IntakeReviewPage::summaryHtml(const Application &a, const QStringList &notes) const
{
    QString applicant = row(tr("Applicant"), a.applicant.kind == Application::ApplicantKind::LegalEntity
                                                 ? tr("%1, BIN %2").arg(a.applicant.name, a.applicant.bin)
                                                 : tr("an individual"));
    QString person = row(tr("Name"), a.subject.name.fullName()) + row(tr("IIN"), a.subject.iin)
                     + row(tr("Born"), tr("%1, %2").arg(DateText::format(a.subject.birthDate),
                                                        a.subject.sex == QLatin1String("male") ? tr("male") : tr("female")));
    if (a.subject.previous.present) {
        const Application::Previous &p = a.subject.previous;
        person += row(tr("Previously"), QStringList{p.name.fullName(), DateText::format(p.birthDate)}.join(u' '));
        person += row(tr("Confirmed by"), tr("%1 № %2 of %3").arg(p.document.type, p.document.number, DateText::format(p.document.issuedOn)));
    }
    const Application::Presenter &pr = a.presenter;
    QString counter = row(tr("At the counter"), Application::presenterKindText(pr.kind));
    if (pr.kind != Application::PresenterKind::Self)
        counter += row(tr("Name"), tr("%1, IIN %2").arg(pr.name.fullName(), pr.iin));
    if (!pr.poa.isEmpty())
        counter += row(tr("Power of attorney"), tr("notary %1, act № %2, issued %3, valid to %4; principal %5, agent %6")
                                                    .arg(pr.poa.notary, pr.poa.registrationNumber, DateText::format(pr.poa.issuedOn),
                                                         DateText::format(IntakeChecks::poaValidTo(pr.poa)), pr.poa.principalIin, pr.poa.agentIin));
    if (!pr.birthCertificate.isEmpty()) {
        const Application::BirthCertificate &b = pr.birthCertificate;
        counter += row(tr("Birth certificate"), tr("№ %1 of %2, child %3, parent %4")
                                                    .arg(b.number, DateText::format(b.issuedOn), b.childIin,
                                                         b.parent.isEmpty() ? b.parentIin : b.parent.fullName()));
    }
    const Application::IdentityDocument &d = a.identity;
    counter += row(tr("Identity document"), d.type == Application::IdentityType::EDocument
                                                ? tr("%1, code %2").arg(Application::identityTypeText(d.type), d.eCode)
                                                : tr("%1 № %2, %3, issued %4, valid until %5")
                                                      .arg(Application::identityTypeText(d.type), d.number, d.issuer,
                                                           DateText::format(d.issuedOn), DateText::format(d.expiresOn)));

    QString purpose = row(tr("Purpose"), Application::purposeText(a.purpose));
    if (!a.country.isEmpty())
        purpose += row(tr("Country"), ApostilleCountries::builtIn().countryName(a.country));
    if (a.purpose == Application::Purpose::Apostille)
        purpose += row(tr("State fee"), tr("%1 ₸, payment %2").arg(a.fee.amount).arg(a.fee.paymentRef));
    const ServiceTerms::Due due = intake()->service().dueNow(a);
    purpose += row(tr("Due"), due.isDateTime() ? due.dueAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))
                                               : DateText::format(due.dueDate));
    if (const QString warning = intake()->service().calendarWarning(due); !warning.isEmpty())
        purpose += row(tr("Warning"), warning);
    purpose += row(tr("Phone for notices"), a.phone);
    if (!a.phone.isEmpty())
        purpose += row(tr("SMS notices"),
            a.noticeConsent ? (a.noticeLanguage == QLatin1String("ru")
                                      ? tr("agreed, in Russian")
                                      : tr("agreed, in Kazakh"))
                            : tr("not agreed: nothing will be sent"));

    QString overrides;
    for (const OverrideGrant &g : intake()->grantsInUse())
        overrides += row(CheckTexts::rule(g.rule()), tr("passed by %1 (%2): %3").arg(g.supervisorName(), g.supervisor(), g.reason()));
    QString changed;
    for (const QString &n : notes)
        changed += row(tr("Changed"), n);
    return section(tr("Applicant"), applicant) + section(tr("The person"), person)
           + section(tr("At the counter"), counter) + section(tr("Service"), purpose)
           + section(tr("Supervisor overrides"), overrides) + section(tr("Cleaned up on entry"), changed);
}

bool IntakeReviewPage::validatePage()
{
    const IntakeService::Result result = intake()->submit();
    if (result.ok)
        return true;
    QList<CheckResult> problems = result.blocking;
    if (problems.isEmpty()) {
        CheckResult r;
        r.rule = QStringLiteral("save");
        r.outcome = CheckResult::Outcome::Invalid;
        r.message = result.error;
        problems.append(r);
    }
    showProblems(problems);
    return false;
}

} // namespace certdesk

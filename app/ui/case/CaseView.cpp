#include "ui/case/CaseView.h"

#include <QEvent>

#include "domain/ApostilleCountries.h"
#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "domain/IntakeChecks.h"
#include "domain/ReceiptNumber.h"
#include "services/CaseActionService.h"
#include "services/RulesService.h"
#include "services/Session.h"
#include "ui/case/CaseActions.h"
#include "ui/case/CaseTexts.h"
#include "ui/common/AuthorText.h"
#include "ui/common/CaseChanges.h"
#include "ui/common/CheckTexts.h"
#include "ui/common/DateText.h"
#include "ui/common/MessageBox.h"
#include "ui/intake/ApplicationPrinter.h"
#include "ui/intake/ReceiptPrinter.h"
#include "ui_CaseView.h"

#include <QInputDialog>
#include <QJsonArray>
#include <QPushButton>
#include <QStyle>

namespace certdesk {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return QString();
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString section(const QString &title, const QString &rows)
{
    if (rows.isEmpty())
        return QString();
    return QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><table>%2</table>")
        .arg(esc(title), rows);
}

QString dateOf(const QDate &d)
{
    return DateText::format(d);
}

} // namespace

CaseView::CaseView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CaseView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->timelineTree->setColumnWidth(0, 130);
    m_ui->timelineTree->setColumnWidth(1, 200);
    m_ui->timelineTree->setColumnWidth(2, 90);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_actions = new CaseActions(session, this);
    // Whoever wrote to the case shown (this view, the board, another window), it is shown anew.
    connect(&CaseChanges::instance(), &CaseChanges::changed, this, [this](const QStringList &ids) {
        if (!caseId().isEmpty() && (ids.isEmpty() || ids.contains(caseId())))
            showCase(caseId(), nullptr);
    });
    clear();
}

CaseView::~CaseView() = default;

void CaseView::clear()
{
    m_details = CaseDetails();
    m_ui->titleLabel->setText(tr("No case open"));
    m_ui->subtitleLabel->setText(tr("Type or scan a receipt number, an IIN or a surname in the "
                                    "search box (Ctrl+F), or take a new application (Ctrl+N)."));
    m_ui->detailsBrowser->clear();
    m_ui->timelineTree->clear();
    dropButtons();
    m_ui->actionsGroup->setVisible(false);
}

bool CaseView::showCase(const QString &caseId, QString *error)
{
    CaseService service(m_session);
    CaseDetails details;
    if (!service.open(caseId, &details, error))
        return false;
    m_details = std::move(details);
    const CaseState &s = m_details.state;
    const QString name = PersonName {s.surname, s.givenName, s.patronymic}.fullName();
    m_ui->titleLabel->setText(name.isEmpty() ? tr("Case %1").arg(s.caseId) : name);
    QStringList subtitle;
    if (!s.receipt.isEmpty())
        subtitle.append(tr("Receipt %1").arg(ReceiptNumber::format(s.receipt)));
    subtitle.append(CaseTexts::status(s.status));
    if (!s.purpose.isEmpty())
        subtitle.append(CaseTexts::purpose(s.purpose));
    if (!s.anomalies.isEmpty())
        subtitle.append(tr("%n anomaly(ies): see the timeline", nullptr, int(s.anomalies.size())));
    if (!m_details.sharingReceipt.isEmpty())
        subtitle.append(tr("the receipt number is also on another person's case"));
    m_ui->subtitleLabel->setText(subtitle.join(QStringLiteral(" · ")));
    m_ui->detailsBrowser->setHtml(detailsHtml());
    fillTimeline();
    buildActions();
    return true;
}

QString CaseView::detailsText() const
{
    return m_ui->titleLabel->text() + u'\n' + m_ui->subtitleLabel->text() + u'\n'
        + m_ui->detailsBrowser->toPlainText();
}

QString CaseView::detailsHtml() const
{
    const CaseState &s = m_details.state;
    const Application &a = m_details.application;
    const Clock &clock = m_session.clock();

    QString person = row(tr("IIN"), s.iin);
    const IdNumber iin = IdNumber::parse(s.iin);
    if (iin.isValid() && iin.kind() == IdNumber::Kind::Individual) {
        person += row(tr("Born"),
            tr("%1 (%n year(s) old today)", nullptr, iin.ageOn(clock.today()))
                .arg(dateOf(iin.birthDate())));
        person += row(tr("Sex"), iin.sex() == IdNumber::Sex::Male ? tr("male") : tr("female"));
    }
    if (a.subject.previous.present) {
        const Application::Previous &p = a.subject.previous;
        person += row(tr("Previously"),
            QStringList {p.name.fullName(), dateOf(p.birthDate)}.join(u' ').trimmed());
        person += row(tr("Change confirmed by"),
            QStringLiteral("%1 № %2, %3")
                .arg(p.document.type, p.document.number, dateOf(p.document.issuedOn)));
    }
    if (a.applicant.kind == Application::ApplicantKind::LegalEntity)
        person += row(tr("Applicant"), tr("%1, BIN %2").arg(a.applicant.name, a.applicant.bin));

    QString counter = row(tr("At the counter"), Application::presenterKindText(a.presenter.kind));
    if (a.presenter.kind != Application::PresenterKind::Self)
        counter
            += row(tr("Name"), tr("%1, IIN %2").arg(a.presenter.name.fullName(), a.presenter.iin));
    const Application::PowerOfAttorney &poa = a.presenter.poa;
    if (!poa.isEmpty()) {
        counter += row(tr("Power of attorney"),
            tr("notary %1, act № %2, issued %3, valid to %4")
                .arg(poa.notary, poa.registrationNumber, dateOf(poa.issuedOn),
                    dateOf(IntakeChecks::poaValidTo(poa))));
    }
    const Application::BirthCertificate &bc = a.presenter.birthCertificate;
    if (!bc.isEmpty())
        counter += row(tr("Birth certificate"),
            tr("№ %1 of %2, parent %3")
                .arg(bc.number, dateOf(bc.issuedOn),
                    bc.parent.isEmpty() ? bc.parentIin : bc.parent.fullName()));
    const Application::IdentityDocument &d = a.identity;
    QStringList document {Application::identityTypeText(d.type)};
    if (d.type == Application::IdentityType::EDocument) {
        document.append(tr("code %1").arg(d.eCode));
    } else {
        if (!d.number.isEmpty())
            document.append(tr("№ %1").arg(d.number));
        if (!d.issuer.isEmpty())
            document.append(d.issuer);
        if (d.issuedOn.isValid())
            document.append(tr("issued %1").arg(dateOf(d.issuedOn)));
        if (d.expiresOn.isValid())
            document.append(tr("valid to %1").arg(dateOf(d.expiresOn)));
    }
    counter += row(tr("Identity document"), document.join(QStringLiteral(", ")));
    counter += row(tr("Phone for notices"), a.phone);

    QString service = row(tr("Purpose"), Application::purposeText(a.purpose));
    if (!a.country.isEmpty())
        service += row(tr("Country"),
            QStringLiteral("%1 (%2)").arg(
                ApostilleCountries::builtIn().countryName(a.country), a.country));
    if (a.purpose == Application::Purpose::Apostille)
        service
            += row(tr("State fee"), tr("%1 ₸, payment %2").arg(a.fee.amount).arg(a.fee.paymentRef));
    if (s.dueAt.isValid())
        service
            += row(tr("Due"), clock.toLocal(s.dueAt).toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    else
        service += row(tr("Due"), dateOf(s.dueDate));
    // A deadline counted in a year without a working-day calendar is said to be so.
    const WorkCalendar calendar = CaseActionService(m_session).calendar();
    const QString calendarWarning = RulesService::calendarWarning(calendar,
        s.submittedAt.isValid() ? clock.toLocal(s.submittedAt).date() : s.dueDate,
        s.returnDue.isValid() ? std::max(s.dueDate, s.returnDue) : s.dueDate);
    if (!calendarWarning.isEmpty())
        service += row(tr("Warning"), calendarWarning);
    service += row(tr("Submitted"),
        s.submittedAt.isValid()
            ? tr("%1 by %2")
                  .arg(clock.toLocal(s.submittedAt).toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                      s.submittedBy)
            : QString());
    service += row(tr("Certificate"),
        s.certificateNumber.isEmpty()
            ? QString()
            : tr("№ %1 of %2").arg(s.certificateNumber, dateOf(s.certificateDate)));
    service += row(tr("Arrived at the branch"), dateOf(s.arrivedOn));
    service += row(tr("Branch keeps it until"), dateOf(s.branchCustodyUntil));
    service += row(tr("Provider keeps it until"), dateOf(s.providerCustodyUntil));
    service += row(tr("Return due"), dateOf(s.returnDue));
    service += row(tr("Issued"), dateOf(s.issuedOn));
    service += row(tr("Refusal"), s.refusalReason);

    QString checks;
    for (const QJsonValue &v : m_details.received.value(QLatin1String("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString rule = c.value(QLatin1String("rule")).toString();
        const QString result = c.value(QLatin1String("result")).toString();
        QString verdict = result == QLatin1String("passed") ? tr("✓ passed")
            : result == QLatin1String("warned")             ? tr("⚠ recipient warned")
                                                            : tr("⚠ overridden");
        for (const Event &o : m_details.overrides) {
            if (result == QLatin1String("overridden")
                && o.data.value(QLatin1String("rule")).toString() == rule)
                verdict = tr("⚠ overridden by %1: %2")
                              .arg(o.data.value(QLatin1String("supervisor")).toString(),
                                  o.data.value(QLatin1String("reason")).toString());
        }
        checks += row(CheckTexts::rule(rule, c.value(QLatin1String("field")).toString()), verdict);
    }

    QString anomalies;
    for (const Anomaly &an : s.anomalies)
        anomalies += row(clock.toLocal(an.at).toString(QStringLiteral("dd.MM.yyyy HH:mm")),
            CaseFold::describe(an, clock.utcOffsetSeconds(), CaseTexts::event(an.eventType)));
    for (const CaseSummary &other : m_details.sharingReceipt)
        anomalies += row(tr("Same receipt number"),
            tr("%1 has a case with this receipt number too: two workstations issued it. "
               "The two cases stay apart; at issuance the IIN of the person decides.")
                .arg(other.fullName()));

    QString notices;
    if (!s.phone.isEmpty())
        notices += row(tr("Consent"),
            s.noticeConsent ? (s.noticeLanguage == QLatin1String("ru")
                                      ? tr("agreed, in Russian, to %1").arg(s.phone)
                                      : tr("agreed, in Kazakh, to %1").arg(s.phone))
                            : tr("not agreed: nothing is sent"));
    for (const NoticeRecord &n : NoticeLog::fold(m_details.events))
        notices += row(CaseTexts::noticeKind(n.kind), CaseTexts::noticeState(n, clock, n.phone));

    return section(tr("Person"), person) + section(tr("Documents at the counter"), counter)
        + section(tr("Documents checked"), checks) + section(tr("Service and deadline"), service)
        + section(tr("SMS notices"), notices)
        + section(tr("Anomalies for the supervisor"), anomalies);
}

void CaseView::fillTimeline()
{
    m_ui->timelineTree->clear();
    const Clock &clock = m_session.clock();
    for (const Event &e : m_details.events) {
        const QDateTime local = clock.toLocal(e.at);
        auto *item = new QTreeWidgetItem(m_ui->timelineTree,
            {local.toString(QStringLiteral("dd.MM.yyyy HH:mm")), CaseTexts::event(e.typeName), AuthorText::of(e.by),
                CaseTexts::eventDetails(e, local.date())});
        for (const Anomaly &an : m_details.state.anomalies) {
            if (an.eventId == e.id) {
                item->setForeground(1, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(
                    1, CaseFold::describe(an, clock.utcOffsetSeconds(), CaseTexts::event(an.eventType)));
            }
        }
    }
}

void CaseView::buildActions()
{
    dropButtons();
    for (const EventType action : m_details.state.allowedActions()) {
        // Only what the signed-in person may record: a clerk is not offered the transfer,
        // which would be refused after its confirmation (and in a supervisor's words).
        if (!m_session.can(CaseActionService::permissionFor(action)))
            continue;
        auto *button = new QPushButton(m_ui->actionsGroup);
        const QKeySequence key = CaseTexts::shortcut(action);
        button->setText(key.isEmpty() ? CaseTexts::action(action)
                                      : QStringLiteral("%1 (%2)").arg(CaseTexts::action(action),
                                          key.toString(QKeySequence::NativeText)));
        button->setShortcut(key);
        button->setProperty("action", eventTypeName(action));
        if (CaseActions::handles(action) || action == EventType::Note
            || action == EventType::Withdrawn) {
            connect(button, &QPushButton::clicked, this, [this, action]() { runAction(action); });
        } else {
            button->setEnabled(false);
            button->setToolTip(tr("This action is recorded by the provider's systems or from "
                                  "certdeskctl, not at the counter."));
        }
        m_buttons.append(button);
    }
    if (!m_details.state.receipt.isEmpty() && m_details.state.channel == QLatin1String("counter")) {
        auto *print = new QPushButton(
            tr("Print receipt (%1)")
                .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)),
            m_ui->actionsGroup);
        print->setShortcut(QKeySequence::Print);
        print->setProperty("action", QStringLiteral("print_receipt"));
        connect(print, &QPushButton::clicked, this, &CaseView::printReceipt);
        m_buttons.append(print);
    }
    if (!m_details.state.receipt.isEmpty() && m_details.state.hasCounterApplication()) {
        const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
        auto *application = new QPushButton(
            tr("Print application (%1)").arg(key.toString(QKeySequence::NativeText)),
            m_ui->actionsGroup);
        application->setShortcut(key);
        application->setProperty("action", QStringLiteral("print_application"));
        application->setToolTip(m_details.state.applicationPrints > 0
                ? tr("The application was printed %n time(s): this print is marked as a copy.",
                    nullptr, m_details.state.applicationPrints)
                : tr("The application has not been printed yet: this print is the original "
                     "for signature."));
        connect(application, &QPushButton::clicked, this, &CaseView::printApplication);
        m_buttons.append(application);
    }
    // Two to a row while two columns of them keep within the view's share of the window; one
    // to a row when a long Kazakh or Russian label ("Көрсетілетін қызметті берушіге тапсыру")
    // would make two columns wider than that and push the case list's columns off the screen.
    int columnWidth[2] = {0, 0};
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        columnWidth[i % 2] = std::max(columnWidth[i % 2], m_buttons.at(i)->sizeHint().width());
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin)
        + style()->pixelMetric(QStyle::PM_LayoutRightMargin);
    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const int perRow
        = columnWidth[0] + spacing + columnWidth[1] + 2 * margin <= PreferredWidth ? 2 : 1;
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_ui->actionsLayout->addWidget(m_buttons.at(i), int(i / perRow), int(i % perRow));
    m_ui->actionsGroup->setVisible(!m_buttons.isEmpty());
    // Shown now, not when the event loop comes round: the next key (a scanner's Enter, a
    // quick Ctrl+A) already finds the shortcuts of the case's new state.
    for (QAbstractButton *button : std::as_const(m_buttons))
        button->show();
}

void CaseView::dropButtons()
{
    // The button whose click recorded the action is still in its clicked() signal when the
    // case is shown anew: hidden now (its shortcut no longer answers), deleted later.
    for (QAbstractButton *button : std::as_const(m_buttons)) {
        button->hide();
        m_ui->actionsLayout->removeWidget(button);
        button->deleteLater();
    }
    m_buttons.clear();
}

bool CaseView::recordText(EventType action)
{
    const bool note = action == EventType::Note;
    bool ok = false;
    const QString text = QInputDialog::getText(this, CaseTexts::action(action),
        note ? tr("Note on the case:") : tr("Reason the applicant gives for withdrawing:"),
        QLineEdit::Normal, QString(), &ok)
                             .simplified();
    if (!ok)
        return false;
    if (text.isEmpty()) {
        MessageBox::warning(this, CaseTexts::action(action),
            note ? tr("Note: it is empty; nothing was recorded.")
                 : tr("Reason: it is empty; the withdrawal was not recorded."));
        return false;
    }
    QString error;
    CaseActionService service(m_session);
    const bool done = service.act(
        Permission::RecordProgress, action, caseId(),
        [&](const CaseState &, QJsonObject *out, QString *) {
            out->insert(note ? QStringLiteral("text") : QStringLiteral("reason"), text);
            return true;
        },
        nullptr, &error);
    if (!done)
        MessageBox::warning(this, CaseTexts::action(action), error);
    return done;
}

void CaseView::runAction(EventType action)
{
    const QString id = caseId();
    const bool handled = CaseActions::handles(action);
    const bool done = handled ? m_actions->run(action, id, this) : recordText(action);
    window()->activateWindow(); // the keyboard comes back from the action's dialog
    if (done)
        CaseChanges::announce({id}); // this view, the case list and the board read it again
    // What the action did, where the last print's line stood: a result or an arrival that
    // says nothing would leave "Printed on …" of the receipt beside a case that moved on.
    if (handled && !m_actions->lastMessage().isEmpty())
        Q_EMIT notice(m_actions->lastMessage());
    else if (done)
        Q_EMIT notice(tr("%1: receipt %2.")
                          .arg(CaseTexts::event(eventTypeName(action)),
                              CaseActionService::caseLabel(m_details.state)));
}

void CaseView::printReceipt()
{
    if (m_details.state.receipt.isEmpty())
        return;
    const IntakeReceipt receipt = CaseService(m_session).receiptFor(m_details);
    Q_EMIT notice(tr("The receipt %1: %2")
                      .arg(ReceiptNumber::format(receipt.receipt),
                          ReceiptPrinter::print(receipt, this).summary()));
}

void CaseView::printApplication()
{
    if (!m_details.state.hasCounterApplication())
        return;
    const QString id = caseId();
    const IntakeReceipt receipt = CaseService(m_session).receiptFor(m_details);
    const PrintResult printed = ApplicationPrinter::print(
        m_session, receipt, m_details.state.nextApplicationCopy(), this);
    if (printed.printed())
        CaseChanges::announce({id}); // the print is on the case: the next one is a copy
    Q_EMIT notice(tr("The application %1: %2")
                      .arg(ReceiptNumber::format(receipt.receipt), printed.summary()));
}

void CaseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_ui) {
        m_ui->retranslateUi(this);
        // The case is shown again: its words (status, documents, actions) come from tr().
        if (caseId().isEmpty())
            clear();
        else
            showCase(caseId(), nullptr);
    }
    QWidget::changeEvent(event);
}

} // namespace certdesk

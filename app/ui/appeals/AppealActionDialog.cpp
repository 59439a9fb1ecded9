#include "ui/appeals/AppealActionDialog.h"

#include "domain/AppealNumber.h"
#include "services/AppealService.h"
#include "ui/common/KeyboardHabits.h"
#include "ui_AppealActionDialog.h"

#include <QEvent>
#include <QPushButton>

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

} // namespace

QString AppealActionDialog::actionTitle(Action action)
{
    switch (action) {
    case Action::Refer: return tr("Refer to the competent body");
    case Action::Notify: return tr("Applicant notified");
    case Action::Extend: return tr("Extend the term");
    case Action::RestoreTerm: return tr("Restore the missed term");
    case Action::Decide: return tr("Record the decision");
    case Action::Withdraw: return tr("Withdrawn by the applicant");
    case Action::Note: return tr("Note");
    }
    return QString();
}

AppealActionDialog::AppealActionDialog(AppealService &service, const AppealState &appeal,
                                       Action action, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AppealActionDialog>())
    , m_service(service)
    , m_appeal(appeal)
    , m_action(action)
    , m_today(today)
{
    Ui::AppealActionDialog &ui = *m_ui;
    ui.setupUi(this);
    KeyboardHabits::tabLeavesDateBoxes(this);
    ui.dateEdit->setMaximumDate(today);
    ui.dateEdit->setMinimumDate(appeal.receivedOn.isValid() ? appeal.receivedOn : today);
    ui.dateEdit->setDate(today);
    ui.aboutCombo->addItem(QString(), QStringLiteral("referral"));
    ui.aboutCombo->addItem(QString(), QStringLiteral("extension"));
    ui.aboutCombo->setCurrentIndex(appeal.status == AppealStatus::Referred ? 0 : 1);
    for (const QString &outcome : AppealState::outcomes())
        ui.outcomeCombo->addItem(QString(), outcome);
    ui.outcomeCombo->setCurrentIndex(-1);

    QList<QWidget *> shown{ui.dateEdit};
    switch (action) {
    case Action::Refer:
        shown << ui.bodyEdit << ui.refEdit << ui.notifiedCheck;
        ui.notifiedCheck->setChecked(true);
        break;
    case Action::Notify: shown << ui.aboutCombo << ui.howEdit; break;
    case Action::Extend:
        shown << ui.untilEdit << ui.textEdit;
        ui.untilEdit->setMinimumDate(appeal.decisionDue.addDays(1));
        ui.untilEdit->setMaximumDate(appeal.extensionLimit);
        ui.untilEdit->setDate(appeal.extensionLimit);
        break;
    case Action::RestoreTerm: shown << ui.textEdit; break;
    case Action::Decide: shown << ui.outcomeCombo << ui.textEdit; break;
    case Action::Withdraw: shown << ui.textEdit; break;
    case Action::Note: shown = {ui.textEdit}; break;
    }
    for (QWidget *w : {static_cast<QWidget *>(ui.dateEdit), static_cast<QWidget *>(ui.bodyEdit),
                       static_cast<QWidget *>(ui.refEdit), static_cast<QWidget *>(ui.aboutCombo),
                       static_cast<QWidget *>(ui.howEdit), static_cast<QWidget *>(ui.untilEdit),
                       static_cast<QWidget *>(ui.outcomeCombo),
                       static_cast<QWidget *>(ui.textEdit)})
        ui.actionForm->setRowVisible(w, shown.contains(w));
    ui.actionForm->setRowVisible(ui.notifiedCheck, shown.contains(ui.notifiedCheck));
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &AppealActionDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    shown.first()->setFocus();
}

void AppealActionDialog::retranslate()
{
    Ui::AppealActionDialog &ui = *m_ui;
    const AppealState &appeal = m_appeal;
    const QString number = AppealNumber::format(appeal.number);
    setWindowTitle(tr("%1 — appeal %2").arg(actionTitle(m_action), number));
    ui.aboutCombo->setItemText(0, tr("the referral"));
    ui.aboutCombo->setItemText(1, tr("the extension"));
    for (int i = 0; i < ui.outcomeCombo->count(); ++i)
        ui.outcomeCombo->setItemText(i, AppealState::outcomeText(ui.outcomeCombo->itemData(i).toString()));
    QString message;
    switch (m_action) {
    case Action::Refer:
        message = tr("Not within this body's authority: send it to the competent body by "
                     "<b>%1</b> and notify the applicant at the same time.")
                      .arg(dmy(appeal.referralDue));
        break;
    case Action::Notify: message = tr("Record that the applicant was told."); break;
    case Action::Extend:
        message
            = tr("A reasoned decision, taken before the deadline <b>%1</b> runs out; the new "
                 "deadline is at most <b>%2</b> (two months from the day of receipt, %3). "
                 "The applicant must be told within 3 working days.")
                  .arg(dmy(appeal.decisionDue), dmy(appeal.extensionLimit), dmy(appeal.receivedOn));
        break;
    case Action::RestoreTerm:
        message = tr("The complaint was filed after the 3-month term (ended %1). Restore the "
                     "term for a good reason.")
                      .arg(dmy(appeal.filingUntil));
        break;
    case Action::Decide:
        ui.textLabel->setText(tr("&Summary"));
        message = appeal.isDeemedRefused(m_today)
                      ? tr("The deadline %1 has passed: the appeal already counts as refused. "
                           "Record the decision as given.")
                            .arg(dmy(appeal.decisionDue))
                      : tr("Decision due by <b>%1</b>.").arg(dmy(appeal.decisionDue));
        break;
    case Action::Withdraw:
        ui.textLabel->setText(tr("Rea&son (optional)"));
        message = tr("The applicant's written application to withdraw, before the decision.");
        break;
    case Action::Note:
        ui.textLabel->setText(tr("&Note"));
        message = tr("A remark kept with the appeal.");
        break;
    }
    ui.messageLabel->setText(tr("Appeal %1 of %2, %3.<br>%4")
                                 .arg(number, dmy(appeal.receivedOn),
                                      appeal.appeal.applicantName().toHtmlEscaped(), message));
    // The button box puts its own texts back on a language change: set ours after it.
    auto okText = [this]() { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record")); };
    okText();
    QMetaObject::invokeMethod(this, okText, Qt::QueuedConnection);
}

void AppealActionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

AppealActionDialog::~AppealActionDialog() = default;

void AppealActionDialog::setDate(const QDate &date)
{
    m_ui->dateEdit->setDate(date);
}

void AppealActionDialog::setBody(const QString &body)
{
    m_ui->bodyEdit->setText(body);
}

void AppealActionDialog::setNotified(bool notified)
{
    m_ui->notifiedCheck->setChecked(notified);
}

void AppealActionDialog::setUntil(const QDate &date)
{
    m_ui->untilEdit->setDate(date);
}

void AppealActionDialog::setOutcome(const QString &outcome)
{
    m_ui->outcomeCombo->setCurrentIndex(m_ui->outcomeCombo->findData(outcome));
}

void AppealActionDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

QString AppealActionDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void AppealActionDialog::accept()
{
    Ui::AppealActionDialog &ui = *m_ui;
    const QString id = m_appeal.appealId;
    const QDate on = ui.dateEdit->date();
    const QString text = ui.textEdit->toPlainText();
    QString error;
    bool ok = false;
    switch (m_action) {
    case Action::Refer:
        ok = m_service.refer(id, ui.bodyEdit->text(), ui.refEdit->text(), on,
                             ui.notifiedCheck->isChecked() ? on : QDate(), &error);
        break;
    case Action::Notify:
        ok = m_service.notify(id, ui.aboutCombo->currentData().toString(), on,
                              ui.howEdit->text(), &error);
        break;
    case Action::Extend:
        ok = m_service.extend(id, ui.untilEdit->date(), text, on, &error);
        break;
    case Action::RestoreTerm: ok = m_service.restoreTerm(id, text, on, &error); break;
    case Action::Decide:
        ok = m_service.decide(id, ui.outcomeCombo->currentData().toString(), text, on, &error);
        break;
    case Action::Withdraw: ok = m_service.withdraw(id, text, on, &error); break;
    case Action::Note: ok = m_service.note(id, text, &error); break;
    }
    if (!ok) {
        ui.errorLabel->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace certdesk

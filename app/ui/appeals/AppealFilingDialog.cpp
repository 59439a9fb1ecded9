#include "ui/appeals/AppealFilingDialog.h"

#include "domain/AppealChecks.h"
#include "domain/AppealNumber.h"
#include "domain/AppealTerms.h"
#include "domain/Clock.h"
#include "services/AppealService.h"
#include "services/Session.h"
#include "ui/appeals/AppealReceiptPrinter.h"
#include "ui/common/MessageBox.h"
#include "ui_AppealFilingDialog.h"

#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>

namespace certdesk {

namespace {

QString dmy(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : QString();
}

} // namespace

AppealFilingDialog::AppealFilingDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AppealFilingDialog>())
    , m_session(session)
    , m_service(std::make_unique<AppealService>(session))
{
    setUp();
    retranslate();
}

AppealFilingDialog::AppealFilingDialog(Session &session, const AppealState &existing,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AppealFilingDialog>())
    , m_session(session)
    , m_service(std::make_unique<AppealService>(session))
    , m_amendId(existing.appealId)
    , m_accepted(existing)
{
    setUp();
    retranslate();
    setAppeal(existing.appeal);
    m_ui->aboutCombo->setEnabled(false);
    m_ui->otherBodyCheck->setEnabled(false);
    m_ui->complianceDueEdit->setEnabled(false);
    m_ui->complianceDueEdit->setText(dmy(existing.complianceDue));
    m_termEdited = true;
    updatePreview();
}

AppealFilingDialog::~AppealFilingDialog() = default;

void AppealFilingDialog::setUp()
{
    m_ui->setupUi(this);
    Ui::AppealFilingDialog &ui = *m_ui;
    for (const Appeal::About about : {Appeal::About::Service, Appeal::About::Decision,
                                      Appeal::About::Action, Appeal::About::Inaction})
        ui.aboutCombo->addItem(QString(), int(about));
    ui.applicantKindCombo->addItem(QString(), int(Appeal::ApplicantKind::Individual));
    ui.applicantKindCombo->addItem(QString(), int(Appeal::ApplicantKind::LegalEntity));
    ui.basisCombo->addItem(QString(), int(Appeal::Basis::PowerOfAttorney));
    ui.basisCombo->addItem(QString(), int(Appeal::Basis::Head));
    setOkText();

    for (QPushButton *b : ui.buttonBox->findChildren<QPushButton *>())
        b->setAutoDefault(false);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &AppealFilingDialog::accept);
    }
    connect(ui.buttonBox, &QDialogButtonBox::accepted, this, &AppealFilingDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto changed = [this]() {
        if (!m_filling)
            updatePreview();
    };
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit != ui.complianceDueEdit)
            connect(edit, &QLineEdit::textChanged, this, changed);
    }
    connect(ui.complianceDueEdit, &QLineEdit::textEdited, this, [this]() {
        m_termEdited = true;
        updatePreview();
    });
    connect(ui.essenceEdit, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *combo : {ui.aboutCombo, ui.applicantKindCombo, ui.basisCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *check : {ui.otherBodyCheck, ui.signedCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    connect(ui.representativeGroup, &QGroupBox::toggled, this, changed);

    // What the clerk does, never what the form fills in itself, makes the form worth asking
    // about before it is thrown away.
    auto edited = [this]() { m_dirty = true; };
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, edited);
    connect(ui.essenceEdit, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_filling)
            m_dirty = true;
    });
    for (QComboBox *combo : findChildren<QComboBox *>())
        connect(combo, &QComboBox::activated, this, edited);
    for (QAbstractButton *button : findChildren<QCheckBox *>())
        connect(button, &QAbstractButton::clicked, this, edited);
    connect(ui.representativeGroup, &QGroupBox::clicked, this, edited);
    ui.aboutCombo->setFocus();
}

void AppealFilingDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter moves on to the next field: a keyboard-only clerk must not register the appeal
    // half typed. Ctrl+Enter (or Alt+A) accepts; Esc cancels, asking first (reject()).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AppealFilingDialog::setOkText()
{
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(m_amendId.isEmpty() ? tr("&Accept and print the receipt")
                                    : tr("Sa&ve the details"));
    ok->setToolTip(tr("Ctrl+Enter"));
}

void AppealFilingDialog::retranslate()
{
    Ui::AppealFilingDialog &ui = *m_ui;
    for (int i = 0; i < ui.aboutCombo->count(); ++i)
        ui.aboutCombo->setItemText(i, Appeal::aboutText(Appeal::About(ui.aboutCombo->itemData(i).toInt())));
    ui.applicantKindCombo->setItemText(0, tr("Individual"));
    ui.applicantKindCombo->setItemText(1, tr("Legal entity"));
    ui.basisCombo->setItemText(0, tr("by power of attorney"));
    ui.basisCombo->setItemText(1, tr("as head of the legal entity"));
    if (!m_amendId.isEmpty()) {
        setWindowTitle(tr("Details brought for appeal %1").arg(AppealNumber::format(m_accepted.number)));
        ui.introLabel->setText(tr("Enter the details the applicant brought. What the appeal is "
                                  "about and whom it is addressed to stay as accepted."));
    }
    // The button box puts its own texts back on the same event: set ours after it.
    QMetaObject::invokeMethod(this, [this]() { setOkText(); }, Qt::QueuedConnection);
    setOkText();
    if (!m_filling)
        updatePreview();
}

void AppealFilingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

bool AppealFilingDialog::readDate(const QString &text, QDate *date)
{
    *date = QDate();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    static const QRegularExpression separated(QStringLiteral("^(\\d{1,2})[.\\-/ ](\\d{1,2})[.\\-/ ](\\d{4})$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = packed.match(t);
    if (!m.hasMatch())
        return false;
    *date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return date->isValid();
}

Appeal AppealFilingDialog::appeal() const
{
    const Ui::AppealFilingDialog &ui = *m_ui;
    Appeal a;
    a.about = Appeal::About(ui.aboutCombo->currentData().toInt());
    a.applicant.kind = Appeal::ApplicantKind(ui.applicantKindCombo->currentData().toInt());
    if (a.applicant.kind == Appeal::ApplicantKind::Individual) {
        a.applicant.name = {ui.surnameEdit->text(), ui.givenNameEdit->text(),
                            ui.patronymicEdit->text()};
        a.applicant.iin = ui.iinEdit->text();
    } else {
        a.applicant.entityName = ui.entityNameEdit->text();
        a.applicant.bin = ui.binEdit->text();
    }
    a.applicant.address = ui.addressEdit->text();
    a.applicant.phone = ui.phoneEdit->text();
    a.representative.present = ui.representativeGroup->isChecked();
    if (a.representative.present) {
        Appeal::Representative &r = a.representative;
        r.name = {ui.repSurnameEdit->text(), ui.repGivenNameEdit->text(),
                  ui.repPatronymicEdit->text()};
        r.iin = ui.repIinEdit->text();
        // Only a legal entity's head acts without a power of attorney (the row is hidden
        // for an individual, whatever it was left at).
        r.basis = a.applicant.kind == Appeal::ApplicantKind::LegalEntity
                      ? Appeal::Basis(ui.basisCombo->currentData().toInt())
                      : Appeal::Basis::PowerOfAttorney;
        r.poaNumber = ui.poaNumberEdit->text();
        readDate(ui.poaDateEdit->text(), &r.poaIssuedOn);
        r.poaIssuer = ui.poaIssuerEdit->text();
    }
    a.addressee = ui.addresseeEdit->text();
    a.otherBody = ui.otherBodyCheck->isChecked();
    a.essence = ui.essenceEdit->toPlainText();
    readDate(ui.appealDateEdit->text(), &a.date);
    a.isSigned = ui.signedCheck->isChecked();
    a.caseReceipt = ui.caseReceiptEdit->text();
    if (a.kind() == Appeal::Kind::Complaint) {
        a.act = ui.actEdit->text();
        readDate(ui.learnedOnEdit->text(), &a.learnedOn);
    }
    return AppealChecks::normalized(a);
}

void AppealFilingDialog::setAppeal(const Appeal &a)
{
    Ui::AppealFilingDialog &ui = *m_ui;
    m_filling = true;
    ui.aboutCombo->setCurrentIndex(ui.aboutCombo->findData(int(a.about)));
    ui.applicantKindCombo->setCurrentIndex(ui.applicantKindCombo->findData(int(a.applicant.kind)));
    ui.surnameEdit->setText(a.applicant.name.surname);
    ui.givenNameEdit->setText(a.applicant.name.givenName);
    ui.patronymicEdit->setText(a.applicant.name.patronymic);
    ui.iinEdit->setText(a.applicant.iin);
    ui.entityNameEdit->setText(a.applicant.entityName);
    ui.binEdit->setText(a.applicant.bin);
    ui.addressEdit->setText(a.applicant.address);
    ui.phoneEdit->setText(a.applicant.phone);
    ui.representativeGroup->setChecked(a.representative.present);
    ui.repSurnameEdit->setText(a.representative.name.surname);
    ui.repGivenNameEdit->setText(a.representative.name.givenName);
    ui.repPatronymicEdit->setText(a.representative.name.patronymic);
    ui.repIinEdit->setText(a.representative.iin);
    ui.basisCombo->setCurrentIndex(ui.basisCombo->findData(int(a.representative.basis)));
    ui.poaNumberEdit->setText(a.representative.poaNumber);
    ui.poaDateEdit->setText(dmy(a.representative.poaIssuedOn));
    ui.poaIssuerEdit->setText(a.representative.poaIssuer);
    ui.addresseeEdit->setText(a.addressee);
    ui.otherBodyCheck->setChecked(a.otherBody);
    ui.essenceEdit->setPlainText(a.essence);
    ui.appealDateEdit->setText(dmy(a.date));
    ui.signedCheck->setChecked(a.isSigned);
    ui.caseReceiptEdit->setText(a.caseReceipt);
    ui.actEdit->setText(a.act);
    ui.learnedOnEdit->setText(dmy(a.learnedOn));
    m_filling = false;
    updatePreview();
}

void AppealFilingDialog::updateVisibility()
{
    Ui::AppealFilingDialog &ui = *m_ui;
    const bool entity = ui.applicantKindCombo->currentData().toInt()
                        == int(Appeal::ApplicantKind::LegalEntity);
    for (QWidget *w : {static_cast<QWidget *>(ui.surnameEdit), static_cast<QWidget *>(ui.givenNameEdit),
                       static_cast<QWidget *>(ui.patronymicEdit), static_cast<QWidget *>(ui.iinEdit)})
        ui.appealForm->setRowVisible(w, !entity);
    ui.appealForm->setRowVisible(ui.entityNameEdit, entity);
    ui.appealForm->setRowVisible(ui.binEdit, entity);
    const bool complaint = Appeal::kindOf(Appeal::About(ui.aboutCombo->currentData().toInt()))
                           == Appeal::Kind::Complaint;
    ui.appealForm->setRowVisible(ui.actEdit, complaint);
    ui.appealForm->setRowVisible(ui.learnedOnEdit, complaint);
    const bool poa = ui.basisCombo->currentData().toInt() == int(Appeal::Basis::PowerOfAttorney)
                     || !entity;
    ui.representativeForm->setRowVisible(ui.basisCombo, entity);
    for (QWidget *w : {ui.poaNumberEdit, ui.poaDateEdit, ui.poaIssuerEdit})
        ui.representativeForm->setRowVisible(w, poa);
}

void AppealFilingDialog::updatePreview()
{
    updateVisibility();
    Ui::AppealFilingDialog &ui = *m_ui;
    const Appeal a = appeal();

    QStringList notes; // typed text that is not a date: recorded as missing, said here
    const QList<QPair<QLineEdit *, QString>> dateFields{
        {ui.appealDateEdit, tr("Appeal dated")},
        {ui.learnedOnEdit, tr("Learned of it on")},
        {ui.poaDateEdit, tr("Power of attorney issued on")},
    };
    for (const auto &[edit, name] : dateFields) {
        QDate d;
        if (edit->isVisibleTo(this) && !readDate(edit->text(), &d))
            notes.append(tr("%1: \"%2\" is not a date (DD.MM.YYYY); as it stands it is "
                            "recorded as missing.")
                             .arg(name, edit->text()));
    }

    QList<CompliancePoint> points;
    QStringList lines;
    if (m_amendId.isEmpty()) {
        const AppealService::Preview p = m_service->preview(a);
        points = p.points;
        if (!m_termEdited)
            ui.complianceDueEdit->setText(dmy(p.complianceDue));
        const AppealTermLengths lengths;
        const int days = a.kind() == Appeal::Kind::Complaint ? lengths.complaintWorkingDays
                                                             : lengths.appealWorkingDays;
        lines.append(tr("Received today, %1. Decision due by <b>%2</b> (%n working day(s)); "
                        "no decision by then counts as a refusal.",
            nullptr, days)
                         .arg(dmy(p.received), dmy(p.decisionDue)));
        if (a.otherBody)
            lines.append(tr("Refer it to the competent body, notifying the applicant, by "
                            "<b>%1</b>.")
                             .arg(dmy(p.referralDue)));
        if (p.filedLate)
            lines.append(tr("<span style=\"color:#b00020\">Filed after the 3-month term, which "
                            "ended on %1: accepted all the same and flagged for the restoration "
                            "of the term.</span>")
                             .arg(dmy(p.filingUntil)));
        else if (p.filingUntil.isValid())
            lines.append(tr("Filed within the 3-month term (until %1).").arg(dmy(p.filingUntil)));
    } else {
        points = AppealChecks::points(a, m_accepted.receivedOn);
        lines.append(tr("Received %1. Decision due by <b>%2</b>.")
                         .arg(dmy(m_accepted.receivedOn), dmy(m_accepted.decisionDue)));
    }
    ui.deadlinesLabel->setText(lines.join(QStringLiteral("<br>")));

    ui.pointsList->clear();
    for (const CompliancePoint &point : points)
        ui.pointsList->addItem(AppealChecks::text(point));
    if (points.isEmpty())
        ui.pointsList->addItem(tr("Nothing is missing."));
    ui.pointsHeading->setText(points.isEmpty()
                                  ? tr("To bring into compliance: nothing")
                                  : tr("To bring into compliance (printed on the receipt): %n "
                                       "point(s)",
                                       nullptr, int(points.size())));
    ui.complianceDueEdit->setEnabled(m_amendId.isEmpty() && !points.isEmpty());
    ui.errorLabel->setText(notes.join(u'\n'));
}

QStringList AppealFilingDialog::pointTexts() const
{
    QStringList out;
    if (m_ui->pointsList->count() == 1
        && m_ui->pointsList->item(0)->text() == tr("Nothing is missing."))
        return out;
    for (int i = 0; i < m_ui->pointsList->count(); ++i)
        out.append(m_ui->pointsList->item(i)->text());
    return out;
}

QString AppealFilingDialog::deadlinesText() const
{
    return m_ui->deadlinesLabel->text();
}

QString AppealFilingDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void AppealFilingDialog::reject()
{
    if (m_dirty
        && MessageBox::question(this, windowTitle(),
               m_amendId.isEmpty() ? tr("Throw away the appeal typed so far? Nothing has been "
                                        "registered yet.")
                                   : tr("Throw away the details typed so far? Nothing has been "
                                        "recorded yet."))
            != QMessageBox::Yes) {
        activateWindow(); // back to typing where the clerk was
        return;
    }
    QDialog::reject();
}

void AppealFilingDialog::accept()
{
    QString error;
    if (!m_amendId.isEmpty()) {
        if (!m_service->amend(m_amendId, appeal(), &error)) {
            m_ui->errorLabel->setText(error);
            return;
        }
        QDialog::accept();
        return;
    }
    QDate term;
    if (m_ui->complianceDueEdit->isEnabled()
        && !readDate(m_ui->complianceDueEdit->text(), &term)) {
        m_ui->errorLabel->setText(tr("Term for the points: \"%1\" is not a date; type it as "
                                     "DD.MM.YYYY or clear it for the default term.")
                                      .arg(m_ui->complianceDueEdit->text()));
        m_ui->complianceDueEdit->setFocus();
        return;
    }
    const AppealService::Result r = m_service->accept(appeal(), term);
    if (!r.ok) {
        m_ui->errorLabel->setText(r.error);
        return;
    }
    m_accepted = r.state;
    m_receiptPrint
        = AppealReceiptPrinter::print(AppealReceiptPrinter::data(r.state, m_session), this);
    QDialog::accept();
}

} // namespace certdesk

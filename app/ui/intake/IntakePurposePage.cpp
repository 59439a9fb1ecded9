#include "ui/intake/IntakePurposePage.h"

#include "domain/ApostilleCountries.h"
#include "domain/Clock.h"
#include "services/Session.h"
#include "ui/common/DateText.h"
#include "ui/intake/IntakeWizard.h"
#include "ui_IntakePurposePage.h"

#include <QCompleter>

namespace certdesk {

using Purpose = Application::Purpose;

IntakePurposePage::IntakePurposePage(IntakeWizard *wizard)
    : IntakePage(wizard, {IntakeSection::Purpose, IntakeSection::Contact})
    , m_ui(std::make_unique<Ui::IntakePurposePage>())
{
    m_ui->setupUi(form());
    setTitle(tr("Purpose and phone"));
    for (const auto &[code, name] : ApostilleCountries::allCountries()) {
        if (code != QLatin1String(ApostilleCountries::HomeCountry))
            m_ui->countryCombo->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    }
    m_ui->countryCombo->setCurrentIndex(-1);
    m_ui->countryCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->countryCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (QRadioButton *r : {m_ui->domesticRadio, m_ui->abroadRadio, m_ui->apostilleRadio})
        connect(r, &QRadioButton::toggled, this, &IntakePurposePage::update);
    connect(m_ui->countryCombo, &QComboBox::currentTextChanged, this, &IntakePurposePage::update);
    connect(m_ui->acknowledgeCheck, &QCheckBox::toggled, this, &IntakePurposePage::update);
    // No apostille can serve the country: the application goes abroad without one.
    connect(m_ui->abroadInsteadButton, &QPushButton::clicked, this, [this]() {
        m_ui->abroadRadio->setChecked(true);
        m_ui->phoneEdit->setFocus(Qt::OtherFocusReason);
    });
    // The person's language for the SMS texts, whatever the screen's language is.
    m_ui->noticeLanguageCombo->addItem(tr("Kazakh"), QStringLiteral("kk"));
    m_ui->noticeLanguageCombo->addItem(tr("Russian"), QStringLiteral("ru"));
    m_ui->noticeConsentCheck->setChecked(false);
    watchForEdits();
    update();
}

IntakePurposePage::~IntakePurposePage() = default;

Purpose IntakePurposePage::purpose() const
{
    if (m_ui->apostilleRadio->isChecked())
        return Purpose::Apostille;
    if (m_ui->abroadRadio->isChecked())
        return Purpose::Abroad;
    return Purpose::Domestic;
}

bool IntakePurposePage::countryCode(QString *code) const
{
    const QComboBox *c = m_ui->countryCombo;
    const QString text = c->currentText().trimmed();
    code->clear();
    if (text.isEmpty())
        return true;
    if (c->currentIndex() >= 0 && c->itemText(c->currentIndex()) == c->currentText()) {
        *code = c->currentData().toString();
        return true;
    }
    // The whole name, the code, or a part of the name only one country has ("Russia").
    QString only;
    int matches = 0;
    for (int i = 0; i < c->count(); ++i) {
        const QString itemCode = c->itemData(i).toString();
        if (text.compare(c->itemText(i), Qt::CaseInsensitive) == 0
            || text.compare(itemCode, Qt::CaseInsensitive) == 0
            || c->itemText(i).startsWith(text + QStringLiteral(" ("), Qt::CaseInsensitive)) {
            *code = itemCode;
            return true;
        }
        if (c->itemText(i).contains(text, Qt::CaseInsensitive)) {
            only = itemCode;
            ++matches;
        }
    }
    if (matches == 1) {
        *code = only;
        return true;
    }
    return false;
}

void IntakePurposePage::load(const Application &)
{
    update();
}

void IntakePurposePage::update()
{
    const Purpose p = purpose();
    const bool apostille = p == Purpose::Apostille;
    m_ui->countryCombo->setEnabled(p != Purpose::Domestic);

    QString code;
    const bool chosen = countryCode(&code) && !code.isEmpty();
    const QDate today = intake()->session().clock().today();
    QString note;
    bool needsAcknowledgement = false;
    ApostilleCountries::Answer answer;
    if (apostille && chosen) {
        answer = intake()->service().countries().check(code, today);
        if (!answer.legalAssistance.isEmpty()) {
            needsAcknowledgement = true;
            note = tr("%1. Tell the recipient before taking any fee.")
                       .arg(intake()->service().countries().noApostilleNeeded(code));
        } else if (answer.status != ApostilleCountries::Status::InForce) {
            note = answer.reason;
        }
    }
    const bool barred = apostille && chosen && answer.isBarred();
    m_ui->legalAssistanceLabel->setText(note);
    m_ui->legalAssistanceLabel->setVisible(!note.isEmpty());
    m_ui->abroadInsteadButton->setVisible(barred);
    m_ui->acknowledgeCheck->setVisible(needsAcknowledgement);
    if (!needsAcknowledgement)
        m_ui->acknowledgeCheck->setChecked(false);

    // No fee is asked for an apostille that cannot serve the country, nor before the
    // recipient knows whether they need one at all (while the country is still being chosen
    // the field stays open).
    const bool feeOpen
        = apostille && (!chosen || answer.feeMayBeTaken(m_ui->acknowledgeCheck->isChecked()));
    m_ui->feeLabel->setText(intake()->service().feeText());
    m_ui->feeForm->setRowVisible(m_ui->feeLabel, apostille && !barred);
    m_ui->feeForm->setRowVisible(m_ui->paymentRefEdit, apostille && !barred);
    m_ui->paymentRefEdit->setEnabled(feeOpen);

    Application preview = intake()->application();
    preview.purpose = p;
    const ServiceTerms::Due due = intake()->service().dueNow(preview);
    const QString warning = intake()->service().calendarWarning(due);
    m_ui->dueLabel->setText((due.isDateTime()
                                 ? tr("Electronic result due by %1.").arg(due.dueAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                                 : tr("Paper certificate due by %1 (working days; the day of submission "
                                      "is not counted).")
                                       .arg(DateText::format(due.dueDate)))
                            + (warning.isEmpty() ? QString() : u'\n' + warning));
}

void IntakePurposePage::read(Application &a, QList<CheckResult> *inputErrors) const
{
    a.purpose = purpose();
    QString code;
    if (!countryCode(&code) && a.purpose != Purpose::Domestic) {
        CheckResult r;
        r.rule = QStringLiteral("country_valid");
        r.field = QStringLiteral("country");
        r.outcome = CheckResult::Outcome::Invalid;
        r.section = IntakeSection::Purpose;
        r.message = tr("Country of destination: \"%1\" is not in the list. Choose the country from "
                       "the list (type part of its name).")
                        .arg(m_ui->countryCombo->currentText().trimmed());
        inputErrors->append(r);
    }
    a.country = code;
    a.noApostilleNeededAcknowledged = !m_ui->acknowledgeCheck->isHidden() && m_ui->acknowledgeCheck->isChecked();
    a.fee = intake()->service().apostilleFee();
    a.fee.paymentRef = m_ui->paymentRefEdit->isEnabled() ? m_ui->paymentRefEdit->text() : QString();
    a.phone = m_ui->phoneEdit->text();
    // No consent unless ticked; without a phone there is nothing to agree to.
    a.noticeConsent = !a.phone.trimmed().isEmpty() && m_ui->noticeConsentCheck->isChecked();
    a.noticeLanguage = m_ui->noticeLanguageCombo->currentData().toString();
}

QWidget *IntakePurposePage::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("country")) {
        if (!m_ui->abroadInsteadButton->isHidden())
            return m_ui->abroadInsteadButton;
        return m_ui->acknowledgeCheck->isHidden() ? static_cast<QWidget *>(m_ui->countryCombo) : m_ui->acknowledgeCheck;
    }
    if (field == QLatin1String("fee.payment_ref"))
        return m_ui->paymentRefEdit;
    if (field == QLatin1String("phone"))
        return m_ui->phoneEdit;
    return nullptr;
}

QWidget *IntakePurposePage::firstField() const
{
    if (m_ui->apostilleRadio->isChecked())
        return m_ui->apostilleRadio;
    if (m_ui->abroadRadio->isChecked())
        return m_ui->abroadRadio;
    return m_ui->domesticRadio;
}

} // namespace certdesk

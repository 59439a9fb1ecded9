#include "ui/intake/IntakeSubjectPage.h"

#include "domain/Clock.h"
#include "domain/IdNumber.h"
#include "services/Session.h"
#include "ui/common/DateText.h"
#include "ui/intake/IntakeWizard.h"
#include "ui_IntakeSubjectPage.h"

namespace certdesk {

IntakeSubjectPage::IntakeSubjectPage(IntakeWizard *wizard)
    : IntakePage(wizard, {IntakeSection::Subject})
    , m_ui(std::make_unique<Ui::IntakeSubjectPage>())
{
    m_ui->setupUi(form());
    setTitle(tr("The person the certificate is about"));
    setSubTitle(tr("As written in the identity document."));
    m_ui->changeDocTypeCombo->addItems({tr("marriage certificate"), tr("divorce certificate"),
                                        tr("certificate of change of name"), tr("court decision")});
    m_ui->changeDocTypeCombo->setCurrentIndex(-1);
    m_ui->previousGroup->setVisible(false);
    connect(m_ui->changedCheck, &QCheckBox::toggled, m_ui->previousGroup, &QWidget::setVisible);
    connect(m_ui->iinEdit, &QLineEdit::textChanged, this, &IntakeSubjectPage::showIinInfo);
    watchForEdits();
}

IntakeSubjectPage::~IntakeSubjectPage() = default;

void IntakeSubjectPage::showIinInfo()
{
    const QString text = m_ui->iinEdit->text();
    const IdNumber id = IdNumber::parse(text);
    if (IdNumber::normalize(text).isEmpty()) {
        m_ui->iinInfo->clear();
    } else if (!id.isValid()) {
        // Said while typing, not as an error: eleven digits are normal on the way to twelve.
        m_ui->iinInfo->setText(id.error() == IdNumber::Error::Length && IdNumber::normalize(text).size() < 12
                                   ? QString()
                                   : id.errorText());
    } else if (id.kind() != IdNumber::Kind::Individual) {
        m_ui->iinInfo->setText(tr("This is a BIN of a legal entity, not an IIN."));
    } else if (id.birthDate() > intake()->session().clock().today()) {
        // Said as it is: the IIN gives a birth date still to come, so it is mistyped.
        m_ui->iinInfo->setText(tr("The IIN gives the birth date %1, which is after today: check "
                                  "the IIN against the document.")
                                   .arg(DateText::format(id.birthDate())));
    } else {
        const int age = id.ageOn(intake()->session().clock().today());
        const QString sex = id.sex() == IdNumber::Sex::Male ? tr("male") : tr("female");
        m_ui->iinInfo->setText(age < IntakeChecks::AdultAge
                ? tr("Born %1, %2, %n year(s) old: a minor (from the IIN)", nullptr, age)
                      .arg(DateText::format(id.birthDate()), sex)
                : tr("Born %1, %2, %n year(s) old (from the IIN)", nullptr, age)
                      .arg(DateText::format(id.birthDate()), sex));
    }
}

void IntakeSubjectPage::read(Application &a, QList<CheckResult> *inputErrors) const
{
    a.subject.iin = m_ui->iinEdit->text();
    a.subject.name = {m_ui->surnameEdit->text(), m_ui->givenNameEdit->text(), m_ui->patronymicEdit->text()};
    Application::Previous &p = a.subject.previous;
    p.present = m_ui->changedCheck->isChecked();
    p.name = {m_ui->prevSurnameEdit->text(), m_ui->prevGivenNameEdit->text(), m_ui->prevPatronymicEdit->text()};
    p.document.type = m_ui->changeDocTypeCombo->currentText();
    p.document.number = m_ui->changeDocNumberEdit->text();
    p.document.issuer = m_ui->changeDocIssuerEdit->text();
    if (p.present) {
        p.birthDate = readDate(m_ui->prevBirthDateEdit, "subject.previous.birth_date", inputErrors);
        p.document.issuedOn = readDate(m_ui->changeDocDateEdit, "subject.previous.document.issued_on", inputErrors);
    }
}

QWidget *IntakeSubjectPage::fieldWidget(const QString &field) const
{
    if (field == QLatin1String("subject.iin"))
        return m_ui->iinEdit;
    if (field == QLatin1String("subject.surname"))
        return m_ui->surnameEdit;
    if (field == QLatin1String("subject.given_name"))
        return m_ui->givenNameEdit;
    if (field == QLatin1String("subject.patronymic"))
        return m_ui->patronymicEdit;
    if (field == QLatin1String("subject.previous") || field == QLatin1String("subject.previous.surname"))
        return m_ui->prevSurnameEdit;
    if (field == QLatin1String("subject.previous.given_name"))
        return m_ui->prevGivenNameEdit;
    if (field == QLatin1String("subject.previous.patronymic"))
        return m_ui->prevPatronymicEdit;
    if (field == QLatin1String("subject.previous.birth_date"))
        return m_ui->prevBirthDateEdit;
    if (field == QLatin1String("subject.previous.document.type"))
        return m_ui->changeDocTypeCombo;
    if (field == QLatin1String("subject.previous.document.number"))
        return m_ui->changeDocNumberEdit;
    if (field == QLatin1String("subject.previous.document.issued_on"))
        return m_ui->changeDocDateEdit;
    return nullptr;
}

QWidget *IntakeSubjectPage::firstField() const
{
    return m_ui->iinEdit;
}

} // namespace certdesk

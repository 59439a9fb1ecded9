#include "ui/intake/IntakePage.h"

#include "ui/common/DateText.h"
#include "ui/common/WindowFit.h"
#include "ui/intake/IntakeWizard.h"
#include "ui/intake/OverrideDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk {

IntakePage::IntakePage(IntakeWizard *wizard, QList<IntakeSection> sections)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_sections(std::move(sections))
    , m_form(new QWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_problems(new QLabel(this))
    , m_override(new QPushButton(tr("Supervisor &override… (Ctrl+O)"), this))
{
    auto *layout = new QVBoxLayout(this);
    // On a small screen the form scrolls: a field keeps the height its text needs.
    m_scroll->setObjectName(QStringLiteral("formScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field, never to the frame
    m_scroll->setWidget(m_form);
    layout->addWidget(m_scroll, 1);
    WindowFit::followFocus(m_scroll);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020; border: 1px solid #e0b4b4; "
                                             "background: #fff6f6; padding: 6px;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    m_override->setObjectName(QStringLiteral("overrideButton"));
    m_override->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_override->setAutoDefault(false);
    m_override->hide();
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_override);
    layout->addLayout(row);
    connect(m_override, &QPushButton::clicked, this, &IntakePage::requestOverride);
}

void IntakePage::initializePage()
{
    listProblems({});
    load(m_wizard->application());
    // After QWizard has finished switching pages: the clerk types into the first field.
    QTimer::singleShot(0, this, [this]() {
        if (QWidget *w = firstField())
            w->setFocus(Qt::TabFocusReason);
    });
}

QDate IntakePage::readDate(const QLineEdit *edit, const char *field, QList<CheckResult> *inputErrors) const
{
    QDate date;
    QString error;
    if (!DateText::parse(edit->text(), &date, &error)) {
        CheckResult r;
        r.rule = QStringLiteral("date_valid");
        r.field = QString::fromLatin1(field);
        r.outcome = CheckResult::Outcome::Invalid;
        r.section = m_sections.value(0);
        r.message = IntakeChecks::fieldLabel(r.field) + QStringLiteral(": ") + error + u'.';
        inputErrors->append(r);
    }
    return date;
}

void IntakePage::watchForEdits()
{
    for (QLineEdit *e : m_form->findChildren<QLineEdit *>()) {
        connect(e, &QLineEdit::textEdited, m_wizard, &IntakeWizard::markDirty);
        connect(e, &QLineEdit::textChanged, this, &IntakePage::recheck);
    }
    for (QComboBox *c : m_form->findChildren<QComboBox *>()) {
        connect(c, &QComboBox::activated, m_wizard, &IntakeWizard::markDirty);
        connect(c, &QComboBox::currentTextChanged, this, &IntakePage::recheck);
    }
    for (QAbstractButton *b : m_form->findChildren<QAbstractButton *>()) {
        connect(b, &QAbstractButton::clicked, m_wizard, &IntakeWizard::markDirty);
        connect(b, &QAbstractButton::toggled, this, &IntakePage::recheck);
    }
}

QList<CheckResult> IntakePage::blockingProblems()
{
    QList<CheckResult> out;
    for (const CheckResult &r : m_wizard->checkAll()) {
        if (!m_sections.contains(r.section) || !r.isProblem())
            continue;
        bool passed = false;
        for (const OverrideGrant &g : m_wizard->grants())
            passed = passed || (r.canOverride() && g.covers(r));
        if (!passed)
            out.append(r);
    }
    return out;
}

QList<CheckResult> IntakePage::currentCheck()
{
    QList<CheckResult> inputErrors;
    read(m_wizard->application(), &inputErrors);
    return inputErrors.isEmpty() ? blockingProblems() : inputErrors;
}

void IntakePage::listProblems(const QList<CheckResult> &problems)
{
    m_followed.clear();
    for (const CheckResult &p : problems)
        m_followed.append(p.field);
    showProblems(problems);
}

void IntakePage::recheck()
{
    // Only the fields the clerk was told about: the list never grows while a form is being
    // filled, it shrinks as they are put right.
    if (m_followed.isEmpty() || m_wizard->currentPage() != this)
        return;
    QList<CheckResult> now;
    for (const CheckResult &p : currentCheck()) {
        if (m_followed.contains(p.field))
            now.append(p);
    }
    showProblems(now);
}

bool IntakePage::validatePage()
{
    const QList<CheckResult> problems = currentCheck();
    listProblems(problems);
    if (problems.isEmpty())
        return true;
    focusProblem(problems);
    return false;
}

void IntakePage::showProblems(const QList<CheckResult> &problems)
{
    m_shown = problems;
    QStringList lines;
    bool refusals = false;
    bool inputs = false;
    for (const CheckResult &p : problems) {
        lines.append(QStringLiteral("• ") + p.message);
        refusals = refusals || p.canOverride();
        inputs = inputs || !p.canOverride();
    }
    if (refusals)
        lines.append(inputs ? tr("Correct the input first; the refused checks can then be "
                                 "passed only by a supervisor override (Ctrl+O).")
                            : tr("Only a supervisor can let the application pass: Supervisor "
                                 "override (Ctrl+O). Otherwise correct the data or cancel (Esc)."));
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_override->setVisible(refusals && !inputs);
}

void IntakePage::focusProblem(const QList<CheckResult> &problems)
{
    const bool onlyRefusals = std::all_of(problems.cbegin(), problems.cend(),
                                          [](const CheckResult &r) { return r.canOverride(); });
    QWidget *target = nullptr;
    for (const CheckResult &p : problems) {
        if (!p.canOverride() || onlyRefusals) {
            target = fieldWidget(p.field);
            if (target)
                break;
        }
    }
    if (!target)
        target = firstField();
    if (target && target->isVisible()) {
        target->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(target);
        if (auto *edit = qobject_cast<QLineEdit *>(target))
            edit->selectAll();
    }
}

void IntakePage::requestOverride()
{
    // The supervisor is asked about the fields as they are now, never a refusal gone stale.
    listProblems(currentCheck());
    if (!m_override->isVisible())
        return;
    QList<CheckResult> refusals;
    for (const CheckResult &p : std::as_const(m_shown)) {
        if (p.canOverride())
            refusals.append(p);
    }
    if (refusals.isEmpty())
        return;
    OverrideDialog dialog(m_wizard->service(), refusals, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    m_wizard->activateWindow(); // the keyboard comes back to the wizard
    if (!accepted)
        return;
    m_wizard->addGrants(dialog.grants());
    // Passed now: move on as Next would.
    if (m_wizard->currentPage() == this) {
        if (isFinalPage() || m_wizard->nextId() == -1)
            m_wizard->button(QWizard::FinishButton)->click();
        else
            m_wizard->next();
    }
}

QString IntakePage::problemsText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

} // namespace certdesk

#pragma once

#include <QList>
#include <QWizardPage>

#include "domain/IntakeChecks.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace certdesk {

class IntakeWizard;

/// What every intake page shares: its form (from forms/), scrolled rather than squashed when
/// the screen is small; the panel under it listing what stops the page (each message names
/// the field and the rule); and the "Supervisor override" button when the only obstacles are
/// refusals a supervisor may waive. Pressing Next reads the form into the application and
/// runs the checks of the page's part. A listed problem then follows its field as it is
/// edited: corrected, it goes at once (with the override offered for it); changed, it says
/// the new facts. Problems of other fields wait for the next Enter.
class IntakePage : public QWizardPage
{
    Q_OBJECT

public:
    IntakePage(IntakeWizard *wizard, QList<IntakeSection> sections);

    void initializePage() override;
    bool validatePage() override;

    /// The messages shown now, one per line (empty when the page has none).
    QString problemsText() const;
    QPushButton *overrideButton() const { return m_override; }
    /// The checks of this page that stop it now (corrected input clears them).
    QList<CheckResult> currentProblems() const { return m_shown; }

protected:
    IntakeWizard *intake() const { return m_wizard; }
    /// The widget the form is set up on.
    QWidget *form() const { return m_form; }
    /// Copies the application into the widgets that depend on earlier pages.
    virtual void load(const Application &application) { Q_UNUSED(application); }
    /// Copies the widgets into the application; input that cannot even be read (a date such
    /// as 31.02) is reported in inputErrors.
    virtual void read(Application &application, QList<CheckResult> *inputErrors) const = 0;
    virtual QWidget *fieldWidget(const QString &field) const = 0;
    virtual QWidget *firstField() const = 0;

    /// Reads a DD.MM.YYYY field; an unreadable date becomes an input error on field.
    QDate readDate(const QLineEdit *edit, const char *field, QList<CheckResult> *inputErrors) const;
    /// Marks the wizard as holding data once the clerk edits any field of the form.
    void watchForEdits();
    void showProblems(const QList<CheckResult> &problems);
    /// The checks of this page's parts, minus refusals a supervisor already passed.
    QList<CheckResult> blockingProblems();
    void focusProblem(const QList<CheckResult> &problems);

private:
    /// Reads the form and returns what stops the page now: input errors first, else the
    /// checks' problems.
    QList<CheckResult> currentCheck();
    /// Shows problems and remembers their fields as the ones to follow.
    void listProblems(const QList<CheckResult> &problems);
    /// The problems of the followed fields, for the fields as they are now.
    void recheck();
    void requestOverride();

    IntakeWizard *m_wizard;
    QList<IntakeSection> m_sections;
    QWidget *m_form;
    QScrollArea *m_scroll;
    QLabel *m_problems;
    QPushButton *m_override;
    QList<CheckResult> m_shown;
    QStringList m_followed; ///< the fields listed at the last Enter
};

} // namespace certdesk

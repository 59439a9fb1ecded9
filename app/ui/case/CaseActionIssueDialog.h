#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>

#include "services/IssuanceService.h"

class QLineEdit;

namespace Ui {
class CaseActionIssueDialog;
}

namespace certdesk {

/// Handing the paper certificate over: who collects it (the person, a representative with a
/// notarized power of attorney, a parent, a legal entity's representative) and the identity
/// document they show, its dates typed as at intake and never pre-filled, so OK cannot pass
/// without the document read. OK runs the intake's checks on them and records the issuance;
/// what the checks refuse is listed in the dialog, naming the field. A warning (a document
/// other than the one recorded at intake) is shown first; OK again hands the paper over.
class CaseActionIssueDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const Collector &collector, QString *error)>;
    using Check = std::function<QList<CheckResult>(const Collector &collector)>;

    explicit CaseActionIssueDialog(QWidget *parent = nullptr);
    ~CaseActionIssueDialog() override;

    /// The case in words, and the subject's IIN (a representative's power of attorney is
    /// issued by that person; the person's age decides which document a presenter needs).
    void setCase(const QString &description, const QString &subjectIin, const QDate &today);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// The case's receipt number is also another case's (two workstations issued it): the
    /// dialog asks first for the IIN of the person the certificate is about, and says why.
    void askWhichPerson(const QString &explanation);
    bool asksWhichPerson() const;
    /// The checks OK runs first, for their warnings.
    void setCheck(Check check) { m_check = std::move(check); }

    /// The collector as the fields say; an unreadable date is left out (invalid).
    Collector collector() const;
    void setCollector(const Collector &collector);
    QString errorText() const;

    void accept() override;

private:
    void updateKind();
    /// The typed dates that are no date, each named as the intake names it.
    QStringList dateErrors() const;
    void showMessage(const QString &text, bool warning);

    std::unique_ptr<Ui::CaseActionIssueDialog> m_ui;
    Submit m_submit;
    Check m_check;
    QString m_subjectIin;
    QDate m_today;
    QString m_warned; ///< the warning shown, which the next OK confirms
};

} // namespace certdesk

#pragma once

#include <QDialog>

#include <functional>
#include <memory>

#include "services/IssuanceService.h"

namespace Ui {
class CaseActionIssueDialog;
}

namespace certdesk {

/// Handing the paper certificate over: who collects it (the person, a representative with a
/// notarized power of attorney, a parent, a legal entity's representative) and the identity
/// document they show. OK runs the intake's checks on them and records the issuance; what
/// the checks refuse is listed in the dialog, naming the field.
class CaseActionIssueDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const Collector &collector, QString *error)>;

    explicit CaseActionIssueDialog(QWidget *parent = nullptr);
    ~CaseActionIssueDialog() override;

    /// The case in words, and the subject's IIN (a representative's power of attorney is
    /// issued by that person).
    void setCase(const QString &description, const QString &subjectIin, const QDate &today);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// The case's receipt number is also another case's (two workstations issued it): the
    /// dialog asks first for the IIN of the person the certificate is about, and says why.
    void askWhichPerson(const QString &explanation);
    bool asksWhichPerson() const;

    Collector collector() const;
    void setCollector(const Collector &collector);
    QString errorText() const;

    void accept() override;

private:
    void updateKind();

    std::unique_ptr<Ui::CaseActionIssueDialog> m_ui;
    Submit m_submit;
    QString m_subjectIin;
};

} // namespace certdesk

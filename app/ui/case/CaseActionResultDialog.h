#pragma once

#include <QDialog>

#include <functional>
#include <memory>

#include "services/ResultService.h"

namespace Ui {
class CaseActionResultDialog;
}

namespace certdesk {

/// Records the provider's certificate on a case: number, date, no record / record found
/// (with the provider's wording), and the apostille's number and date on the composite
/// service. OK records it; a refusal is shown in the dialog.
class CaseActionResultDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<bool(const CertificateResult &result, QString *error)>;

    explicit CaseActionResultDialog(QWidget *parent = nullptr);
    ~CaseActionResultDialog() override;

    void setCase(const QString &description, bool apostille, const QDate &today);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }

    CertificateResult certificate() const;
    void setCertificate(const CertificateResult &result);
    QString errorText() const;

    void accept() override;

private:
    void updateDetails();

    std::unique_ptr<Ui::CaseActionResultDialog> m_ui;
    Submit m_submit;
    bool m_apostille = false;
};

} // namespace certdesk

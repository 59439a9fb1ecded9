#pragma once

#include <memory>

#include "ui/intake/IntakePage.h"

namespace Ui {
class IntakeIdentityPage;
}

namespace certdesk {

/// The identity document of whoever is at the counter: type, number, issuer, dates, or the
/// code of an e-document from the digital documents service. Details only, never a copy.
class IntakeIdentityPage : public IntakePage
{
    Q_OBJECT

public:
    explicit IntakeIdentityPage(IntakeWizard *wizard);
    ~IntakeIdentityPage() override;

protected:
    void load(const Application &application) override;
    void read(Application &application, QList<CheckResult> *inputErrors) const override;
    QWidget *fieldWidget(const QString &field) const override;
    QWidget *firstField() const override;

private:
    bool isEDocument() const;
    void updateRows();

    std::unique_ptr<Ui::IntakeIdentityPage> m_ui;
};

} // namespace certdesk

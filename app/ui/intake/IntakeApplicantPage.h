#pragma once

#include <memory>

#include "ui/intake/IntakePage.h"

namespace Ui {
class IntakeApplicantPage;
}

namespace certdesk {

/// Who applies: an individual (the person, in person or represented) or a legal entity with
/// its BIN and name.
class IntakeApplicantPage : public IntakePage
{
    Q_OBJECT

public:
    explicit IntakeApplicantPage(IntakeWizard *wizard);
    ~IntakeApplicantPage() override;

protected:
    void read(Application &application, QList<CheckResult> *inputErrors) const override;
    QWidget *fieldWidget(const QString &field) const override;
    QWidget *firstField() const override;

private:
    void updateEnabled();

    std::unique_ptr<Ui::IntakeApplicantPage> m_ui;
};

} // namespace certdesk

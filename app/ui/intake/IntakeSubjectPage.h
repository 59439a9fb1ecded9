#pragma once

#include <memory>

#include "ui/intake/IntakePage.h"

namespace Ui {
class IntakeSubjectPage;
}

namespace certdesk {

/// The person the certificate is about: IIN (birth date and sex are read from it, never
/// typed, so they cannot disagree), names, and previous data with the document confirming a
/// change where there was one.
class IntakeSubjectPage : public IntakePage
{
    Q_OBJECT

public:
    explicit IntakeSubjectPage(IntakeWizard *wizard);
    ~IntakeSubjectPage() override;

protected:
    void read(Application &application, QList<CheckResult> *inputErrors) const override;
    QWidget *fieldWidget(const QString &field) const override;
    QWidget *firstField() const override;

private:
    void showIinInfo();

    std::unique_ptr<Ui::IntakeSubjectPage> m_ui;
};

} // namespace certdesk

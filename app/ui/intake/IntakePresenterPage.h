#pragma once

#include <memory>

#include "ui/intake/IntakePage.h"

namespace Ui {
class IntakePresenterPage;
}

namespace certdesk {

/// Who is at the counter: the person, a representative with a notarized power of attorney, a
/// parent or guardian of a minor with the birth certificate, or a legal entity's
/// representative. Only the document that option needs for this person is shown
/// (IntakeChecks::presenterDocument: the person's age decides between power of attorney and
/// birth certificate).
class IntakePresenterPage : public IntakePage
{
    Q_OBJECT

public:
    explicit IntakePresenterPage(IntakeWizard *wizard);
    ~IntakePresenterPage() override;

protected:
    void load(const Application &application) override;
    void read(Application &application, QList<CheckResult> *inputErrors) const override;
    QWidget *fieldWidget(const QString &field) const override;
    QWidget *firstField() const override;

private:
    Application::PresenterKind kind() const;
    void updateVisible();

    std::unique_ptr<Ui::IntakePresenterPage> m_ui;
};

} // namespace certdesk

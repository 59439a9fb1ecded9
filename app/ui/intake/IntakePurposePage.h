#pragma once

#include <memory>

#include "ui/intake/IntakePage.h"

namespace Ui {
class IntakePurposePage;
}

namespace certdesk {

/// What the certificate is for: domestic (electronic), abroad (paper) or abroad with an
/// apostille (country, the state fee computed from the MCI setting, payment reference), and
/// the phone for notices. A Minsk/Chisinau country is flagged before any fee is asked for.
class IntakePurposePage : public IntakePage
{
    Q_OBJECT

public:
    explicit IntakePurposePage(IntakeWizard *wizard);
    ~IntakePurposePage() override;

protected:
    void load(const Application &application) override;
    void read(Application &application, QList<CheckResult> *inputErrors) const override;
    QWidget *fieldWidget(const QString &field) const override;
    QWidget *firstField() const override;

private:
    Application::Purpose purpose() const;
    /// The ISO code for what the country box shows; empty text gives an empty code and true.
    bool countryCode(QString *code) const;
    void update();

    std::unique_ptr<Ui::IntakePurposePage> m_ui;
};

} // namespace certdesk

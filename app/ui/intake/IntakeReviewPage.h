#pragma once

#include <memory>

#include "ui/intake/IntakePage.h"

namespace Ui {
class IntakeReviewPage;
}

namespace certdesk {

/// Everything the clerk entered, as it will be stored (names cleaned, look-alike letters put
/// right, what changed said), with the overrides granted and the deadline. Finish saves it in
/// one transaction and prints the receipt.
class IntakeReviewPage : public IntakePage
{
    Q_OBJECT

public:
    explicit IntakeReviewPage(IntakeWizard *wizard);
    ~IntakeReviewPage() override;

    bool validatePage() override;
    QString summaryText() const;

protected:
    void load(const Application &application) override;
    void read(Application &, QList<CheckResult> *) const override {}
    QWidget *fieldWidget(const QString &) const override { return nullptr; }
    QWidget *firstField() const override;

private:
    void sayTheKeys();
    QString summaryHtml(const Application &application, const QStringList &notes) const;

    std::unique_ptr<Ui::IntakeReviewPage> m_ui;
};

} // namespace certdesk

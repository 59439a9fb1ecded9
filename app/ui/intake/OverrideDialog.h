#pragma once

#include <QDialog>
#include <QList>

#include <memory>

#include "services/IntakeService.h"

namespace Ui {
class OverrideDialog;
}

namespace certdesk {

/// A supervisor lets refused checks pass: they read what was refused, type their login and
/// password and a reason. IntakeService verifies them; the password is not kept anywhere.
class OverrideDialog : public QDialog
{
    Q_OBJECT

public:
    OverrideDialog(IntakeService &service, const QList<CheckResult> &refusals, QWidget *parent = nullptr);
    ~OverrideDialog() override;

    QList<OverrideGrant> grants() const { return m_grants; }
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::OverrideDialog> m_ui;
    IntakeService &m_service;
    QList<CheckResult> m_refusals;
    QList<OverrideGrant> m_grants;
};

} // namespace certdesk

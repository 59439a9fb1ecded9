#pragma once

#include <QWidget>

#include <memory>

#include "sync/SyncConfig.h"

namespace Ui {
class SyncSettingsPage;
}

namespace certdesk {

/// The settings page of sync: server, branch database, account, password and an optional CA
/// file. The password goes to the OS credential store when the person asks and one exists;
/// it is never written to the settings.
class SyncSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncSettingsPage(QWidget *parent = nullptr);
    ~SyncSettingsPage() override;

    void setConfig(const SyncConfig &config);
    SyncConfig config() const;
    QString password() const;
    bool rememberPassword() const;

    /// False with a message naming the field, what is wrong and what to do; the message is
    /// also shown on the page.
    bool validate(QString *error);

private:
    void chooseCaFile();

    std::unique_ptr<Ui::SyncSettingsPage> m_ui;
};

} // namespace certdesk

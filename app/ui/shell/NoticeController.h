#pragma once

#include <QObject>
#include <QTimer>

#include "sync/NoticeSender.h"

namespace certdesk {

class Session;

/// The window's side of the SMS notices: every minute (and after each sync) it queues what is
/// due on the cases at the branch and, on the notifier workstation, sends what is due through
/// the gateway. Holds the gateway's settings and its secret (read from the OS credential store;
/// kept in memory only when there is none). Never shows a window itself: the counter's tools
/// show what passComplete() reports.
class NoticeController : public QObject
{
    Q_OBJECT

public:
    NoticeController(Session &session, QObject *parent = nullptr);

    const SmsGatewayConfig &config() const { return m_config; }
    NoticeSender &sender() { return m_sender; }
    /// How often a pass runs (tests shorten it).
    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void start();

    /// Saves the gateway's settings as a supervisor typed them; a non-empty secret goes to the
    /// credential store. True once saved; error then holds a warning when the secret could not
    /// be stored (it is kept for this run only). False with the reason when nothing was saved.
    bool applySettings(const SmsGatewayConfig &config, const QString &secret, QString *error);

public Q_SLOTS:
    /// One pass now (after a sync brought events, or from the settings).
    void runPass();

Q_SIGNALS:
    void passComplete(const certdesk::NoticeSendSummary &summary);

private:
    Session &m_session;
    NoticeSender m_sender;
    QTimer m_timer;
    SmsGatewayConfig m_config;
    QString m_secret;
};

} // namespace certdesk

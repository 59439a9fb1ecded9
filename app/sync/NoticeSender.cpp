#include "sync/NoticeSender.h"

#include "domain/Clock.h"
#include "domain/NoticeText.h"

#include <QTimer>

namespace certdesk {

NoticeSender::NoticeSender(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_notices(database, clock)
{
    qRegisterMetaType<NoticeSendSummary>();
    connect(&m_gateway, &SmsGateway::finished, this, &NoticeSender::onFinished);
}

void NoticeSender::configure(const SmsGatewayConfig &config, const QString &secret)
{
    m_config = config;
    m_secret = secret;
    m_gateway.configure(config, secret);
}

void NoticeSender::setSync(bool enabled, const QString &database)
{
    m_syncEnabled = enabled;
    m_syncDatabase = database;
}

void NoticeSender::sendDue()
{
    if (m_busy)
        return;
    m_busy = true;
    m_summary = NoticeSendSummary();
    m_queue.clear();
    QString why;
    if (!m_config.isEnabled()) {
        m_summary.notAllowed = tr("No SMS gateway is set up on this workstation.");
    } else if (m_secret.isEmpty()) {
        m_summary.notAllowed = tr("The SMS gateway's secret is not known on this workstation: a "
                                  "supervisor enters it in Tools → SMS notices.");
    } else if (!NotifierDesignation::maySend(m_notices.designations(),
                   m_notices.situation(m_syncEnabled, m_syncDatabase), &why)) {
        m_summary.notAllowed = why;
    } else {
        m_queue = m_notices.dueToSend(m_clock.nowUtc());
    }
    if (!m_summary.notAllowed.isEmpty())
        m_summary.waiting = int(m_notices.dueToSend(m_clock.nowUtc()).size());
    // Never synchronously: the caller connects to finished() after calling.
    QTimer::singleShot(0, this, &NoticeSender::next);
}

void NoticeSender::next()
{
    while (!m_queue.isEmpty()) {
        const NoticeEntry entry = m_queue.takeFirst();
        // Read again right before sending: a notice_sent pulled since the pass began (another
        // workstation's) or a case that changed (issued, consent) stops it here.
        NoticeEntry current;
        for (const NoticeEntry &now : m_notices.notices(entry.record.caseId)) {
            if (now.record.id == entry.record.id)
                current = now;
        }
        if (!current.stillDue || current.record.state() == NoticeRecord::State::Sent)
            continue;
        // The words come from this version's texts for the case as it stands, never from the
        // event: a queued event is data from any workstation, not a message to pass on.
        const QString text = NoticeText::text(current.due);
        m_gateway.send(current.record.id, current.due.phone, text);
        return;
    }
    finish();
}

void NoticeSender::onFinished(
    const QString &id, bool accepted, const QString &reference, const NoticeFailure &failure)
{
    QString error;
    if (accepted) {
        if (m_notices.recordSent(id, reference, &error))
            ++m_summary.sent;
        else
            m_summary.errors.append(error);
        next();
        return;
    }
    QDateTime nextAttempt;
    if (m_notices.recordFailed(id, failure, &nextAttempt, &error))
        ++m_summary.failed;
    else
        m_summary.errors.append(error);
    // The gateway is down or refuses: the others wait for the next pass.
    m_summary.waiting = int(m_queue.size());
    m_queue.clear();
    finish();
}

void NoticeSender::finish()
{
    m_busy = false;
    Q_EMIT finished(m_summary);
}

} // namespace certdesk

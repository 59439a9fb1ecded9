#include "services/NoticeService.h"

#include "domain/Clock.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QRegularExpression>

namespace certdesk {

NoticeService::NoticeService(Session &session)
    : m_session(session)
{
}

bool NoticeService::notices(const QString &caseId, QList<NoticeEntry> *out, QString *error)
{
    if (caseId.isEmpty() && !m_session.require(Permission::ViewBoard, error))
        return false;
    *out = NoticeStore(m_session.database(), m_session.clock()).notices(caseId);
    return true;
}

bool NoticeService::queueDue(int *queued, QString *error)
{
    return NoticeStore(m_session.database(), m_session.clock()).queueDue(queued, error);
}

bool NoticeService::setNotifier(
    const QString &device, NotifierDesignation *made, QString *error, bool *unchanged)
{
    if (!m_session.require(Permission::EditSettings, error))
        return false;
    Database &db = m_session.database();
    const QString target = device.isEmpty() ? db.deviceId() : device;
    static const QRegularExpression deviceId(QStringLiteral("^[0-9A-Za-z._:-]{1,100}$"));
    if (!deviceId.match(target).hasMatch()) {
        if (error)
            *error = tr("Workstation \"%1\" is not a device id: copy it from \"certdeskctl "
                        "device show\" on that workstation.")
                         .arg(target);
        return false;
    }
    NoticeStore store(db, m_session.clock());
    const NotifierDesignation latest = NotifierDesignation::latest(store.designations());
    if (unchanged)
        *unchanged = latest.isValid() && latest.device == target;
    if (latest.isValid() && latest.device == target) {
        if (made)
            *made = latest;
        return true;
    }
    return store.designate(target, m_session.user().login, made, error);
}

NotifierStatus NoticeService::status(bool syncEnabled, const QString &syncDatabase)
{
    NoticeStore store(m_session.database(), m_session.clock());
    const QList<NotifierDesignation> all = store.designations();
    const QDateTime now = m_session.clock().nowUtc();
    NotifierStatus s;
    s.current = NotifierDesignation::current(all, now);
    const NotifierDesignation last = NotifierDesignation::latest(all);
    if (last.isValid() && last.effectiveAt > now)
        s.pending = last;
    s.isThisWorkstation = s.current.device == m_session.database().deviceId();
    s.thisWorkstationDesignated = last.isValid() && last.device == m_session.database().deviceId();
    s.maySend
        = NotifierDesignation::maySend(all, store.situation(syncEnabled, syncDatabase), &s.why);
    return s;
}

void NoticeService::queueAfter(Session &session, const QString &caseId)
{
    QString ignored;
    NoticeStore(session.database(), session.clock()).queueDueOn(caseId, nullptr, &ignored);
}

} // namespace certdesk

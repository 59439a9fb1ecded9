#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

#include "domain/CaseState.h"
#include "domain/Role.h"
#include "domain/WorkCalendar.h"

namespace certdesk {

class Session;

/// What every action after intake shares: the permission check first, the case's state read
/// inside the writing transaction (two clerks on one database never act on a stale view),
/// the check that the action is possible now, and one transaction for all it writes. The
/// result, custody, issuance and transfer services are thin rules on top of this.
class CaseActionService
{
    Q_DECLARE_TR_FUNCTIONS(CaseActionService)

public:
    /// Fills the new event's data from the case as it stands; false with a clerk's message
    /// refuses the action (nothing is written).
    using Builder = std::function<bool(const CaseState &state, QJsonObject *data, QString *error)>;

    explicit CaseActionService(Session &session);

    Session &session() const { return m_session; }
    /// The branch's date now (from the session's clock).
    QDate today() const;
    /// The live working-day calendar.
    WorkCalendar calendar() const;

    /// The branch as its documents name it, and one of its settings (empty when unset).
    QString branchName() const;
    QString branchCode() const;
    QString setting(const QString &key) const;

    /// The case as it stands now, folded from its events; false when there is no such case.
    bool load(const QString &caseId, CaseState *state, QString *error) const;

    /// Writes one event of type on each case, all or nothing, after checking permission and
    /// that each case allows the action now. after (optional) gets the states afterwards.
    bool act(Permission permission, EventType type, const QStringList &caseIds,
        const Builder &build, QList<CaseState> *after, QString *error);
    /// The same for one case.
    bool act(Permission permission, EventType type, const QString &caseId, const Builder &build,
        CaseState *after, QString *error);

    /// The permission an action after intake needs (the case view offers only what the
    /// signed-in user may record; the services check the same permission).
    static Permission permissionFor(EventType action);
    /// False with a message naming the case's state when action is not possible now.
    static bool allowed(const CaseState &state, EventType action, QString *error);
    /// Words a clerk reads for a status ("at the branch", "with the provider", ...).
    static QString statusText(CaseStatus status);
    /// The business date of an action: today when requested is not valid; never in the future
    /// nor before notBefore (when valid). what names the field in the message.
    bool businessDate(const QDate &requested, const QDate &notBefore, const QString &what,
        QDate *out, QString *error) const;
    /// Receipt number grouped for people, or the case id when the case has none.
    static QString caseLabel(const CaseState &state);

private:
    Session &m_session;
};

} // namespace certdesk

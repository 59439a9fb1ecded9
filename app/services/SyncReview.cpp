#include "services/SyncReview.h"

#include "services/Session.h"

namespace certdesk {

SyncReview::SyncReview(Session &session)
    : m_session(session)
{
}

bool SyncReview::quarantined(QList<QuarantinedDocument> *documents, QString *error) const
{
    if (!m_session.require(Permission::ViewBoard, error))
        return false;
    *documents = SyncInbox(m_session.database(), m_session.clock()).quarantined();
    return true;
}

bool SyncReview::serverAnomalies(QList<ServerAnomaly> *anomalies, QString *error) const
{
    if (!m_session.require(Permission::ViewBoard, error))
        return false;
    *anomalies = SyncInbox(m_session.database(), m_session.clock()).anomalies();
    return true;
}

} // namespace certdesk

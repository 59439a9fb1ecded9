#pragma once

#include <QList>

#include "storage/SyncInbox.h"

namespace certdesk {

class Session;

/// What a supervisor reviews of sync: the server's documents this workstation set aside as
/// unreadable, and the events the server holds otherwise than this workstation. Reading only;
/// the board shows the latter too (BoardService).
class SyncReview
{
public:
    explicit SyncReview(Session &session);

    bool quarantined(QList<QuarantinedDocument> *documents, QString *error) const;
    bool serverAnomalies(QList<ServerAnomaly> *anomalies, QString *error) const;

private:
    Session &m_session;
};

} // namespace certdesk

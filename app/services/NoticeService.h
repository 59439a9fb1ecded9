#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/NoticeStore.h"

namespace certdesk {

class Session;

/// Who sends the branch's notices, as the board and the settings show it.
struct NotifierStatus
{
    NotifierDesignation current; ///< in force now (invalid: none)
    NotifierDesignation pending; ///< set, waiting for its effective time (invalid: none)
    bool isThisWorkstation = false;
    /// The latest designation (pending, or else in force) names this workstation: making it
    /// the notifier again would change nothing.
    bool thisWorkstationDesignated = false;
    bool maySend = false;
    QString why; ///< when !maySend: the reason in words
};

/// The SMS notices as people use them: what was queued, sent or is failing (case view, board,
/// certdeskctl), and the supervisor's choice of the workstation that sends them. Queueing
/// itself is the workstation's own doing (NoticeStore), after an arrival or a return and at
/// every pass of the sender.
class NoticeService
{
    Q_DECLARE_TR_FUNCTIONS(NoticeService)

public:
    explicit NoticeService(Session &session);

    /// The notices of one case (anyone signed in), or of the whole branch (caseId empty: the
    /// board's permission).
    bool notices(const QString &caseId, QList<NoticeEntry> *out, QString *error);
    /// Queues what is due on every case at the branch.
    bool queueDue(int *queued, QString *error);
    /// Supervisors: makes device (this workstation when empty) the branch's notifier. When
    /// the latest designation already names it, nothing is written: made is that designation
    /// and unchanged is set (a second press, a script run twice).
    bool setNotifier(const QString &device, NotifierDesignation *made, QString *error,
        bool *unchanged = nullptr);
    /// Who sends, and whether this workstation may send now.
    NotifierStatus status(bool syncEnabled, const QString &syncDatabase);

    /// Queues what a case's new state makes due (after an arrival, a print, a return); a
    /// failure is left to the next pass of the sender, which queues everything due.
    static void queueAfter(Session &session, const QString &caseId);

private:
    Session &m_session;
};

} // namespace certdesk

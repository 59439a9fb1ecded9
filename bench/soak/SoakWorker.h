#pragma once

#include <QString>

namespace certdesk::soak {

/// The work the kill soak cuts short that certdeskctl has no command for, run as a process
/// of its own until it is killed: "intake" takes applications at the counter (IntakeService,
/// as the clerk of the demo database), "results" records the provider's certificates
/// (ResultService), "indexes" drops and rebuilds the indexes of the cases table as the demo's
/// bulk load does (IndexSuspension). After each commit it prints one line on stdout,
/// flushed: "ACK receipt <17 digits>" or "ACK event <id>" — what the soak holds the database
/// to after the kill. Returns only on an error (exit 3, the reason on stderr).
int runWorker(const QString &mode, const QString &databasePath);

} // namespace certdesk::soak

#pragma once

#include <QByteArray>
#include <QString>

namespace certdesk {
class Database;
}

namespace certdesk::test {

/// Fills the open database with 2,000 rows of random text (about 50 pages), so that a torn
/// write near the end of the file lands among them and leaves the header readable.
bool fillWithRows(Database &db);

/// Opens (creates, migrates) the database at path and fills it (fillWithRows).
bool makeFilledFile(const QString &path);

/// A torn write: 3,000 bytes of 0xFF into the second page from the end, past its first
/// bytes. False when the file is too small for the header to survive it.
bool tearNearEnd(const QString &path);

/// The SHA-256 of the file's bytes, hex; empty when it cannot be read.
QByteArray fileHash(const QString &path);

} // namespace certdesk::test

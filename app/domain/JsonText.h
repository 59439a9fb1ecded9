#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace certdesk {

/// Compact JSON text written piece by piece, byte for byte as QJsonDocument::Compact writes
/// it. For the hot paths (the demo generator, the projection rebuild) that would otherwise
/// build a QJsonObject only to print it; the canonical forms stay defined by QJsonDocument,
/// and tests compare the two.
class JsonText
{
public:
    /// Appends s as a JSON string, quotes included.
    static void appendString(QByteArray &out, const QString &s);
    /// Appends "key": (the key must be plain ASCII needing no escape).
    static void appendKey(QByteArray &out, const char *key);
    /// Appends Event::formatTime(utc) as a JSON string ("" for an invalid time).
    static void appendTime(QByteArray &out, const QDateTime &utc);
    /// Appends the ISO date as a JSON string ("" for an invalid date).
    static void appendDate(QByteArray &out, const QDate &date);
};

} // namespace certdesk

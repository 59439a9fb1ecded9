#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace certdesk {

struct Event;

/// The one form of the text an event may hold, decided at every door (a line of
/// `events import`, a document pulled from the server, an event written here): text that
/// SQLite and Qt's JSON give back exactly as it went in, so the hash taken on the way in is
/// the hash `audit verify` takes on the way out. SQLite reads U+FFFE and U+FFFF back as
/// U+FFFD, takes a leading U+FEFF or U+FFFE for a byte-order mark (dropping it, or reading
/// the rest byte-swapped) and pairs an unpaired surrogate with its neighbour; Qt's JSON
/// parser drops a byte-order mark written as bytes. Such text is refused, naming the field
/// and the character; all other text is stored byte for byte.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    /// The position of the first character an event may not hold, or -1: an unpaired
    /// surrogate, U+FEFF (a byte-order mark) or a noncharacter (U+FDD0 to U+FDEF, and the
    /// last two code points of every plane, U+FFFE and U+FFFF among them).
    static qsizetype firstRefused(QStringView text);
    /// The character at that position for a message: "U+FFFF (a noncharacter)".
    static QString describe(QStringView text, qsizetype position);
    /// Checks every string of the event: the top-level fields and every key and string
    /// value inside data. False with the field ("data.applicant.surname") and the character.
    static bool check(const Event &event, QString *error);
    /// The text without the characters an event may not hold: for what is typed or pasted
    /// at this workstation, cleaned before its event is hashed (they show as nothing, or as
    /// a box). Text written elsewhere is never cleaned: its hash is its writer's.
    static QString cleaned(const QString &text);
    /// The same for every key and string value of data, at any depth.
    static QJsonObject cleaned(const QJsonObject &data);
    /// Reads one event document from JSON bytes as they arrived (a line of an import): the
    /// bytes must be UTF-8 and one JSON object, the event complete (Event::fromJson) and its
    /// text storable (check). False with the reason.
    static bool readDocument(const QByteArray &json, Event *out, QString *error);
    /// The JSON text with every byte-order mark written as bytes (EF BB BF) after the first
    /// byte turned into the escape \ufeff, which Qt's parser keeps (and check() refuses)
    /// where it would drop the bytes and change the text unseen. Outside a string those
    /// bytes are not JSON either way; at the very start Qt skips them as the file's mark.
    static QByteArray escapeByteOrderMarks(const QByteArray &json);
};

} // namespace certdesk

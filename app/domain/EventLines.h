#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "domain/Event.h"

namespace certdesk {

/// The event file of `certdeskctl events export | import` (docs/events.md): one JSON
/// document per line, UTF-8. Read from the bytes as they arrived, so that nothing is
/// decoded, replaced or dropped on the way: a line that is not valid UTF-8, not an event, or
/// holds text storage would not give back as written (EventText) is a problem with its line
/// number, and the caller imports nothing.
class EventLines
{
    Q_DECLARE_TR_FUNCTIONS(EventLines)

public:
    struct Result
    {
        QList<Event> events;
        QStringList problems; ///< "line N: why", in line order
        int lines = 0; ///< lines read, blank ones included
    };

    /// Reads a whole file. A byte-order mark at its very start marks the file as UTF-8 and
    /// is not part of the first event; blank lines are skipped; a CR before the LF is dropped.
    static Result read(const QByteArray &input);
    /// One event as a line (without the line feed): its document, compact.
    static QByteArray write(const Event &event);
};

} // namespace certdesk

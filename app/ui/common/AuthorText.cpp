#include "ui/common/AuthorText.h"

#include "domain/Event.h"

namespace certdesk {

QString AuthorText::of(const QString &by)
{
    // What the workstation recorded on its own is no person's doing.
    if (by == Event::systemAuthor())
        return tr("this workstation (automatic)");
    if (by == Event::commandLineAuthor())
        return tr("command line (the database file's owner)");
    return by;
}

} // namespace certdesk

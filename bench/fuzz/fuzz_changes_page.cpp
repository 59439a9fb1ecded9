// A page of the server's _changes feed, as the replicator reads it (ChangesPage::read): read
// twice, the same page, and no document is silently dropped. In the `_store` build its
// readable events are also stored as a pull stores them, with the checkpoint, and `audit
// verify` must then find nothing (FuzzDatabase). One event per verification, as in
// fuzz_event_document.
#include "FuzzDatabase.h"
#include "FuzzInput.h"

#include "sync/ChangesPage.h"

using namespace certdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    if constexpr (fuzz::storesAndVerifies)
        fuzz::FuzzDatabase::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);
    ChangesPage page;
    const bool ok = ChangesPage::read(body, &page);
    // Read again, the same page: nothing in the reader depends on what it read before.
    ChangesPage same;
    CERTDESK_FUZZ_EXPECT(ChangesPage::read(body, &same) == ok && same.rows == page.rows
            && same.lastSeqText == page.lastSeqText
            && same.documents.size() == page.documents.size(),
        page.lastSeqText);
    if (!ok)
        return 0;
    CERTDESK_FUZZ_EXPECT(page.documents.size() <= page.rows, QString::number(page.rows));
    QList<Event> events;
    for (const PulledDocument &d : std::as_const(page.documents)) {
        // A document is readable, a tombstone, or set aside with the reason: never silently none.
        CERTDESK_FUZZ_EXPECT(d.readable || d.deleted || !d.problem.isEmpty(), d.id);
        if (d.readable && !d.deleted)
            events.append(d.event);
    }
    if constexpr (!fuzz::storesAndVerifies)
        return 0;
    if (events.isEmpty())
        fuzz::FuzzDatabase::instance().storeAndVerify({}, page.lastSeqText);
    for (const Event &e : std::as_const(events))
        fuzz::FuzzDatabase::instance().storeAndVerify({e}, page.lastSeqText);
    return 0;
}

// A page of the server's _changes feed, as the replicator reads it (ChangesPage): its
// events are stored as a pull stores them, with the checkpoint, and `audit verify` must then
// find nothing (FuzzDatabase). One event per verification, as in fuzz_event_document.
#include "FuzzDatabase.h"
#include "FuzzInput.h"

#include "sync/ChangesPage.h"

#include <QJsonDocument>

using namespace certdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::ensureApplication();
    fuzz::FuzzDatabase::instance();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytesOf(data, size);
    const ChangesPage page = ChangesPage::parse(body);
    // The replicator passes the body its client already parsed: the same page either way.
    const QJsonDocument parsed = QJsonDocument::fromJson(body);
    const ChangesPage same = ChangesPage::parse(body, &parsed);
    CERTDESK_FUZZ_EXPECT(same.ok == page.ok && same.rows == page.rows
            && same.lastSeq == page.lastSeq && same.events.size() == page.events.size()
            && same.skipped == page.skipped,
        page.lastSeq);
    if (!page.ok)
        return 0;
    CERTDESK_FUZZ_EXPECT(
        page.events.size() + page.skipped.size() <= page.rows, QString::number(page.rows));
    if (page.events.isEmpty())
        fuzz::FuzzDatabase::instance().storeAndVerify({}, page.lastSeq);
    for (const Event &e : page.events)
        fuzz::FuzzDatabase::instance().storeAndVerify({e}, page.lastSeq);
    return 0;
}

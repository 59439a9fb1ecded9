// An event document from outside, as `certdeskctl events import` reads its standard input:
// every line that passes the door (EventLines) is written again exactly as it was read. In the
// `_store` build it is also stored as the import stores it, and `audit verify` must then find
// nothing (FuzzDatabase). One event per verification: two documents of one workstation that
// both claim to start its chain are a forgery the audit rightly reports, not a false alarm.
#include "FuzzDatabase.h"
#include "FuzzInput.h"

#include "domain/EventLines.h"

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
    const EventLines::Result read = EventLines::read(fuzz::bytesOf(data, size));
    CERTDESK_FUZZ_EXPECT(
        read.events.size() + read.problems.size() <= read.lines, QString::number(read.lines));
    for (const Event &e : read.events) {
        // What the door lets through is written again exactly as it was read.
        const EventLines::Result again = EventLines::read(EventLines::write(e));
        CERTDESK_FUZZ_EXPECT(
            again.problems.isEmpty() && again.events.size() == 1, again.problems.join(u'\n'));
        CERTDESK_FUZZ_EXPECT(again.events.constFirst().hash() == e.hash(), e.id);
        if constexpr (fuzz::storesAndVerifies)
            fuzz::FuzzDatabase::instance().storeAndVerify({e});
    }
    return 0;
}

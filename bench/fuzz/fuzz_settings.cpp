// The settings a supervisor types: the sync settings (SyncConfig::fromTyped: server address,
// branch database, account, CA file) and the branch's own (BranchSettings::fromTyped: code,
// workstation, name, category), one per line of the input. Never a crash; what is accepted
// is saved as text and, read back and typed again, gives the same settings.
#include "FuzzInput.h"

#include "domain/BranchSettings.h"
#include "domain/ReceiptNumber.h"
#include "sync/SyncConfig.h"

#include <QDate>

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Typed text never holds a line break; the CA file is never opened for a fuzzed path.
    const QStringList fields = QString::fromUtf8(fuzz::bytesOf(data, size)).split(u'\n');
    const auto field = [&fields](int i) { return fields.value(i); };
    SyncConfig sync;
    QString error;
    if (SyncConfig::fromTyped(field(0), field(1), field(2), QString(), &sync, &error)) {
        // As SyncConfig::save stores it, and as the page shows it again.
        SyncConfig again;
        CERTDESK_FUZZ_EXPECT(SyncConfig::fromTyped(sync.server.toString(), sync.database, sync.user,
                                 sync.caFile, &again, &error),
            error);
        CERTDESK_FUZZ_EXPECT(again.server == sync.server && again.database == sync.database
                && again.user == sync.user,
            sync.server.toString());
        sync.credentialKey();
    } else {
        CERTDESK_FUZZ_EXPECT(!error.isEmpty(), QString());
    }

    BranchSettings branch;
    error.clear();
    if (BranchSettings::fromTyped(
            BranchSettings(), field(3), field(4), field(5), field(6), &branch, &error)) {
        CERTDESK_FUZZ_EXPECT(
            !ReceiptNumber::compose(branch.code, branch.workstation, QDate(2026, 11, 24), 1, &error)
                 .isEmpty(),
            error);
        BranchSettings again;
        CERTDESK_FUZZ_EXPECT(BranchSettings::fromTyped(BranchSettings(), branch.code,
                                 QString::number(branch.workstation), branch.name,
                                 ServiceTerms::categoryName(branch.category), &again, &error),
            error);
        CERTDESK_FUZZ_EXPECT(again == branch, branch.name);
    } else {
        CERTDESK_FUZZ_EXPECT(!error.isEmpty(), QString());
    }
    return 0;
}

// An appeal number as typed, scanned or pasted (AppealNumber): never a crash, a number that
// passes is made of parts that compose to exactly its stored form, and no text passes for
// both an appeal number and a case receipt.
#include "FuzzInput.h"

#include "domain/AppealNumber.h"
#include "domain/ReceiptNumber.h"

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &text : fuzz::textsOf(data, size)) {
        AppealNumber::format(text);
        const QString normalized = AppealNumber::normalize(text);
        CERTDESK_FUZZ_EXPECT(AppealNumber::normalize(normalized) == normalized, normalized);
        const AppealNumber a = AppealNumber::parse(text);
        if (!a.isValid()) {
            CERTDESK_FUZZ_EXPECT(!a.errorText().isEmpty(), text);
            continue;
        }
        const QString stored = a.stored();
        CERTDESK_FUZZ_EXPECT(stored.size() == AppealNumber::DigitCount + 1, stored);
        CERTDESK_FUZZ_EXPECT(!ReceiptNumber::parse(text).isValid(), text);
        QString error;
        CERTDESK_FUZZ_EXPECT(
            AppealNumber::compose(a.branchCode(), a.workstation(), a.date(), a.sequence(), &error)
                == stored,
            stored + u' ' + error);
        const AppealNumber again = AppealNumber::parse(a.formatted());
        CERTDESK_FUZZ_EXPECT(again.isValid() && again.stored() == stored, a.formatted());
    }
    return 0;
}

// A receipt number as typed, scanned or pasted (ReceiptNumber): never a crash, and a number
// that passes is made of parts that compose to exactly its digits.
#include "FuzzInput.h"

#include "domain/ReceiptNumber.h"

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &text : fuzz::textsOf(data, size)) {
        ReceiptNumber::checkDigit(text);
        ReceiptNumber::format(text);
        const QString normalized = ReceiptNumber::normalize(text);
        CERTDESK_FUZZ_EXPECT(ReceiptNumber::normalize(normalized) == normalized, normalized);
        const ReceiptNumber r = ReceiptNumber::parse(text);
        if (!r.isValid()) {
            CERTDESK_FUZZ_EXPECT(!r.errorText().isEmpty(), text);
            continue;
        }
        const QString digits = r.digits();
        CERTDESK_FUZZ_EXPECT(digits.size() == ReceiptNumber::Length, digits);
        CERTDESK_FUZZ_EXPECT(ReceiptNumber::looksLikeReceipt(text), text);
        QString error;
        CERTDESK_FUZZ_EXPECT(
            ReceiptNumber::compose(r.branchCode(), r.workstation(), r.date(), r.sequence(), &error)
                == digits,
            digits + u' ' + error);
        const ReceiptNumber again = ReceiptNumber::parse(r.formatted());
        CERTDESK_FUZZ_EXPECT(again.isValid() && again.digits() == digits, r.formatted());
    }
    return 0;
}

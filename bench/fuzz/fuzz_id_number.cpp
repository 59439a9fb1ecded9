// An IIN or BIN as typed, scanned or pasted (IdNumber): never a crash, and a number that
// passes reads back the same from its own digits.
#include "FuzzInput.h"

#include "domain/IdNumber.h"

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &text : fuzz::textsOf(data, size)) {
        const QString normalized = IdNumber::normalize(text);
        CERTDESK_FUZZ_EXPECT(IdNumber::normalize(normalized) == normalized, normalized);
        IdNumber::checkDigit(text);
        const IdNumber id = IdNumber::parse(text);
        if (!id.isValid()) {
            CERTDESK_FUZZ_EXPECT(!id.errorText().isEmpty(), text);
            continue;
        }
        const QString number = id.number();
        CERTDESK_FUZZ_EXPECT(number.size() == 12, number);
        for (const QChar c : number)
            CERTDESK_FUZZ_EXPECT(c >= u'0' && c <= u'9', number);
        CERTDESK_FUZZ_EXPECT(
            IdNumber::checkDigit(number.left(11)) == number.at(11).digitValue(), number);
        const IdNumber again = IdNumber::parse(number);
        CERTDESK_FUZZ_EXPECT(again.isValid() && again.number() == number
                && again.kind() == id.kind() && again.birthDate() == id.birthDate()
                && again.sex() == id.sex() && again.entityType() == id.entityType()
                && again.entityAttribute() == id.entityAttribute(),
            number);
        CERTDESK_FUZZ_EXPECT(IdNumber::masked(number).size() == 12, number);
        if (id.kind() == IdNumber::Kind::Individual)
            CERTDESK_FUZZ_EXPECT(id.birthDate().isValid() && id.ageOn(id.birthDate()) == 0, number);
    }
    return 0;
}

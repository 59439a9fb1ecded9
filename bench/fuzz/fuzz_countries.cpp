// The apostille country lists (resources/data/*.csv, ApostilleCountries::fromCsv): the input
// holds both files, the Hague parties before the first NUL byte and the legal-assistance
// conventions after it. Never a crash; every party read is answered for, on the day the
// Convention entered into force for it and the day before.
#include "FuzzInput.h"

#include "domain/ApostilleCountries.h"

using namespace certdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    const qsizetype split = input.indexOf('\0');
    const QByteArray hague = split < 0 ? input : input.left(split);
    const QByteArray legal = split < 0 ? QByteArray() : input.mid(split + 1);
    ApostilleCountries countries;
    QString error;
    if (!ApostilleCountries::fromCsv(hague, legal, &countries, &error)) {
        CERTDESK_FUZZ_EXPECT(!error.isEmpty(), QString());
        return 0;
    }
    for (const ApostilleParty &party : countries.parties()) {
        CERTDESK_FUZZ_EXPECT(countries.isParty(party.code), party.code);
        for (const QDate &day : {party.entryIntoForce, party.entryIntoForce.addDays(-1)}) {
            const ApostilleCountries::Answer answer = countries.check(party.code, day);
            if (answer.status != ApostilleCountries::Status::InForce)
                CERTDESK_FUZZ_EXPECT(!answer.reason.isEmpty(), party.code);
        }
        countries.countryName(party.code);
        countries.legalAssistance(party.code);
    }
    return 0;
}

// The users CSV import (tw::parseUsersCsv, core/io/UsersCsv.h).
// Properties: every imported user has a valid name (unique ignoring case) and a password without
// control characters; writing the imported users and reading them back gives the same users.

#include "FuzzSupport.h"

#include "io/UsersCsv.h"
#include "model/Vocabulary.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > twfuzz::kMaxInput)
        return 0;
    const tw::CsvImport in = tw::parseUsersCsv(twfuzz::bytesOf(data, size));
    QSet<QString> names;
    for (const tw::User &u : in.users) {
        TW_FUZZ_ASSERT(tw::isValidName(u.name), "an imported user name is valid");
        TW_FUZZ_ASSERT(!names.contains(u.name.toLower()), "imported user names are unique ignoring case");
        names.insert(u.name.toLower());
        for (QChar c : u.password)
            TW_FUZZ_ASSERT(c.unicode() >= 0x20 && c.unicode() != 0x7F, "an imported password has no control character");
    }
    for (const QString &e : in.rowErrors)
        TW_FUZZ_ASSERT(!e.isEmpty() && !e.contains(QLatin1Char('\n')), "a row error is one line");
    const tw::CsvImport again = tw::parseUsersCsv(tw::writeUsersCsv(in.users));
    TW_FUZZ_ASSERT(again.rowErrors.isEmpty(), "written users read back without errors");
    TW_FUZZ_ASSERT(again.users == in.users, "written users read back as the same users");
    return 0;
}

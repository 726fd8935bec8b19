// `check` (tw::checkProject) on every project that loads.
// Properties: a finding has a path and a one-line message, and never carries a key or a password.

#include "FuzzSupport.h"

#include "validate/ProjectValidator.h"

namespace {

bool isOneLine(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto project = twfuzz::parsed(data, size);
    if (!project)
        return 0;
    QStringList secrets;
    for (const tw::SiteToSiteLink &l : project->links)
        secrets << l.psk;
    for (const tw::L2tpServer &s : project->l2tpServers) {
        secrets << s.psk;
        for (const tw::User &u : s.users)
            secrets << u.password;
    }
    // Short secrets could match the words of a message by chance; real ones are long.
    secrets.removeIf([](const QString &s) { return s.size() < 16; });
    for (const tw::Finding &f : tw::checkProject(*project)) {
        TW_FUZZ_ASSERT(!f.path.isEmpty() && !f.message.isEmpty(), "a finding has a path and a message");
        TW_FUZZ_ASSERT(isOneLine(f.path) && isOneLine(f.message), "a finding is one line of text");
        for (const QString &s : secrets)
            TW_FUZZ_ASSERT(!f.message.contains(s) && !f.path.contains(s), "a finding never shows a secret");
    }
    return 0;
}

// Client setup material (core/render/client/ClientMaterial.h) apart from the PDF layout: the setup
// sheets as documents, the Apple profile and the Windows script, for every user of every server of
// a project that passes check, with passwords on the sheets and without.
// Properties: the Apple profile is well-formed XML; the PowerShell script starts with a byte order
// mark and ends every line with CRLF.

#include "FuzzSupport.h"

#include "render/client/ClientMaterial.h"
#include "validate/ProjectValidator.h"

#include <QXmlStreamReader>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto project = twfuzz::parsed(data, size);
    if (!project)
        return 0;
    const QList<tw::Finding> findings = tw::checkProject(*project);
    if (std::any_of(findings.begin(), findings.end(), [](const tw::Finding &f) { return f.severity == tw::Severity::Error; }))
        return 0;
    for (const tw::L2tpServer &server : project->l2tpServers) {
        for (const tw::User &user : server.users) {
            for (bool passwords : {true, false}) {
                tw::ClientContext ctx;
                ctx.project = &*project;
                ctx.server = &server;
                ctx.user = &user;
                ctx.options.passwordsOnSheets = passwords;
                (void)tw::iphoneSetupSheet(ctx);
                (void)tw::windowsSetupSheet(ctx);
                QXmlStreamReader xml(tw::appleProfile(ctx));
                while (!xml.atEnd())
                    xml.readNext();
                TW_FUZZ_ASSERT(!xml.hasError(), "the Apple profile is well-formed XML");
                const QByteArray script = tw::windowsScript(ctx);
                TW_FUZZ_ASSERT(script.startsWith("\xEF\xBB\xBF"), "the PowerShell script starts with a BOM");
                for (qsizetype i = 0; i < script.size(); ++i)
                    if (script[i] == '\n')
                        TW_FUZZ_ASSERT(i > 0 && script[i - 1] == '\r', "the PowerShell script ends lines with CRLF");
            }
        }
    }
    return 0;
}

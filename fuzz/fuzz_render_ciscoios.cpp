// The Cisco IOS renderer: every project that loads, rendered with every link side forced to
// cisco-ios (and L2TP servers, which IOS cannot host, left out), and with side b alone on IOS.
// Whatever passes check is rendered. Properties: configuration lines are printable ASCII without
// '?' (which IOS answers with help, losing the line; docs/quoting-cisco.md), the manifest is JSON.

#include "FuzzSupport.h"

#include "render/ProjectRenderer.h"

#include <QJsonDocument>

namespace {

void renderAndCheck(const tw::Project &p)
{
    const tw::RenderResult r = tw::renderProject(p);
    if (!r.output)
        return;
    TW_FUZZ_ASSERT(QJsonDocument::fromJson(r.output->manifest).isObject(), "the manifest is a JSON object");
    for (const tw::RenderedFile &f : r.output->files) {
        if (f.kind != tw::FileKind::CiscoIosConfig && f.kind != tw::FileKind::CiscoIosRollback)
            continue;
        for (const QByteArray &line : f.bytes.split('\n')) {
            if (line.startsWith('!'))
                continue; // a comment line
            for (char c : line)
                TW_FUZZ_ASSERT(c >= 0x20 && c <= 0x7E && c != '?', "an IOS line is printable ASCII without '?'");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto project = twfuzz::parsed(data, size);
    if (!project)
        return 0;
    for (int variant = 0; variant < 2; ++variant) {
        tw::Project p = *project;
        p.l2tpServers.clear();
        for (tw::SiteToSiteLink &l : p.links) {
            if (variant == 0)
                l.a.platform = tw::Platform::CiscoIos;
            l.b.platform = tw::Platform::CiscoIos;
        }
        renderAndCheck(p);
    }
    return 0;
}

// The RouterOS renderer: every project that loads, rendered as it is and with every RouterOS side
// and server forced to each dialect (routeros-6-legacy, routeros-6, routeros-7). Whatever passes
// check is rendered. Properties: scripts are printable ASCII (every value quoted and escaped,
// docs/quoting-routeros.md), every line is a comment, a command or our own continuation line, and
// the manifest is JSON.

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
        if (f.kind != tw::FileKind::RouterOsScript && f.kind != tw::FileKind::RouterOsRollback)
            continue;
        for (char c : f.bytes)
            TW_FUZZ_ASSERT(c == '\n' || (c >= 0x20 && c <= 0x7E), "a RouterOS script is printable ASCII");
        // Every line is a comment, a command, a scripting line or the continuation we write: a
        // value that broke a line (or a comment) would start a line of its own.
        for (const QByteArray &line : f.bytes.split('\n'))
            TW_FUZZ_ASSERT(line.isEmpty() || line.startsWith("# ") || line == "#" || line.startsWith('/') ||
                               line.startsWith(':') || line.startsWith("    else={"),
                           "every line of a RouterOS script is a comment, a command or our continuation");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto project = twfuzz::parsed(data, size);
    if (!project)
        return 0;
    renderAndCheck(*project);
    for (tw::Platform dialect : {tw::Platform::RouterOs6Legacy, tw::Platform::RouterOs6, tw::Platform::RouterOs7}) {
        tw::Project p = *project;
        for (tw::SiteToSiteLink &l : p.links)
            for (tw::Site *s : {&l.a, &l.b})
                if (tw::isRouterOs(s->platform))
                    s->platform = dialect;
        for (tw::L2tpServer &s : p.l2tpServers)
            s.platform = dialect;
        if (!(p == *project))
            renderAndCheck(p);
    }
    return 0;
}

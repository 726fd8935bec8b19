#pragma once

#include "render/RenderContext.h"
#include "render/routeros/RouterOsDialect.h"
#include "render/routeros/RouterOsScriptWriter.h"

#include <QString>

// The troubleshooting sheets: commands that show this tunnel's (or server's) state with the real
// names and addresses filled in, what healthy output looks like, and what to check first when it
// is not. Plain text, never the pre-shared key or a password.

namespace tw {
class TextBuilder;
}

namespace tw::routeros {

class RouterOsTroubleshooting final {
public:
    RouterOsTroubleshooting() = delete;
    // Each appends its sheet to `out`, which holds the file's header.
    // `values`: what the script writes for this proposal (RouterOsDialect::proposalValues);
    // `tag`: the comment tag the script's objects carry, quoted as the script writes it.
    static void site(TextBuilder &out, const SiteContext &ctx, const RouterOsDialect &d,
                     const RouterOsProposalValues &values, const RouterOsQuotedValue &tag);
    static void l2tp(TextBuilder &out, const L2tpContext &ctx, const RouterOsDialect &d,
                     const RouterOsProposalValues &values, const RouterOsQuotedValue &tag);
    // Whether the site sheet tells how to keep this router's IKE identity behind NAT: IKEv2 to a
    // Cisco, which picks its profile by the identity received. The script points there then.
    static bool hasIdentityAdvice(const SiteContext &ctx);
};

} // namespace tw::routeros

#pragma once

#include "model/Project.h"
#include "render/routeros/RouterOsDialect.h"
#include "validate/Finding.h"

#include <QString>

// What a RouterOS generation cannot express in a proposal or key, as findings that name the
// platform token and the value and say what would work. Shared by site-to-site links and L2TP
// servers; paths are built from `base` ("links[0]", "l2tp_servers[1]").

namespace tw::routeros {

class RouterOsCapabilities final {
public:
    RouterOsCapabilities() = delete;

    // Phase 1 as a RouterOS profile (or legacy peer) holds it: one hash, no GCM, sha384 on v7 only.
    static void checkIke(const RouterOsDialect &d, const IkeProposal &ike, const QString &base, Findings &out);
    // Phase 2 as a proposal: no sha384; GCM only where the generation has it.
    static void checkEsp(const RouterOsDialect &d, const EspProposal &esp, const QString &base, Findings &out);
    // RouterOS reads a secret starting with 0x as hex. Never quotes the key.
    static void checkPsk(const RouterOsDialect &d, const QString &psk, const QString &path, Findings &out);
    // An interface name as firewall matchers read it (in-interface=): a leading ! means "not", a
    // leading * an internal item number, and spaces at either end stay part of the name.
    static void checkInterface(const RouterOsDialect &d, const QString &name, const QString &path, Findings &out);
};

} // namespace tw::routeros

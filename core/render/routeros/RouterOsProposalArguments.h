#pragma once

#include "render/routeros/RouterOsDialect.h"
#include "render/routeros/RouterOsScriptWriter.h"

// The phase-1 and phase-2 arguments a site script and an L2TP server script write alike (on a
// profile or, before 6.43, the peer; on a proposal), from RouterOsProposalValues quoted once.

namespace tw::routeros {

class RouterOsProposalArguments final {
public:
    // The values go into `set`, which must outlive this object.
    RouterOsProposalArguments(RouterOsValueSet &set, const RouterOsProposalValues &values);
    // Every phase-1 value written out, since the defaults differ between versions and from the
    // manual's tables; DPD also makes phase 1 re-key when its lifetime ends (IPsec manual).
    void addPhase1(RouterOsScriptWriter &w, RouterOsKeyword natTraversal) const;
    void addPhase2(RouterOsScriptWriter &w) const;

private:
    const RouterOsValueSet &m_set;
    RouterOsValueSet::Id m_ikeEncryption, m_ikeHash, m_ikeDhGroups, m_ikeLifetime;
    RouterOsValueSet::Id m_espAuth, m_espEncryption, m_espLifetime, m_pfsGroup;
};

} // namespace tw::routeros

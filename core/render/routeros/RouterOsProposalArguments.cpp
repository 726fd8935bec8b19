#include "render/routeros/RouterOsProposalArguments.h"

namespace tw::routeros {

RouterOsProposalArguments::RouterOsProposalArguments(RouterOsValueSet &set, const RouterOsProposalValues &v)
    : m_set(set), m_ikeEncryption(set.word(v.ikeEncryption)), m_ikeHash(set.word(v.ikeHash)),
      m_ikeDhGroups(set.word(v.ikeDhGroups)), m_ikeLifetime(set.word(v.ikeLifetime)), m_espAuth(set.word(v.espAuth)),
      m_espEncryption(set.word(v.espEncryption)), m_espLifetime(set.word(v.espLifetime)),
      m_pfsGroup(set.word(v.pfsGroup))
{
}

void RouterOsProposalArguments::addPhase1(RouterOsScriptWriter &w, RouterOsKeyword natTraversal) const
{
    w.addArguments(" enc-algorithm=%1 hash-algorithm=%2 dh-group=%3 lifetime=%4 nat-traversal=%5"
                   " proposal-check=obey dpd-interval=2m dpd-maximum-failures=5",
                   {m_set[m_ikeEncryption], m_set[m_ikeHash], m_set[m_ikeDhGroups], m_set[m_ikeLifetime], natTraversal});
}

void RouterOsProposalArguments::addPhase2(RouterOsScriptWriter &w) const
{
    w.addArguments(" auth-algorithms=%1 enc-algorithms=%2 lifetime=%3 pfs-group=%4",
                   {m_set[m_espAuth], m_set[m_espEncryption], m_set[m_espLifetime], m_set[m_pfsGroup]});
}

} // namespace tw::routeros

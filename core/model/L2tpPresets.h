#pragma once

#include "model/Project.h"

#include <algorithm>

// The proposals an L2TP server gets when its project names none: what the built-in iPhone and
// Windows L2TP clients both offer (reference/clients.md section 7): IKEv1 main mode, AES-256 or
// AES-128 with SHA-1 and MODP 2048 (group 14); ESP AES-256/AES-128-CBC with SHA-1 or SHA-256, no PFS.
// Older devices that need group 2 are an explicit choice: write "ike" with dh_groups [14, 2].
// RouterOS before 6.43 is written with one phase-1 cipher (see RouterOsDialect::phase1TakesLists):
// its preset keeps AES-256, which both clients offer with SHA-1 and group 14.

namespace tw {

IkeProposal l2tpDefaultIke(Platform platform = Platform::RouterOs7);
EspProposal l2tpDefaultEsp();

inline IkeProposal effectiveIke(const L2tpServer &s) { return s.ike.value_or(l2tpDefaultIke(s.platform)); }
inline EspProposal effectiveEsp(const L2tpServer &s) { return s.esp.value_or(l2tpDefaultEsp()); }

} // namespace tw

namespace tw {

// MPPE inside PPP can only be keyed by MS-CHAP; the server requires it (and the Windows script asks
// for EncryptionLevel Required) exactly when every allowed method is MS-CHAP v2.
inline bool pppEncryptionRequired(const L2tpServer &s)
{
    return !s.authentication.isEmpty() &&
           std::all_of(s.authentication.begin(), s.authentication.end(), [](PppAuth a) { return a == PppAuth::Mschap2; });
}

} // namespace tw

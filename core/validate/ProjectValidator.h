#pragma once

#include "model/Project.h"
#include "validate/Finding.h"

#include <QList>

// `check`: every finding about a project at once, each with its JSON path. Pure: the wizard calls
// it as the user types, the CLI before rendering, the fuzzers on anything.

namespace tw {

QList<Finding> checkProject(const Project &project);

// Pieces the vendor capability checks and the wizard reuse.
void checkName(const QString &name, const QString &path, const QString &what, Findings &out);
void checkPsk(const QString &psk, const QString &path, Findings &out);
void checkIke(const IkeProposal &ike, const QString &path, Findings &out);
void checkEsp(const EspProposal &esp, const QString &path, Findings &out);

// Lifetime bounds both vendors accept (Cisco: isakmp 60-86400 s, IKEv2 profile and IPsec SA
// 120-86400 s; reference/cisco-ios.md sections 1, 5, 7).
inline constexpr int kMinLifetimeS = 120;
inline constexpr int kMaxLifetimeS = 86400;
// L2TP MTU/MRU: 576 is the IPv4 minimum, 1500 Ethernet; IPsec + L2TP overhead sits on top.
inline constexpr int kMinMtu = 576;
inline constexpr int kMaxMtu = 1500;
// Each pair of protected networks becomes a policy, firewall and NAT rules and ACL lines on both
// routers (about 2 KB of output). Bounds that real designs stay far below, so that a small project
// file cannot make a render write gigabytes: 32 x 32 networks on one link, and 100,000 pairs in a
// project (ten times those of the 10,000-link benchmark).
inline constexpr qsizetype kMaxPairsPerLink = 1024;
inline constexpr qsizetype kMaxPairsPerProject = 100000;

} // namespace tw

#pragma once

#include "model/Address.h"
#include "model/Types.h"
#include "render/TextBuilder.h"

#include <QString>

#include <optional>

// Neutral values -> Cisco IOS tokens (style point 1: translate, then serialise). Every function is an
// exhaustive switch without `default:`; a value that IOS cannot express in that place is
// std::nullopt, which checkSite turns into a finding naming cisco-ios and the value.
//
// The rule for "can express": a token is used only when every image Tunnelwright targets (IOS 15.x
// and IOS-XE) accepts it, so that a pasted line never fails with "% Invalid input" and leaves an
// object on an IOS default (an isakmp policy on its default group 1, say). Sources per function in
// CiscoIosDialect.cpp and reference/cisco-ios.md.

namespace tw::ciscoios {

class CiscoIosDialect final {
public:
    CiscoIosDialect() = delete;

    // IKEv1, `crypto isakmp policy N`: `encryption`, `hash`, `group`.
    static std::optional<QString> isakmpEncryption(Encryption e);
    static std::optional<QString> isakmpHash(Integrity i);
    static std::optional<QString> isakmpGroup(DhGroup g);

    // IKEv2, `crypto ikev2 proposal P`: `encryption`, `integrity` (the same names serve `prf`), `group`.
    static std::optional<QString> ikev2Encryption(Encryption e);
    static std::optional<QString> ikev2Integrity(Integrity i);
    static std::optional<QString> ikev2Group(DhGroup g);

    // Phase 2, `crypto ipsec transform-set TS <encryption> [<integrity>]` and `set pfs <group>`.
    static std::optional<QString> espEncryption(Encryption e);
    static std::optional<QString> espIntegrity(Integrity i);
    static std::optional<QString> pfsGroup(DhGroup g);

    // One side of an ACL line: "host A.B.C.D" (/32), "any" (/0), "A.B.C.D W.W.W.W" (wildcard mask);
    // for IPv6 "host X" (/128), "any" (/0), "X/len".
    static JoinedText aclAddress(const Subnet &s);
};

// Lifetime bounds IOS accepts (reference/cisco-ios.md sections 1, 5, 7): isakmp policy 60..86400 s,
// IKEv2 profile and IPsec SA 120..86400 s. The generic check (120..86400) lies inside all of them, so
// IOS adds no lifetime finding; ProjectValidator.h's bounds are asserted against these in the .cpp.
inline constexpr int kIsakmpMinLifetimeS = 60;
inline constexpr int kIsakmpMaxLifetimeS = 86400;
inline constexpr int kIkev2MinLifetimeS = 120;
inline constexpr int kIkev2MaxLifetimeS = 86400;
inline constexpr int kSaMinLifetimeS = 120;
inline constexpr int kSaMaxLifetimeS = 86400;

// `set transform-set` in a crypto map entry takes at most six transform sets (IOS command reference).
inline constexpr int kMaxTransformSets = 6;

} // namespace tw::ciscoios

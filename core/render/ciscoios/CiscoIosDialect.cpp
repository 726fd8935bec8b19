#include "render/ciscoios/CiscoIosDialect.h"

#include "model/Vocabulary.h"
#include "validate/ProjectValidator.h"

namespace tw::ciscoios {

// The generic lifetime range must be one every IOS place accepts; if it ever widens, IOS needs its
// own lifetime findings.
static_assert(kMinLifetimeS >= kIsakmpMinLifetimeS && kMaxLifetimeS <= kIsakmpMaxLifetimeS);
static_assert(kMinLifetimeS >= kIkev2MinLifetimeS && kMaxLifetimeS <= kIkev2MaxLifetimeS);
static_assert(kMinLifetimeS >= kSaMinLifetimeS && kMaxLifetimeS <= kSaMaxLifetimeS);

// isakmp `encryption`: des | 3des | aes | aes 192 | aes 256 (15.x `?` output, ccieordie.com). IKEv1
// has no AEAD cipher at all, so GCM has no token.
std::optional<QString> CiscoIosDialect::isakmpEncryption(Encryption e)
{
    switch (e) {
    case Encryption::Aes128Cbc:
        return QStringLiteral("aes");
    case Encryption::Aes192Cbc:
        return QStringLiteral("aes 192");
    case Encryption::Aes256Cbc:
        return QStringLiteral("aes 256");
    case Encryption::TripleDes:
        return QStringLiteral("3des");
    case Encryption::Aes128Gcm:
    case Encryption::Aes256Gcm:
        return std::nullopt;
    }
    return std::nullopt;
}

// isakmp `hash`: md5 | sha | sha256 | sha384 | sha512 ("sha" is SHA-1).
std::optional<QString> CiscoIosDialect::isakmpHash(Integrity i)
{
    switch (i) {
    case Integrity::Md5:
        return QStringLiteral("md5");
    case Integrity::Sha1:
        return QStringLiteral("sha");
    case Integrity::Sha256:
        return QStringLiteral("sha256");
    case Integrity::Sha384:
        return QStringLiteral("sha384");
    case Integrity::Sha512:
        return QStringLiteral("sha512");
    }
    return std::nullopt;
}

// isakmp `group` on a 15.x image: 1 2 5 14 15 16 19 20 24. Group 21 appears in IOS-XE configs only,
// so it is not written (the policy would silently keep group 1 on a router that rejects the line).
std::optional<QString> CiscoIosDialect::isakmpGroup(DhGroup g)
{
    switch (g) {
    case DhGroup::G1:
    case DhGroup::G2:
    case DhGroup::G5:
    case DhGroup::G14:
    case DhGroup::G15:
    case DhGroup::G16:
    case DhGroup::G19:
    case DhGroup::G20:
        return numberText(g);
    case DhGroup::G21:
        return std::nullopt;
    }
    return std::nullopt;
}

// IKEv2 proposal `encryption` (IOS-XE YANG via CiscoDevNet terraform-provider-iosxe
// crypto_ikev2_proposal: en-3des, aes-cbc-128/192/256, aes-gcm-128/256).
std::optional<QString> CiscoIosDialect::ikev2Encryption(Encryption e)
{
    switch (e) {
    case Encryption::Aes128Cbc:
        return QStringLiteral("aes-cbc-128");
    case Encryption::Aes192Cbc:
        return QStringLiteral("aes-cbc-192");
    case Encryption::Aes256Cbc:
        return QStringLiteral("aes-cbc-256");
    case Encryption::Aes128Gcm:
        return QStringLiteral("aes-gcm-128");
    case Encryption::Aes256Gcm:
        return QStringLiteral("aes-gcm-256");
    case Encryption::TripleDes:
        return QStringLiteral("3des");
    }
    return std::nullopt;
}

// IKEv2 proposal `integrity` and `prf`: md5 | sha1 | sha256 | sha384 | sha512 (same YANG).
std::optional<QString> CiscoIosDialect::ikev2Integrity(Integrity i)
{
    switch (i) {
    case Integrity::Md5:
        return QStringLiteral("md5");
    case Integrity::Sha1:
        return QStringLiteral("sha1");
    case Integrity::Sha256:
        return QStringLiteral("sha256");
    case Integrity::Sha384:
        return QStringLiteral("sha384");
    case Integrity::Sha512:
        return QStringLiteral("sha512");
    }
    return std::nullopt;
}

// IKEv2 proposal `group`: the IOS-XE YANG offers 1 2 14 15 16 19 20 21 24 (no 5); 15.x IKEv2 images
// are believed to lack 21 like their isakmp policies. Only the groups both offer are written.
std::optional<QString> CiscoIosDialect::ikev2Group(DhGroup g)
{
    switch (g) {
    case DhGroup::G1:
    case DhGroup::G2:
    case DhGroup::G14:
    case DhGroup::G15:
    case DhGroup::G16:
    case DhGroup::G19:
    case DhGroup::G20:
        return numberText(g);
    case DhGroup::G5:
    case DhGroup::G21:
        return std::nullopt;
    }
    return std::nullopt;
}

// Transform-set encryption (reference/cisco-ios.md section 3): plain esp-aes is AES-128.
std::optional<QString> CiscoIosDialect::espEncryption(Encryption e)
{
    switch (e) {
    case Encryption::Aes128Cbc:
        return QStringLiteral("esp-aes");
    case Encryption::Aes192Cbc:
        return QStringLiteral("esp-aes 192");
    case Encryption::Aes256Cbc:
        return QStringLiteral("esp-aes 256");
    case Encryption::Aes128Gcm:
        return QStringLiteral("esp-gcm 128");
    case Encryption::Aes256Gcm:
        return QStringLiteral("esp-gcm 256");
    case Encryption::TripleDes:
        return QStringLiteral("esp-3des");
    }
    return std::nullopt;
}

std::optional<QString> CiscoIosDialect::espIntegrity(Integrity i)
{
    switch (i) {
    case Integrity::Md5:
        return QStringLiteral("esp-md5-hmac");
    case Integrity::Sha1:
        return QStringLiteral("esp-sha-hmac");
    case Integrity::Sha256:
        return QStringLiteral("esp-sha256-hmac");
    case Integrity::Sha384:
        return QStringLiteral("esp-sha384-hmac");
    case Integrity::Sha512:
        return QStringLiteral("esp-sha512-hmac");
    }
    return std::nullopt;
}

// `set pfs groupN`: group21 shows up in IOS-XE configs only (see isakmpGroup).
std::optional<QString> CiscoIosDialect::pfsGroup(DhGroup g)
{
    switch (g) {
    case DhGroup::G1:
        return QStringLiteral("group1");
    case DhGroup::G2:
        return QStringLiteral("group2");
    case DhGroup::G5:
        return QStringLiteral("group5");
    case DhGroup::G14:
        return QStringLiteral("group14");
    case DhGroup::G15:
        return QStringLiteral("group15");
    case DhGroup::G16:
        return QStringLiteral("group16");
    case DhGroup::G19:
        return QStringLiteral("group19");
    case DhGroup::G20:
        return QStringLiteral("group20");
    case DhGroup::G21:
        return std::nullopt;
    }
    return std::nullopt;
}

JoinedText CiscoIosDialect::aclAddress(const Subnet &s)
{
    if (s.prefixLength == 0)
        return {u"any"};
    if (s.isHost())
        return {u"host ", AddressText(s.network)};
    if (s.family() == Family::V6)
        return {AddressText(s.network), u"/", NumberText(s.prefixLength)};
    // IPv4: the network and its wildcard (inverted) mask.
    return {AddressText::ofIpv4(s.network.toIPv4Address()), u" ", AddressText::ofIpv4(ipv4HostMask(s.prefixLength))};
}

} // namespace tw::ciscoios

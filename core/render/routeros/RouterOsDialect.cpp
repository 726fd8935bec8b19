#include "render/routeros/RouterOsDialect.h"

#include "model/Vocabulary.h"

#include <algorithm>
#include <charconv>

namespace tw::routeros {

std::optional<RouterOsDialect> RouterOsDialect::of(Platform platform)
{
    switch (platform) {
    case Platform::RouterOs6Legacy:
        return RouterOsDialect(platform, Generation::Legacy);
    case Platform::RouterOs6:
        return RouterOsDialect(platform, Generation::V6);
    case Platform::RouterOs7:
        return RouterOsDialect(platform, Generation::V7);
    case Platform::CiscoIos:
        return std::nullopt;
    }
    return std::nullopt;
}

QString RouterOsDialect::platformToken() const { return token(m_platform); }

std::optional<QString> RouterOsDialect::ikeEncryption(Encryption e) const
{
    switch (e) {
    case Encryption::Aes128Cbc:
        return QStringLiteral("aes-128");
    case Encryption::Aes192Cbc:
        return QStringLiteral("aes-192");
    case Encryption::Aes256Cbc:
        return QStringLiteral("aes-256");
    case Encryption::TripleDes:
        return QStringLiteral("3des");
    case Encryption::Aes128Gcm:
    case Encryption::Aes256Gcm:
        // Profile (and legacy peer) enc-algorithm: aes-256|aes-192|aes-128|3des|des (+ blowfish,
        // camellia on v6); no AEAD cipher for IKE itself in any generation.
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> RouterOsDialect::ikeHash(Integrity i) const
{
    switch (i) {
    case Integrity::Md5:
        return QStringLiteral("md5");
    case Integrity::Sha1:
        return QStringLiteral("sha1");
    case Integrity::Sha256:
        return QStringLiteral("sha256");
    case Integrity::Sha384:
        switch (m_generation) {
        case Generation::V7:
            return QStringLiteral("sha384"); // 7.22.3 completion: md5, sha1, sha256, sha384, sha512
        case Generation::V6:
        case Generation::Legacy:
            return std::nullopt; // v6 manual: md5 | sha1 | sha256 | sha512
        }
        return std::nullopt;
    case Integrity::Sha512:
        return QStringLiteral("sha512");
    }
    return std::nullopt;
}

std::optional<QString> RouterOsDialect::espEncryption(Encryption e) const
{
    switch (e) {
    case Encryption::Aes128Cbc:
        return QStringLiteral("aes-128-cbc");
    case Encryption::Aes192Cbc:
        return QStringLiteral("aes-192-cbc");
    case Encryption::Aes256Cbc:
        return QStringLiteral("aes-256-cbc");
    case Encryption::Aes128Gcm:
        return QStringLiteral("aes-128-gcm");
    case Encryption::Aes256Gcm:
        return QStringLiteral("aes-256-gcm");
    case Encryption::TripleDes:
        return QStringLiteral("3des");
    }
    return std::nullopt;
}

std::optional<QString> RouterOsDialect::espAuth(Integrity i) const
{
    switch (i) {
    case Integrity::Md5:
        return QStringLiteral("md5");
    case Integrity::Sha1:
        return QStringLiteral("sha1");
    case Integrity::Sha256:
        return QStringLiteral("sha256");
    case Integrity::Sha384:
        // Proposal auth-algorithms: sha512|sha256|sha1|md5|null in every generation (7.24 schema).
        return std::nullopt;
    case Integrity::Sha512:
        return QStringLiteral("sha512");
    }
    return std::nullopt;
}

std::optional<QString> RouterOsDialect::dhGroup(DhGroup g) const
{
    switch (g) {
    case DhGroup::G1:
        return QStringLiteral("modp768");
    case DhGroup::G2:
        return QStringLiteral("modp1024");
    case DhGroup::G5:
        return QStringLiteral("modp1536");
    case DhGroup::G14:
        return QStringLiteral("modp2048");
    case DhGroup::G15:
        return QStringLiteral("modp3072");
    case DhGroup::G16:
        return QStringLiteral("modp4096");
    case DhGroup::G19:
        return QStringLiteral("ecp256");
    case DhGroup::G20:
        return QStringLiteral("ecp384");
    case DhGroup::G21:
        return QStringLiteral("ecp521");
    }
    return std::nullopt;
}

std::optional<QString> RouterOsDialect::exchangeMode(IkeVersion v, IkeMode m) const
{
    switch (v) {
    case IkeVersion::V2:
        switch (m_generation) {
        case Generation::V6:
        case Generation::V7:
            return QStringLiteral("ike2");
        case Generation::Legacy:
            // IKEv2 arrived in 6.38; this platform also covers every version before that.
            return std::nullopt;
        }
        return std::nullopt;
    case IkeVersion::V1:
        switch (m) {
        case IkeMode::Main:
            return QStringLiteral("main");
        case IkeMode::Aggressive:
            return QStringLiteral("aggressive");
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QString RouterOsDialect::pppAuth(PppAuth a) const
{
    switch (a) {
    case PppAuth::Mschap2:
        return QStringLiteral("mschap2");
    case PppAuth::Chap:
        return QStringLiteral("chap");
    case PppAuth::Pap:
        return QStringLiteral("pap");
    }
    return {};
}

QString RouterOsDialect::activePeersMenu() const
{
    switch (m_generation) {
    case Generation::Legacy:
        return QStringLiteral("/ip ipsec remote-peers");
    case Generation::V6:
    case Generation::V7:
        return QStringLiteral("/ip ipsec active-peers");
    }
    return {};
}

namespace {

// Joined by commas as it goes, in place: a list of a few tokens makes no heap string.
template <typename T, typename Fn> JoinedText tokenList(const QList<T> &items, Fn tokenOf)
{
    JoinedText out;
    for (const T &item : items)
        if (const std::optional<QString> t = tokenOf(item)) {
            if (!out.isEmpty())
                out.append(u",");
            out.append(*t);
        }
    return out;
}

} // namespace

JoinedText RouterOsDialect::ikeEncryptionList(const IkeProposal &ike) const
{
    return tokenList(ike.encryption, [&](Encryption e) { return ikeEncryption(e); });
}

QString RouterOsDialect::ikeHashOf(const IkeProposal &ike) const
{
    return ike.integrity.isEmpty() ? QString() : ikeHash(ike.integrity.first()).value_or(QString());
}

JoinedText RouterOsDialect::ikeDhGroupList(const IkeProposal &ike) const
{
    return tokenList(ike.dhGroups, [&](DhGroup g) { return dhGroup(g); });
}

JoinedText RouterOsDialect::espEncryptionList(const EspProposal &esp) const
{
    return tokenList(esp.encryption, [&](Encryption e) { return espEncryption(e); });
}

JoinedText RouterOsDialect::espAuthList(const EspProposal &esp) const
{
    const bool allAead = !esp.encryption.isEmpty() &&
                         std::all_of(esp.encryption.begin(), esp.encryption.end(), [](Encryption e) { return isAead(e); });
    return allAead ? JoinedText{u"null"} : tokenList(esp.integrity, [&](Integrity i) { return espAuth(i); });
}

QString RouterOsDialect::pfsGroupOf(const EspProposal &esp) const
{
    return esp.pfsGroup ? dhGroup(*esp.pfsGroup).value_or(QString()) : QStringLiteral("none");
}

QString RouterOsDialect::pppAuthList(const QList<PppAuth> &methods) const
{
    return QStringView(tokenList(methods, [&](PppAuth a) { return std::optional<QString>(pppAuth(a)); })).toString();
}

RouterOsProposalValues RouterOsDialect::proposalValues(const IkeProposal &ike, const EspProposal &esp) const
{
    return {ikeEncryptionList(ike), ikeHashOf(ike), ikeDhGroupList(ike), duration(ike.lifetimeS),
            espEncryptionList(esp), espAuthList(esp), pfsGroupOf(esp),    duration(esp.lifetimeS)};
}

RouterOsDuration::RouterOsDuration(int seconds)
{
    // A single unit when it divides exactly, else the compound form; whichever is shorter.
    struct Unit {
        int seconds;
        char suffix;
    };
    static constexpr Unit kUnits[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    const auto append = [](char *to, int count, char suffix) {
        to = std::to_chars(to, to + 10, count).ptr;
        *to++ = suffix;
        return to;
    };
    char single[16] = "0s"; // "2147483647s"
    char *singleEnd = single + 2;
    char compound[32]; // "24855d3h14m7s"
    char *compoundEnd = compound;
    if (seconds > 0) {
        for (const Unit &u : kUnits)
            if (seconds % u.seconds == 0) {
                singleEnd = append(single, seconds / u.seconds, u.suffix);
                break;
            }
        int rest = seconds;
        for (const Unit &u : kUnits)
            if (rest >= u.seconds) {
                compoundEnd = append(compoundEnd, rest / u.seconds, u.suffix);
                rest %= u.seconds;
            }
    }
    const bool compoundShorter = compoundEnd > compound && compoundEnd - compound < singleEnd - single;
    const char *const from = compoundShorter ? compound : single;
    const char *const end = compoundShorter ? compoundEnd : singleEnd;
    m_size = quint8(std::copy(from, end, m_text) - m_text);
}

} // namespace tw::routeros

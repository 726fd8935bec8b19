#include "model/Vocabulary.h"

#include <algorithm>
#include <array>

namespace tw {
namespace {

template <typename E> struct Entry {
    E value;
    const char *token;
    const char *label;
};

constexpr std::array kPlatforms{
    Entry<Platform>{Platform::RouterOs6Legacy, "routeros-6-legacy", "MikroTik RouterOS 6 before 6.43"},
    Entry<Platform>{Platform::RouterOs6, "routeros-6", "MikroTik RouterOS 6.43 or later v6"},
    Entry<Platform>{Platform::RouterOs7, "routeros-7", "MikroTik RouterOS 7"},
    Entry<Platform>{Platform::CiscoIos, "cisco-ios", "Cisco IOS 15 / IOS-XE"},
};
constexpr std::array kEncryptions{
    Entry<Encryption>{Encryption::Aes128Cbc, "aes128-cbc", "AES-128-CBC"},
    Entry<Encryption>{Encryption::Aes192Cbc, "aes192-cbc", "AES-192-CBC"},
    Entry<Encryption>{Encryption::Aes256Cbc, "aes256-cbc", "AES-256-CBC"},
    Entry<Encryption>{Encryption::Aes128Gcm, "aes128-gcm", "AES-128-GCM"},
    Entry<Encryption>{Encryption::Aes256Gcm, "aes256-gcm", "AES-256-GCM"},
    Entry<Encryption>{Encryption::TripleDes, "3des", "3DES"},
};
constexpr std::array kIntegrities{
    Entry<Integrity>{Integrity::Md5, "md5", "MD5"},
    Entry<Integrity>{Integrity::Sha1, "sha1", "SHA-1"},
    Entry<Integrity>{Integrity::Sha256, "sha256", "SHA-256"},
    Entry<Integrity>{Integrity::Sha384, "sha384", "SHA-384"},
    Entry<Integrity>{Integrity::Sha512, "sha512", "SHA-512"},
};
constexpr std::array kDhGroups{
    Entry<DhGroup>{DhGroup::G1, "1", "group 1 (MODP 768)"},
    Entry<DhGroup>{DhGroup::G2, "2", "group 2 (MODP 1024)"},
    Entry<DhGroup>{DhGroup::G5, "5", "group 5 (MODP 1536)"},
    Entry<DhGroup>{DhGroup::G14, "14", "group 14 (MODP 2048)"},
    Entry<DhGroup>{DhGroup::G15, "15", "group 15 (MODP 3072)"},
    Entry<DhGroup>{DhGroup::G16, "16", "group 16 (MODP 4096)"},
    Entry<DhGroup>{DhGroup::G19, "19", "group 19 (ECP 256)"},
    Entry<DhGroup>{DhGroup::G20, "20", "group 20 (ECP 384)"},
    Entry<DhGroup>{DhGroup::G21, "21", "group 21 (ECP 521)"},
};
constexpr std::array kIkeModes{
    Entry<IkeMode>{IkeMode::Main, "main", "main mode"},
    Entry<IkeMode>{IkeMode::Aggressive, "aggressive", "aggressive mode"},
};
constexpr std::array kPppAuths{
    Entry<PppAuth>{PppAuth::Mschap2, "mschap2", "MS-CHAP v2"},
    Entry<PppAuth>{PppAuth::Chap, "chap", "CHAP"},
    Entry<PppAuth>{PppAuth::Pap, "pap", "PAP"},
};
constexpr std::array kClientPlatforms{
    Entry<ClientPlatform>{ClientPlatform::IPhone, "iphone", "iPhone / iPad"},
    Entry<ClientPlatform>{ClientPlatform::Windows, "windows", "Windows 10 / 11"},
};

template <typename Table, typename E> const auto &find(const Table &table, E v)
{
    for (const auto &e : table)
        if (e.value == v)
            return e;
    return table.front(); // unreachable: every table lists every enumerator (tested)
}

template <typename Table> auto fromToken(const Table &table, QStringView s)
{
    using E = decltype(table.front().value);
    for (const auto &e : table)
        if (s == QLatin1String(e.token))
            return std::optional<E>(e.value);
    return std::optional<E>();
}

template <typename Table> QStringList tokens(const Table &table)
{
    QStringList out;
    for (const auto &e : table)
        out << QString::fromLatin1(e.token);
    return out;
}

template <typename Table> auto values(const Table &table)
{
    QList<decltype(table.front().value)> out;
    for (const auto &e : table)
        out << e.value;
    return out;
}

} // namespace

QString token(Platform v) { return QString::fromLatin1(find(kPlatforms, v).token); }
QString token(Encryption v) { return QString::fromLatin1(find(kEncryptions, v).token); }
QString token(Integrity v) { return QString::fromLatin1(find(kIntegrities, v).token); }
QString token(IkeMode v) { return QString::fromLatin1(find(kIkeModes, v).token); }
QString token(PppAuth v) { return QString::fromLatin1(find(kPppAuths, v).token); }
QString token(ClientPlatform v) { return QString::fromLatin1(find(kClientPlatforms, v).token); }
int token(DhGroup v) { return ianaNumber(v); }

QString label(Platform v) { return QString::fromLatin1(find(kPlatforms, v).label); }
QString label(Encryption v) { return QString::fromLatin1(find(kEncryptions, v).label); }
QString label(Integrity v) { return QString::fromLatin1(find(kIntegrities, v).label); }
QString label(DhGroup v) { return QString::fromLatin1(find(kDhGroups, v).label); }
QString label(PppAuth v) { return QString::fromLatin1(find(kPppAuths, v).label); }
QString label(ClientPlatform v) { return QString::fromLatin1(find(kClientPlatforms, v).label); }

std::optional<Platform> platformFromToken(QStringView s) { return fromToken(kPlatforms, s); }
std::optional<Encryption> encryptionFromToken(QStringView s) { return fromToken(kEncryptions, s); }
std::optional<Integrity> integrityFromToken(QStringView s) { return fromToken(kIntegrities, s); }
std::optional<IkeMode> ikeModeFromToken(QStringView s) { return fromToken(kIkeModes, s); }
std::optional<PppAuth> pppAuthFromToken(QStringView s) { return fromToken(kPppAuths, s); }
std::optional<ClientPlatform> clientPlatformFromToken(QStringView s) { return fromToken(kClientPlatforms, s); }

std::optional<DhGroup> dhGroupFromNumber(qint64 n)
{
    for (const auto &e : kDhGroups)
        if (ianaNumber(e.value) == n)
            return e.value;
    return std::nullopt;
}

QStringList platformTokens() { return tokens(kPlatforms); }
QStringList encryptionTokens() { return tokens(kEncryptions); }
QStringList integrityTokens() { return tokens(kIntegrities); }
QStringList ikeModeTokens() { return tokens(kIkeModes); }
QStringList pppAuthTokens() { return tokens(kPppAuths); }
QStringList clientPlatformTokens() { return tokens(kClientPlatforms); }
QStringList dhGroupTokens() { return tokens(kDhGroups); }

QList<Platform> allPlatforms() { return values(kPlatforms); }
QList<Encryption> allEncryptions() { return values(kEncryptions); }
QList<Integrity> allIntegrities() { return values(kIntegrities); }
QList<DhGroup> allDhGroups() { return values(kDhGroups); }

bool isValidName(QStringView name)
{
    const auto isLetter = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    if (name.isEmpty() || name.size() > kMaxNameLength || !isLetter(name.front().unicode()))
        return false;
    return std::all_of(name.begin() + 1, name.end(), [&](QChar ch) {
        const char16_t c = ch.unicode();
        return isLetter(c) || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace tw

#include "model/Vocabulary.h"

#include <algorithm>
#include <array>

namespace tw {
namespace {

// UTF-16 literals, measured when compiled: token() and label() hand them out as QStrings without
// copying them.
template <typename E> struct Entry {
    E value;
    QStringView token;
    QStringView label;
};

constexpr std::array kPlatforms{
    Entry<Platform>{Platform::RouterOs6Legacy, u"routeros-6-legacy", u"MikroTik RouterOS 6 before 6.43"},
    Entry<Platform>{Platform::RouterOs6, u"routeros-6", u"MikroTik RouterOS 6.43 or later v6"},
    Entry<Platform>{Platform::RouterOs7, u"routeros-7", u"MikroTik RouterOS 7"},
    Entry<Platform>{Platform::CiscoIos, u"cisco-ios", u"Cisco IOS 15 / IOS-XE"},
};
constexpr std::array kEncryptions{
    Entry<Encryption>{Encryption::Aes128Cbc, u"aes128-cbc", u"AES-128-CBC"},
    Entry<Encryption>{Encryption::Aes192Cbc, u"aes192-cbc", u"AES-192-CBC"},
    Entry<Encryption>{Encryption::Aes256Cbc, u"aes256-cbc", u"AES-256-CBC"},
    Entry<Encryption>{Encryption::Aes128Gcm, u"aes128-gcm", u"AES-128-GCM"},
    Entry<Encryption>{Encryption::Aes256Gcm, u"aes256-gcm", u"AES-256-GCM"},
    Entry<Encryption>{Encryption::TripleDes, u"3des", u"3DES"},
};
constexpr std::array kIntegrities{
    Entry<Integrity>{Integrity::Md5, u"md5", u"MD5"},
    Entry<Integrity>{Integrity::Sha1, u"sha1", u"SHA-1"},
    Entry<Integrity>{Integrity::Sha256, u"sha256", u"SHA-256"},
    Entry<Integrity>{Integrity::Sha384, u"sha384", u"SHA-384"},
    Entry<Integrity>{Integrity::Sha512, u"sha512", u"SHA-512"},
};
constexpr std::array kDhGroups{
    Entry<DhGroup>{DhGroup::G1, u"1", u"group 1 (MODP 768)"},
    Entry<DhGroup>{DhGroup::G2, u"2", u"group 2 (MODP 1024)"},
    Entry<DhGroup>{DhGroup::G5, u"5", u"group 5 (MODP 1536)"},
    Entry<DhGroup>{DhGroup::G14, u"14", u"group 14 (MODP 2048)"},
    Entry<DhGroup>{DhGroup::G15, u"15", u"group 15 (MODP 3072)"},
    Entry<DhGroup>{DhGroup::G16, u"16", u"group 16 (MODP 4096)"},
    Entry<DhGroup>{DhGroup::G19, u"19", u"group 19 (ECP 256)"},
    Entry<DhGroup>{DhGroup::G20, u"20", u"group 20 (ECP 384)"},
    Entry<DhGroup>{DhGroup::G21, u"21", u"group 21 (ECP 521)"},
};
constexpr std::array kIkeModes{
    Entry<IkeMode>{IkeMode::Main, u"main", u"main mode"},
    Entry<IkeMode>{IkeMode::Aggressive, u"aggressive", u"aggressive mode"},
};
constexpr std::array kPppAuths{
    Entry<PppAuth>{PppAuth::Mschap2, u"mschap2", u"MS-CHAP v2"},
    Entry<PppAuth>{PppAuth::Chap, u"chap", u"CHAP"},
    Entry<PppAuth>{PppAuth::Pap, u"pap", u"PAP"},
};
constexpr std::array kClientPlatforms{
    Entry<ClientPlatform>{ClientPlatform::IPhone, u"iphone", u"iPhone / iPad"},
    Entry<ClientPlatform>{ClientPlatform::Windows, u"windows", u"Windows 10 / 11"},
};

QString staticText(QStringView text) { return QString::fromRawData(text.data(), text.size()); }

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
        if (s == e.token)
            return std::optional<E>(e.value);
    return std::optional<E>();
}

template <typename Table> QStringList tokens(const Table &table)
{
    QStringList out;
    for (const auto &e : table)
        out << staticText(e.token);
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

QString token(Platform v) { return staticText(find(kPlatforms, v).token); }
QString token(Encryption v) { return staticText(find(kEncryptions, v).token); }
QString token(Integrity v) { return staticText(find(kIntegrities, v).token); }
QString token(IkeMode v) { return staticText(find(kIkeModes, v).token); }
QString token(PppAuth v) { return staticText(find(kPppAuths, v).token); }
QString token(ClientPlatform v) { return staticText(find(kClientPlatforms, v).token); }
int token(DhGroup v) { return ianaNumber(v); }
QString numberText(DhGroup v) { return staticText(find(kDhGroups, v).token); }

QString label(Platform v) { return staticText(find(kPlatforms, v).label); }
QString label(Encryption v) { return staticText(find(kEncryptions, v).label); }
QString label(Integrity v) { return staticText(find(kIntegrities, v).label); }
QString label(DhGroup v) { return staticText(find(kDhGroups, v).label); }
QString label(PppAuth v) { return staticText(find(kPppAuths, v).label); }
QString label(ClientPlatform v) { return staticText(find(kClientPlatforms, v).label); }

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

bool isControlCharacter(QChar c)
{
    if (c.unicode() < 0x80) // no printable ASCII character is a format character or a separator
        return c.unicode() < 0x20 || c.unicode() == 0x7F;
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph;
}

bool hasControlCharacter(QStringView s) { return std::any_of(s.begin(), s.end(), isControlCharacter); }

} // namespace tw

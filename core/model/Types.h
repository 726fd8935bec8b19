#pragma once

// The neutral vocabulary of an intent. Vendor spellings live in each renderer's dialect; the
// project-file spelling lives in Vocabulary.h. Renderers switch over these enums without a
// `default:` so that a new value breaks the build wherever it is not handled (-Werror=switch).

namespace tw {

enum class Platform { RouterOs6Legacy, RouterOs6, RouterOs7, CiscoIos };

enum class Encryption { Aes128Cbc, Aes192Cbc, Aes256Cbc, Aes128Gcm, Aes256Gcm, TripleDes };

enum class Integrity { Md5, Sha1, Sha256, Sha384, Sha512 };

// IANA Diffie-Hellman group numbers (RFC 2409, 3526, 5903).
enum class DhGroup { G1 = 1, G2 = 2, G5 = 5, G14 = 14, G15 = 15, G16 = 16, G19 = 19, G20 = 20, G21 = 21 };

enum class IkeVersion { V1 = 1, V2 = 2 };

enum class IkeMode { Main, Aggressive };

enum class PppAuth { Mschap2, Chap, Pap };

enum class ClientPlatform { IPhone, Windows };

enum class Side { A, B };

inline bool isAead(Encryption e)
{
    switch (e) {
    case Encryption::Aes128Gcm:
    case Encryption::Aes256Gcm:
        return true;
    case Encryption::Aes128Cbc:
    case Encryption::Aes192Cbc:
    case Encryption::Aes256Cbc:
    case Encryption::TripleDes:
        return false;
    }
    return false;
}

inline bool isRouterOs(Platform p)
{
    switch (p) {
    case Platform::RouterOs6Legacy:
    case Platform::RouterOs6:
    case Platform::RouterOs7:
        return true;
    case Platform::CiscoIos:
        return false;
    }
    return false;
}

inline int ianaNumber(DhGroup g) { return static_cast<int>(g); }

} // namespace tw

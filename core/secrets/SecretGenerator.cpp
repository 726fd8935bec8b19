#include "secrets/SecretGenerator.h"

#include "secrets/CryptoBackend.h"

#include <cmath>

namespace tw {

QString generateSecret(int length)
{
    length = qBound(kMinGeneratedLength, length, kMaxGeneratedLength);
    const crypto::Backend *crypto = crypto::backend();
    if (!crypto)
        return QString();
    // 248 = 4 * 62: bytes at or above it are dropped so every symbol is equally likely.
    constexpr int kLimit = (256 / kSecretAlphabetSize) * kSecretAlphabetSize;
    for (;;) {
        QString out;
        out.reserve(length);
        while (out.size() < length) {
            uint8_t buf[64];
            if (!crypto->randomBytes(buf, sizeof buf))
                return QString();
            for (uint8_t b : buf) {
                if (b >= kLimit)
                    continue;
                out += QLatin1Char(kSecretAlphabet[b % kSecretAlphabetSize]);
                if (out.size() == length)
                    break;
            }
        }
        if (!out.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            return out;
    }
}

double generatedSecretBits(int length) { return length * std::log2(double(kSecretAlphabetSize)); }

} // namespace tw

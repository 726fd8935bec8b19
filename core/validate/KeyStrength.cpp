#include "validate/KeyStrength.h"

#include <cmath>

namespace tw {

double estimateStrengthBits(const QString &key)
{
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : key) {
        const ushort u = c.unicode();
        if (u >= 'a' && u <= 'z')
            lower = true;
        else if (u >= 'A' && u <= 'Z')
            upper = true;
        else if (u >= '0' && u <= '9')
            digit = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    if (pool == 0)
        return 0.0;
    // A character that repeats its predecessor, or continues a +1/-1 sequence, adds about one bit.
    double effective = 0.0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (i >= 1) {
            const int d = key[i].unicode() - key[i - 1].unicode();
            if (d == 0 || d == 1 || d == -1) {
                effective += 1.0 / std::log2(double(pool));
                continue;
            }
        }
        effective += 1.0;
    }
    return effective * std::log2(double(pool));
}

} // namespace tw

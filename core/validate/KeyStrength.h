#pragma once

#include <QString>

namespace tw {

// A pre-shared key's guessing strength in bits, estimated as length x log2(size of the character
// classes it uses: lower 26, upper 26, digits 10, other printable ASCII 33), minus what long runs
// of one character and simple sequences give away. An estimate for a warning and the wizard's
// meter, not a proof.
double estimateStrengthBits(const QString &key);

inline constexpr double kWeakKeyBits = 80.0;

// The rules of the spec: 8..128 printable ASCII characters, no space.
inline constexpr int kPskMinLength = 8;
inline constexpr int kPskMaxLength = 128;

} // namespace tw

#pragma once

#include <QString>

// Random keys and passwords from Botan's system RNG (through secrets/CryptoBackend.h) (the operating system's generator). The only
// random source for anything secret in Tunnelwright.

namespace tw {

// Letters and digits: a character every target carries without quoting (RouterOS, IOS, PowerShell
// single quotes, XML, CSV). 62 symbols = log2(62) ~ 5.95 bits per character.
inline constexpr const char kSecretAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
inline constexpr int kSecretAlphabetSize = 62;
inline constexpr int kDefaultKeyLength = 32;      // ~190 bits
inline constexpr int kDefaultPasswordLength = 20; // ~119 bits
inline constexpr int kMinGeneratedLength = 8;
inline constexpr int kMaxGeneratedLength = 128;

// A uniformly random string over kSecretAlphabet (rejection sampling, no modulo bias). Never starts
// with "0x"/"0X": RouterOS would read such a key as hexadecimal. length is clamped to 8..128.
// Empty when there is no random source (the system RNG failed, or the wizard could not load its
// crypto plug-in, secrets/CryptoBackend.h): an empty key never passes check.
QString generateSecret(int length = kDefaultKeyLength);

// Bits of entropy of a generated secret of this length (for docs, the CLI and the wizard's meter).
double generatedSecretBits(int length);

} // namespace tw

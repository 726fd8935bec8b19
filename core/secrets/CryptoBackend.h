#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// The few primitives core needs from Botan: the system RNG, Argon2id and ChaCha20-Poly1305. Core
// calls them through this table, so that the wizard can load Botan as a plug-in when it first needs
// a key or an encrypted file: loading Botan costs every start about 3 to 4 ms (bench/startup.sh),
// which the wizard's first page cannot afford. The CLI, tests, fuzzers and benchmarks link the table
// directly (secrets/botan/LinkedBackend.cpp); the wizard loads it (ui/plugins/CryptoPlugin.cpp).

namespace tw::crypto {

enum class KdfStatus { Ok, OutOfMemory, Failed };

struct Backend {
    // Fills out from the system RNG; false when the RNG failed.
    bool (*randomBytes)(std::uint8_t *out, std::size_t size);
    // Argon2id (RFC 9106) into key (its size is the key length).
    KdfStatus (*argon2id)(QByteArray &key, const QByteArray &password, const QByteArray &salt, std::uint32_t memoryKib,
                          std::uint32_t iterations, std::uint32_t parallelism);
    // ChaCha20-Poly1305 (RFC 8439) in place: sealing appends the 16-byte tag; opening checks and
    // removes it and returns false (data unspecified) when the check fails.
    bool (*seal)(QByteArray &data, const QByteArray &key, const QByteArray &nonce, const QByteArray &associatedData);
    bool (*open)(QByteArray &data, const QByteArray &key, const QByteArray &nonce, const QByteArray &associatedData);
    // Overwrites memory in a way the compiler cannot leave out.
    void (*scrub)(void *data, std::size_t size);
};

// The backend; nullptr, and the reason in *why, when the wizard's plug-in cannot be loaded.
const Backend *backend(QString *why = nullptr);

} // namespace tw::crypto

#pragma once

#include "model/Project.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

// Encrypted project files (docs/encrypted-project.md): the canonical project JSON sealed with
// ChaCha20-Poly1305 under a key that Argon2id derives from a passphrase. The file is a small JSON
// envelope whose header (format, version, KDF parameters and salt, cipher, nonce) is bound to the
// ciphertext as associated data, so no part of it can be changed without the check failing.
//
// For the wizard: isEncryptedProject(bytes) on open, then ask for the passphrase and call
// decryptProject(); a failure with DecryptFailure::WrongPassphrase means "ask again". On save,
// encryptProject() gives the bytes to write (or io/ProjectFile's saveEncryptedProjectFile()).

namespace tw {

inline constexpr const char *kEncryptedFormat = "tunnelwright-encrypted";
inline constexpr int kEncryptedVersion = 1;

// Argon2id cost. memoryKib is in KiB (1024 bytes), as in RFC 9106.
struct Argon2Params {
    quint32 memoryKib = 0;
    quint32 iterations = 0;
    quint32 parallelism = 0;
    bool operator==(const Argon2Params &) const = default;
};

// What new files use: about half a second on the development machine (2 cores, measured with
// Botan 2.19: 64 MiB x 3 passes = 0.5-0.6 s; see docs/encrypted-project.md).
inline constexpr Argon2Params kDefaultArgon2{65536, 3, 1};

// What a file may ask for. A hostile file can make us spend at most 256 MiB and about 2.5 s (the
// work bound caps memory x passes at 16 default-sized passes) before the passphrase is checked.
inline constexpr quint32 kMinArgon2MemoryKib = 8192;   // 8 MiB
inline constexpr quint32 kMaxArgon2MemoryKib = 262144; // 256 MiB
inline constexpr quint32 kMaxArgon2Iterations = 10;
inline constexpr quint32 kMaxArgon2Parallelism = 4;
inline constexpr quint64 kMaxArgon2Work = quint64(65536) * 16; // memoryKib x iterations

inline constexpr int kSaltBytes = 16;
inline constexpr int kNonceBytes = 12; // ChaCha20-Poly1305 (RFC 8439)
inline constexpr int kTagBytes = 16;
inline constexpr int kMinPassphraseLength = 8; // for encrypting; any non-empty one is tried on open

// An encrypted file is the base64 of at most kMaxProjectBytes (+ tag) plus a small header.
inline constexpr qint64 kMaxEncryptedProjectBytes = (16 * 1024 * 1024 + kTagBytes + 2) / 3 * 4 + 4096;

// Why decryption failed. WrongPassphrase also covers a changed ciphertext or header: the
// authentication tag cannot tell the two apart, and nothing is returned in either case.
enum class DecryptFailure { None, NotEncrypted, Damaged, UnsupportedParameters, WrongPassphrase, InvalidProject };

// nullopt when the parameters are within the bounds above, else a message naming the parameter.
std::optional<QString> argon2ParamsProblem(const Argon2Params &params);

// True when the bytes are a JSON object whose "format" is "tunnelwright-encrypted" (whatever else
// is wrong with it: decryption reports that).
bool isEncryptedProject(const QByteArray &bytes);

// Seals arbitrary bytes (the canonical project JSON) / opens them again. The passphrase is used as
// its UTF-8 bytes after Unicode NFC normalisation (the same passphrase typed on any system).
Result<QByteArray> encryptBytes(const QByteArray &plain, const QString &passphrase,
                                const Argon2Params &params = kDefaultArgon2);
Result<QByteArray> decryptBytes(const QByteArray &envelope, const QString &passphrase,
                                DecryptFailure *failure = nullptr);

// The project as an encrypted file (its canonical JSON, serializeProject()).
Result<QByteArray> encryptProject(const Project &project, const QString &passphrase,
                                  const Argon2Params &params = kDefaultArgon2);
struct LoadProblem; // io/ProjectFile.h

// The project of an encrypted file: all or nothing. `failure`, when given, says why it failed;
// `problems`, when given, receives the decrypted project's own problems (with their JSON paths)
// when it is not a valid project (DecryptFailure::InvalidProject).
Result<Project> decryptProject(const QByteArray &bytes, const QString &passphrase, DecryptFailure *failure = nullptr,
                               QList<LoadProblem> *problems = nullptr);

} // namespace tw

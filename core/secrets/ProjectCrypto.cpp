#include "secrets/ProjectCrypto.h"

#include "io/ProjectFile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include "secrets/CryptoBackend.h"

#include <cmath>

namespace tw {
namespace {

// Why a project could not be encrypted or decrypted: printed by the CLI, shown by the wizard. The
// envelope's field-by-field diagnostics stay English, like the file format they describe.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::ProjectCrypto)
};

constexpr const char *kKdfName = "argon2id";
constexpr const char *kCipherName = "chacha20-poly1305";
constexpr size_t kKeyBytes = 32;

struct Header {
    Argon2Params kdf;
    QByteArray salt;
    QByteArray nonce;
};

struct Envelope {
    Header header;
    QByteArray ciphertext; // including the 16-byte tag
};

// Best effort: Qt containers cannot be locked, but their bytes need not outlive their use.
void scrub(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        if (const crypto::Backend *b = crypto::backend())
            b->scrub(bytes.data(), size_t(bytes.size()));
        else
            bytes.fill('\0'); // no backend: nothing secret was made either
    }
    bytes.clear();
}

class ScrubbedBytes final {
public:
    explicit ScrubbedBytes(QByteArray b) : m_bytes(std::move(b)) {}
    ~ScrubbedBytes() { scrub(m_bytes); }
    ScrubbedBytes(const ScrubbedBytes &) = delete;
    ScrubbedBytes &operator=(const ScrubbedBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }
    QByteArray &bytes() { return m_bytes; }

private:
    QByteArray m_bytes;
};

// The associated data: every header field in a fixed textual form (docs/encrypted-project.md).
QByteArray associatedData(const Header &h)
{
    QByteArray ad;
    ad += kEncryptedFormat;
    ad += '\n';
    ad += "version=" + QByteArray::number(kEncryptedVersion) + '\n';
    ad += QByteArray("kdf=") + kKdfName + '\n';
    ad += "memory_kib=" + QByteArray::number(h.kdf.memoryKib) + '\n';
    ad += "iterations=" + QByteArray::number(h.kdf.iterations) + '\n';
    ad += "parallelism=" + QByteArray::number(h.kdf.parallelism) + '\n';
    ad += "salt=" + h.salt.toBase64() + '\n';
    ad += QByteArray("cipher=") + kCipherName + '\n';
    ad += "nonce=" + h.nonce.toBase64() + '\n';
    return ad;
}

// The backend, or why there is none (the wizard could not load its crypto plug-in).
Result<const crypto::Backend *> cryptoBackend()
{
    QString why;
    if (const crypto::Backend *b = crypto::backend(&why))
        return b;
    return Result<const crypto::Backend *>::failure(why);
}

// The key is returned in key (scrubbed by its owner).
Result<bool> deriveKey(const crypto::Backend &crypto, const QString &passphrase, const Header &h, ScrubbedBytes &key)
{
    ScrubbedBytes pw(passphrase.normalized(QString::NormalizationForm_C).toUtf8());
    switch (crypto.argon2id(key.bytes(), pw.bytes(), h.salt, h.kdf.memoryKib, h.kdf.iterations, h.kdf.parallelism)) {
    case crypto::KdfStatus::Ok:
        return true;
    case crypto::KdfStatus::OutOfMemory:
        return Result<bool>::failure(
            Text::tr("not enough memory for the key derivation (%1 MiB)").arg(h.kdf.memoryKib / 1024));
    case crypto::KdfStatus::Failed:
        break;
    }
    return Result<bool>::failure(Text::tr("the key derivation failed"));
}

QByteArray envelopeJson(const Envelope &e)
{
    // Written by hand in a fixed key order (QJsonObject would sort the keys).
    QByteArray out;
    out += "{\n";
    out += QByteArray("  \"format\": \"") + kEncryptedFormat + "\",\n";
    out += "  \"version\": " + QByteArray::number(kEncryptedVersion) + ",\n";
    out += "  \"kdf\": {\n";
    out += QByteArray("    \"name\": \"") + kKdfName + "\",\n";
    out += "    \"memory_kib\": " + QByteArray::number(e.header.kdf.memoryKib) + ",\n";
    out += "    \"iterations\": " + QByteArray::number(e.header.kdf.iterations) + ",\n";
    out += "    \"parallelism\": " + QByteArray::number(e.header.kdf.parallelism) + ",\n";
    out += "    \"salt\": \"" + e.header.salt.toBase64() + "\"\n";
    out += "  },\n";
    out += QByteArray("  \"cipher\": \"") + kCipherName + "\",\n";
    out += "  \"nonce\": \"" + e.header.nonce.toBase64() + "\",\n";
    out += "  \"ciphertext\": \"" + e.ciphertext.toBase64() + "\"\n";
    out += "}\n";
    return out;
}

// Strict reading of the envelope: every key known and present, every value of its type and range.
class EnvelopeReader {
public:
    QStringList problems;
    bool unsupported = false; // a well-formed value we do not accept (version, KDF, cipher, cost)

    std::optional<Envelope> read(const QByteArray &bytes)
    {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            problems << QStringLiteral("(document): not a JSON object");
            return std::nullopt;
        }
        const QJsonObject o = doc.object();
        keys(o, QString(), {"format", "version", "kdf", "cipher", "nonce", "ciphertext"});
        if (o.value(QLatin1String("format")).toString() != QLatin1String(kEncryptedFormat))
            problems << QStringLiteral("format: expected \"%1\"").arg(QLatin1String(kEncryptedFormat));
        const auto version = number(o, QString(), "version");
        if (version && *version != kEncryptedVersion) {
            problems << QStringLiteral("version: %1 is not supported; this program reads version %2")
                            .arg(*version)
                            .arg(kEncryptedVersion);
            unsupported = true;
        }
        Envelope e;
        const QJsonValue kdfValue = o.value(QLatin1String("kdf"));
        if (!kdfValue.isObject()) {
            problems << QStringLiteral("kdf: expected an object");
        } else {
            const QJsonObject kdf = kdfValue.toObject();
            keys(kdf, QStringLiteral("kdf."), {"name", "memory_kib", "iterations", "parallelism", "salt"});
            if (kdf.contains(QLatin1String("name")) && kdf.value(QLatin1String("name")).toString() != QLatin1String(kKdfName)) {
                problems << QStringLiteral("kdf.name: only \"%1\" is supported").arg(QLatin1String(kKdfName));
                unsupported = true;
            }
            const auto m = number(kdf, QStringLiteral("kdf."), "memory_kib");
            const auto t = number(kdf, QStringLiteral("kdf."), "iterations");
            const auto p = number(kdf, QStringLiteral("kdf."), "parallelism");
            if (m && t && p) {
                // Range-checked before narrowing: a hostile value must not wrap into an accepted one.
                const auto clamp = [](qint64 v) { return quint32(qBound(qint64(0), v, qint64(0xFFFFFFFF))); };
                e.header.kdf = Argon2Params{clamp(*m), clamp(*t), clamp(*p)};
                if (const auto problem = argon2ParamsProblem(e.header.kdf)) {
                    problems << QStringLiteral("kdf: ") + *problem;
                    unsupported = true;
                }
            }
            e.header.salt = base64(kdf, QStringLiteral("kdf."), "salt");
            if (!e.header.salt.isNull() && e.header.salt.size() != kSaltBytes)
                problems << QStringLiteral("kdf.salt: expected %1 bytes, found %2").arg(kSaltBytes).arg(e.header.salt.size());
        }
        if (o.contains(QLatin1String("cipher")) && o.value(QLatin1String("cipher")).toString() != QLatin1String(kCipherName)) {
            problems << QStringLiteral("cipher: only \"%1\" is supported").arg(QLatin1String(kCipherName));
            unsupported = true;
        }
        e.header.nonce = base64(o, QString(), "nonce");
        if (!e.header.nonce.isNull() && e.header.nonce.size() != kNonceBytes)
            problems << QStringLiteral("nonce: expected %1 bytes, found %2").arg(kNonceBytes).arg(e.header.nonce.size());
        e.ciphertext = base64(o, QString(), "ciphertext");
        if (!e.ciphertext.isNull() && e.ciphertext.size() < kTagBytes)
            problems << QStringLiteral("ciphertext: %1 bytes is shorter than the authentication tag").arg(e.ciphertext.size());
        if (!problems.isEmpty())
            return std::nullopt;
        return e;
    }

private:
    void keys(const QJsonObject &o, const QString &prefix, std::initializer_list<const char *> expected)
    {
        for (const char *k : expected)
            if (!o.contains(QLatin1String(k)))
                problems << prefix + QLatin1String(k) + QStringLiteral(": missing");
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char *k : expected)
                known |= it.key() == QLatin1String(k);
            if (!known)
                problems << prefix + it.key().left(40) + QStringLiteral(": unknown key");
        }
    }

    std::optional<qint64> number(const QJsonObject &o, const QString &prefix, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt; // reported as missing
        const double d = v.toDouble(-1);
        if (!v.isDouble() || std::floor(d) != d || d < 0 || d > 9.0e15) {
            problems << prefix + QLatin1String(key) + QStringLiteral(": expected a whole number");
            return std::nullopt;
        }
        return qint64(d);
    }

    // A null QByteArray when missing or invalid (reported); strict base64 (no stray characters).
    QByteArray base64(const QJsonObject &o, const QString &prefix, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            problems << prefix + QLatin1String(key) + QStringLiteral(": expected a base64 string");
            return {};
        }
        const QByteArray text = v.toString().toLatin1();
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        // Canonical form only (padding, zero trailing bits): otherwise one file could be written in
        // several ways that all decrypt, and a changed byte would go unnoticed.
        if (!decoded || decoded.decoded.toBase64() != text) {
            problems << prefix + QLatin1String(key) + QStringLiteral(": not valid base64");
            return {};
        }
        return decoded.decoded.isNull() ? QByteArray("") : decoded.decoded;
    }
};

template <typename T> Result<T> fail(DecryptFailure *out, DecryptFailure why, const QString &message)
{
    if (out)
        *out = why;
    return Result<T>::failure(message);
}

} // namespace

std::optional<QString> argon2ParamsProblem(const Argon2Params &p)
{
    if (p.memoryKib < kMinArgon2MemoryKib || p.memoryKib > kMaxArgon2MemoryKib)
        return QStringLiteral("memory_kib %1 is outside %2..%3").arg(p.memoryKib).arg(kMinArgon2MemoryKib).arg(kMaxArgon2MemoryKib);
    if (p.iterations < 1 || p.iterations > kMaxArgon2Iterations)
        return QStringLiteral("iterations %1 is outside 1..%2").arg(p.iterations).arg(kMaxArgon2Iterations);
    if (p.parallelism < 1 || p.parallelism > kMaxArgon2Parallelism)
        return QStringLiteral("parallelism %1 is outside 1..%2").arg(p.parallelism).arg(kMaxArgon2Parallelism);
    // Argon2 needs at least 8 KiB per lane (RFC 9106 section 3.1); our minimum memory is far above.
    if (quint64(p.memoryKib) * p.iterations > kMaxArgon2Work)
        return QStringLiteral("memory_kib x iterations = %1 is over %2").arg(quint64(p.memoryKib) * p.iterations).arg(kMaxArgon2Work);
    return std::nullopt;
}

bool isEncryptedProject(const QByteArray &bytes)
{
    // Cheap test first: a plain project (up to 16 MiB) is parsed once, by the project reader.
    if (bytes.size() > kMaxEncryptedProjectBytes || !bytes.contains(kEncryptedFormat))
        return false;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error == QJsonParseError::NoError)
        return doc.isObject() && doc.object().value(QLatin1String("format")).toString() == QLatin1String(kEncryptedFormat);
    // Not JSON (truncated, damaged): still ours when it begins as our envelopes do, so that the
    // message says "damaged encrypted project" rather than "invalid project JSON".
    static const QRegularExpression head(QStringLiteral("\\A\\s*\\{\\s*\"format\"\\s*:\\s*\"tunnelwright-encrypted\""));
    return head.match(QString::fromLatin1(bytes.left(256))).hasMatch();
}

Result<QByteArray> encryptBytes(const QByteArray &plain, const QString &passphrase, const Argon2Params &params)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Result<QByteArray>::failure(
            Text::tr("the passphrase is too short: use at least %1 characters").arg(kMinPassphraseLength));
    if (const auto problem = argon2ParamsProblem(params))
        return Result<QByteArray>::failure(QStringLiteral("key derivation parameters: ") + *problem);
    if (plain.size() > kMaxProjectBytes)
        return Result<QByteArray>::failure(
            Text::tr("the project is %1 bytes; at most %2 are accepted").arg(plain.size()).arg(kMaxProjectBytes));
    const auto crypto = cryptoBackend();
    if (!crypto)
        return Result<QByteArray>::failure(crypto.error());
    Envelope e;
    e.header.kdf = params;
    e.header.salt.resize(kSaltBytes);
    e.header.nonce.resize(kNonceBytes);
    if (!(*crypto)->randomBytes(reinterpret_cast<uint8_t *>(e.header.salt.data()), kSaltBytes) ||
        !(*crypto)->randomBytes(reinterpret_cast<uint8_t *>(e.header.nonce.data()), kNonceBytes))
        return Result<QByteArray>::failure(Text::tr("the system random number generator failed"));
    ScrubbedBytes key(QByteArray(kKeyBytes, '\0'));
    if (const auto derived = deriveKey(**crypto, passphrase, e.header, key); !derived)
        return Result<QByteArray>::failure(derived.error());
    e.ciphertext = plain;
    if (!(*crypto)->seal(e.ciphertext, key.bytes(), e.header.nonce, associatedData(e.header)))
        return Result<QByteArray>::failure(Text::tr("encryption failed"));
    return envelopeJson(e);
}

Result<QByteArray> decryptBytes(const QByteArray &envelope, const QString &passphrase, DecryptFailure *failure)
{
    if (failure)
        *failure = DecryptFailure::None;
    if (envelope.size() > kMaxEncryptedProjectBytes)
        return fail<QByteArray>(failure, DecryptFailure::Damaged,
                                Text::tr("the encrypted project is %1 bytes; at most %2 are accepted")
                                    .arg(envelope.size())
                                    .arg(kMaxEncryptedProjectBytes));
    if (!isEncryptedProject(envelope))
        return fail<QByteArray>(failure, DecryptFailure::NotEncrypted,
                                Text::tr("this is not an encrypted Tunnelwright project"));
    EnvelopeReader reader;
    const std::optional<Envelope> e = reader.read(envelope);
    if (!e)
        return fail<QByteArray>(failure, reader.unsupported ? DecryptFailure::UnsupportedParameters : DecryptFailure::Damaged,
                                Text::tr("the encrypted project is damaged or not supported: ") +
                                    reader.problems.join(QStringLiteral("; ")));
    if (passphrase.isEmpty())
        return fail<QByteArray>(failure, DecryptFailure::WrongPassphrase, Text::tr("no passphrase given"));
    const auto crypto = cryptoBackend();
    if (!crypto)
        return fail<QByteArray>(failure, DecryptFailure::UnsupportedParameters, crypto.error());
    ScrubbedBytes key(QByteArray(kKeyBytes, '\0'));
    if (const auto derived = deriveKey(**crypto, passphrase, e->header, key); !derived)
        return fail<QByteArray>(failure, DecryptFailure::UnsupportedParameters, derived.error());
    QByteArray plain = e->ciphertext;
    if (!(*crypto)->open(plain, key.bytes(), e->header.nonce, associatedData(e->header)))
        return fail<QByteArray>(failure, DecryptFailure::WrongPassphrase,
                                Text::tr("wrong passphrase, or the file was changed or damaged (its "
                                         "authentication check failed); nothing was read"));
    return plain;
}

Result<QByteArray> encryptProject(const Project &project, const QString &passphrase, const Argon2Params &params)
{
    ScrubbedBytes plain(serializeProject(project));
    return encryptBytes(plain.bytes(), passphrase, params);
}

Result<Project> decryptProject(const QByteArray &bytes, const QString &passphrase, DecryptFailure *failure,
                               QList<LoadProblem> *problems)
{
    auto plain = decryptBytes(bytes, passphrase, failure);
    if (!plain)
        return Result<Project>::failure(plain.error());
    ScrubbedBytes json(std::move(plain.value()));
    auto project = parseProject(json.bytes(), problems);
    if (!project)
        return fail<Project>(failure, DecryptFailure::InvalidProject,
                             QStringLiteral("the decrypted project is not valid:\n") + project.error());
    return project;
}

} // namespace tw

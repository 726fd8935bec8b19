// Encrypted project files (core/secrets/ProjectCrypto, docs/encrypted-project.md): round trip,
// wrong passphrase, every kind of damage, Argon2 parameter bounds, the envelope format, file I/O.

#include "TestSupport.h"

#include "io/ProjectFile.h"
#include "secrets/ProjectCrypto.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tw;

namespace {

// The cheapest accepted parameters: tests that do not measure the cost use them (about 20 ms).
constexpr Argon2Params kFast{kMinArgon2MemoryKib, 1, 1};
const QString kPassphrase = QStringLiteral("correct horse battery staple");

QByteArray sealed(const Project &p, const QString &passphrase = kPassphrase)
{
    const auto e = encryptProject(p, passphrase, kFast);
    REQUIRE(e.ok());
    return *e;
}

QJsonObject envelopeObject(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).object(); }

QByteArray withKdf(const QByteArray &bytes, const char *key, const QJsonValue &value)
{
    QJsonObject o = envelopeObject(bytes);
    QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    kdf.insert(QLatin1String(key), value);
    o.insert(QStringLiteral("kdf"), kdf);
    return QJsonDocument(o).toJson();
}

QByteArray withTop(const QByteArray &bytes, const char *key, const QJsonValue &value)
{
    QJsonObject o = envelopeObject(bytes);
    if (value.isUndefined())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), value);
    return QJsonDocument(o).toJson();
}

} // namespace

TEST_CASE("encrypted project: round trip", "[crypto]")
{
    const Project p = twtest::loadExample(QStringLiteral("fieldnotes-l2tp-server"));
    const QByteArray bytes = sealed(p);
    CHECK(isEncryptedProject(bytes));
    CHECK_FALSE(isEncryptedProject(serializeProject(p)));
    // Nothing of the project is readable in the file.
    CHECK_FALSE(bytes.contains(p.l2tpServers[0].psk.toUtf8()));
    CHECK_FALSE(bytes.contains("office"));
    DecryptFailure why = DecryptFailure::Damaged;
    const auto back = decryptProject(bytes, kPassphrase, &why);
    REQUIRE(back.ok());
    CHECK(why == DecryptFailure::None);
    CHECK(*back == p);
    // A new salt and nonce every time.
    CHECK(sealed(p) != bytes);
}

TEST_CASE("encrypted project: the envelope is the documented one", "[crypto]")
{
    const QByteArray bytes = sealed(twtest::sampleProject());
    const QJsonObject o = envelopeObject(bytes);
    CHECK(o.keys() == QStringList{"cipher", "ciphertext", "format", "kdf", "nonce", "version"});
    CHECK(o.value(QStringLiteral("format")) == QLatin1String("tunnelwright-encrypted"));
    CHECK(o.value(QStringLiteral("version")) == 1);
    CHECK(o.value(QStringLiteral("cipher")) == QLatin1String("chacha20-poly1305"));
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    CHECK(kdf.keys() == QStringList{"iterations", "memory_kib", "name", "parallelism", "salt"});
    CHECK(kdf.value(QStringLiteral("name")) == QLatin1String("argon2id"));
    CHECK(QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1()).size() == kSaltBytes);
    CHECK(QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1()).size() == kNonceBytes);
    CHECK(bytes.startsWith("{\n  \"format\": \"tunnelwright-encrypted\",\n"));
}

TEST_CASE("encrypted project: a file written by version 1 still opens", "[crypto]")
{
    // tests/data/encrypted-v1.twproj.enc: examples/multi-subnet-mikrotik sealed with the passphrase
    // below and the documented header as associated data. A change of format or of the associated
    // data would break every file users have saved.
    const QByteArray bytes = twtest::readFile(twtest::sourceDir() + QStringLiteral("/tests/data/encrypted-v1.twproj.enc"));
    const auto p = decryptProject(bytes, QStringLiteral("correct horse battery staple"));
    REQUIRE(p.ok());
    CHECK(*p == twtest::loadExample(QStringLiteral("multi-subnet-mikrotik")));
}

TEST_CASE("encrypted project: default parameters cost about half a second", "[crypto][slow]")
{
    const Project p = twtest::sampleProject();
    QElapsedTimer t;
    t.start();
    const auto e = encryptProject(p, kPassphrase);
    const qint64 ms = t.elapsed();
    REQUIRE(e.ok());
    const QJsonObject kdf = envelopeObject(*e).value(QStringLiteral("kdf")).toObject();
    CHECK(kdf.value(QStringLiteral("memory_kib")).toInt() == int(kDefaultArgon2.memoryKib));
    CHECK(kdf.value(QStringLiteral("iterations")).toInt() == int(kDefaultArgon2.iterations));
    CHECK(kdf.value(QStringLiteral("parallelism")).toInt() == int(kDefaultArgon2.parallelism));
    WARN("Argon2id " << kDefaultArgon2.memoryKib << " KiB x " << kDefaultArgon2.iterations << ": " << ms << " ms");
    CHECK(ms >= 50); // not accidentally cheap (a shared CI machine may be much slower, never much faster)
    const auto back = decryptProject(*e, kPassphrase);
    REQUIRE(back.ok());
    CHECK(*back == p);
}

TEST_CASE("encrypted project: a wrong passphrase gives a clear error and nothing else", "[crypto]")
{
    const QByteArray bytes = sealed(twtest::sampleProject());
    for (const QString &wrong : {QStringLiteral("correct horse battery stapler"), QStringLiteral("x"),
                                 QStringLiteral("Correct horse battery staple")}) {
        DecryptFailure why = DecryptFailure::None;
        const auto p = decryptProject(bytes, wrong, &why);
        REQUIRE_FALSE(p.ok());
        CHECK(why == DecryptFailure::WrongPassphrase);
        CHECK(p.error().contains(QStringLiteral("wrong passphrase")));
        CHECK_FALSE(p.error().contains(wrong));
    }
    DecryptFailure why = DecryptFailure::None;
    CHECK_FALSE(decryptProject(bytes, QString(), &why).ok());
    CHECK(why == DecryptFailure::WrongPassphrase);
}

TEST_CASE("encrypted project: the passphrase is compared after Unicode normalisation", "[crypto]")
{
    const QString composed = QString::fromUtf8("K\xc3\xa4sekuchen-2024");   // U+00E4
    const QString decomposed = QString::fromUtf8("Ka\xcc\x88sekuchen-2024"); // a + U+0308
    REQUIRE(composed != decomposed);
    const QByteArray bytes = sealed(twtest::sampleProject(), composed);
    CHECK(decryptProject(bytes, decomposed).ok());
}

TEST_CASE("encrypted project: every changed byte is detected", "[crypto]")
{
    const QByteArray bytes = sealed(twtest::sampleProject());
    // Every byte of the header and a stride through the ciphertext; each flip must fail (never give
    // a project), whichever check catches it.
    const qsizetype ct = bytes.indexOf("\"ciphertext\"");
    REQUIRE(ct > 0);
    int tried = 0;
    for (qsizetype i = 0; i < bytes.size(); i += i < ct + 20 ? 1 : 13) {
        for (char mask : {char(0x01), char(0x20)}) {
            QByteArray changed = bytes;
            changed[i] = char(changed[i] ^ mask);
            INFO("byte " << i << " ^ " << int(mask));
            const auto p = decryptProject(changed, kPassphrase);
            CHECK_FALSE(p.ok());
            ++tried;
        }
    }
    CHECK(tried > 200);

    // A flipped bit inside the ciphertext, re-encoded as valid base64: only the tag can catch it.
    const QJsonObject o = envelopeObject(bytes);
    for (int at : {0, 5, 40}) {
        QByteArray c = QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
        REQUIRE(c.size() > at);
        c[at] = char(c[at] ^ 0x01);
        DecryptFailure why = DecryptFailure::None;
        CHECK_FALSE(decryptProject(withTop(bytes, "ciphertext", QString::fromLatin1(c.toBase64())), kPassphrase, &why).ok());
        CHECK(why == DecryptFailure::WrongPassphrase);
    }
    // The same salt written differently (non-zero padding bits of the last base64 character decode to
    // the same bytes): refused, so that no byte of a file can change without the file failing.
    {
        const QString salt = o.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("salt")).toString();
        REQUIRE(salt.endsWith(QStringLiteral("==")));
        static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
        QString other = salt;
        const qsizetype last = salt.size() - 3;
        other[last] = alphabet[alphabet.indexOf(salt[last]) | 0x01];
        REQUIRE(other != salt);
        REQUIRE(QByteArray::fromBase64(other.toLatin1()) == QByteArray::fromBase64(salt.toLatin1()));
        DecryptFailure why = DecryptFailure::None;
        CHECK_FALSE(decryptProject(withKdf(bytes, "salt", other), kPassphrase, &why).ok());
        CHECK(why == DecryptFailure::Damaged);
    }
    // Header values changed within their accepted range: the key or the associated data differ.
    DecryptFailure why = DecryptFailure::None;
    CHECK_FALSE(decryptProject(withKdf(bytes, "memory_kib", int(kFast.memoryKib) + 1024), kPassphrase, &why).ok());
    CHECK(why == DecryptFailure::WrongPassphrase);
    CHECK_FALSE(decryptProject(withKdf(bytes, "parallelism", 2), kPassphrase, &why).ok());
    CHECK(why == DecryptFailure::WrongPassphrase);
    CHECK_FALSE(decryptProject(withKdf(bytes, "iterations", 2), kPassphrase, &why).ok());
    CHECK(why == DecryptFailure::WrongPassphrase);
}

TEST_CASE("encrypted project: truncated and damaged files", "[crypto]")
{
    const QByteArray bytes = sealed(twtest::sampleProject());
    for (qsizetype n : {qsizetype(0), qsizetype(1), qsizetype(10), bytes.size() / 3, bytes.size() / 2, bytes.size() - 40,
                        bytes.size() - 5, bytes.size() - 2}) {
        INFO("first " << n << " bytes");
        DecryptFailure why = DecryptFailure::None;
        const auto p = decryptProject(bytes.left(n), kPassphrase, &why);
        CHECK_FALSE(p.ok());
        CHECK(why != DecryptFailure::None);
    }
    // The ciphertext cut short but still valid base64.
    const QJsonObject o = envelopeObject(bytes);
    const QByteArray c = QByteArray::fromBase64(o.value(QStringLiteral("ciphertext")).toString().toLatin1());
    for (qsizetype n : {qsizetype(0), qsizetype(15), qsizetype(16), c.size() - 1}) {
        DecryptFailure why = DecryptFailure::None;
        CHECK_FALSE(decryptProject(withTop(bytes, "ciphertext", QString::fromLatin1(c.left(n).toBase64())), kPassphrase, &why).ok());
        CHECK((why == DecryptFailure::Damaged || why == DecryptFailure::WrongPassphrase));
    }
    struct Case {
        const char *name;
        QByteArray bytes;
    };
    const Case cases[] = {
        {"unknown key", withTop(bytes, "comment", QStringLiteral("hi"))},
        {"missing nonce", withTop(bytes, "nonce", QJsonValue(QJsonValue::Undefined))},
        {"nonce not base64", withTop(bytes, "nonce", QStringLiteral("!!!!"))},
        {"short nonce", withTop(bytes, "nonce", QStringLiteral("AAAA"))},
        {"short salt", withKdf(bytes, "salt", QStringLiteral("AAAA"))},
        {"number as string", withKdf(bytes, "memory_kib", QStringLiteral("8192"))},
        {"not JSON", QByteArray("{\"format\": \"tunnelwright-encrypted\", ")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        DecryptFailure why = DecryptFailure::None;
        const auto p = decryptProject(c.bytes, kPassphrase, &why);
        CHECK_FALSE(p.ok());
        CHECK(why == DecryptFailure::Damaged);
        CHECK(p.error().contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("encrypted project: Argon2 parameters out of range are refused before any work", "[crypto]")
{
    const QByteArray bytes = sealed(twtest::sampleProject());
    struct Case {
        const char *key;
        QJsonValue value;
    };
    const Case cases[] = {
        {"memory_kib", 4194304},          // 4 GiB
        {"memory_kib", 262145},           // just over the limit
        {"memory_kib", 8191},             // under the minimum
        {"memory_kib", 4294967296.0 + 8192}, // wraps to 8192 in 32 bits
        {"memory_kib", 1e300},
        {"memory_kib", -8192},
        {"memory_kib", 8192.5},
        {"iterations", 0},
        {"iterations", 11},
        {"iterations", 1000000000},
        {"parallelism", 0},
        {"parallelism", 5},
        {"parallelism", 16777216},
    };
    for (const Case &c : cases) {
        INFO(c.key << " = " << c.value.toDouble());
        QElapsedTimer t;
        t.start();
        DecryptFailure why = DecryptFailure::None;
        const auto p = decryptProject(withKdf(bytes, c.key, c.value), kPassphrase, &why);
        CHECK_FALSE(p.ok());
        CHECK((why == DecryptFailure::UnsupportedParameters || why == DecryptFailure::Damaged));
        CHECK(t.elapsed() < 1000);
    }
    // Each bound on its own is fine, together they are too much work.
    DecryptFailure why = DecryptFailure::None;
    const QByteArray heavy = withKdf(withKdf(bytes, "memory_kib", int(kMaxArgon2MemoryKib)), "iterations", int(kMaxArgon2Iterations));
    CHECK_FALSE(decryptProject(heavy, kPassphrase, &why).ok());
    CHECK(why == DecryptFailure::UnsupportedParameters);

    CHECK(argon2ParamsProblem(kDefaultArgon2) == std::nullopt);
    CHECK(argon2ParamsProblem(kFast) == std::nullopt);
    CHECK(argon2ParamsProblem({kMaxArgon2MemoryKib, 4, kMaxArgon2Parallelism}) == std::nullopt);
    CHECK(argon2ParamsProblem({kMaxArgon2MemoryKib, 5, 1}).has_value());
    CHECK_FALSE(encryptProject(twtest::sampleProject(), kPassphrase, {kMaxArgon2MemoryKib * 2, 1, 1}).ok());
    // Other versions, KDFs and ciphers are not guessed at.
    for (const QByteArray &b : {withTop(bytes, "version", 2), withTop(bytes, "cipher", QStringLiteral("aes-256-gcm")),
                                withKdf(bytes, "name", QStringLiteral("scrypt"))}) {
        CHECK_FALSE(decryptProject(b, kPassphrase, &why).ok());
        CHECK(why == DecryptFailure::UnsupportedParameters);
    }
}

TEST_CASE("encrypted project: encryption refuses a short passphrase", "[crypto]")
{
    const auto e = encryptProject(twtest::sampleProject(), QStringLiteral("short"), kFast);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().contains(QStringLiteral("at least 8")));
}

TEST_CASE("encrypted project files: load with a passphrase provider, save owner-only", "[crypto][io]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.twproj"));
    const Project p = twtest::sampleProject();
    REQUIRE(saveEncryptedProjectFile(path, p, kPassphrase).ok());
    CHECK((QFileInfo(path).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                             QFileDevice::WriteUser)) == 0);
    CHECK(isEncryptedProject(twtest::readFile(path)));

    // The old API says what is needed instead of a confusing parse error.
    const auto plain = loadProjectFile(path);
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.error().contains(QStringLiteral("encrypted")));
    CHECK(plain.error().contains(QStringLiteral("passphrase")));

    int asked = 0;
    const auto opened = loadProjectFile(path, [&]() -> std::optional<QString> {
        ++asked;
        return kPassphrase;
    });
    REQUIRE(opened.ok());
    CHECK(*opened == p);
    CHECK(asked == 1);

    const auto declined = loadProjectFile(path, []() -> std::optional<QString> { return std::nullopt; });
    CHECK_FALSE(declined.ok());
    const auto wrong = loadProjectFile(path, []() -> std::optional<QString> { return QStringLiteral("not the one at all"); });
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("wrong passphrase")));

    // A plain project never asks.
    const QString plainPath = dir.filePath(QStringLiteral("plain.twproj"));
    REQUIRE(saveProjectFile(plainPath, p).ok());
    asked = 0;
    const auto plainOpened = loadProjectFile(plainPath, [&]() -> std::optional<QString> {
        ++asked;
        return kPassphrase;
    });
    CHECK(plainOpened.ok());
    CHECK(asked == 0);
}

#include "secrets/botan/BotanBackend.h"

#include <botan/aead.h>
#include <botan/argon2.h>
#include <botan/mem_ops.h>
#include <botan/system_rng.h>

#include <exception>
#include <new>

namespace tw::crypto {
namespace {

constexpr std::uint8_t kArgon2id = 2; // Botan's family number for Argon2id

const std::uint8_t *bytes(const QByteArray &b) { return reinterpret_cast<const std::uint8_t *>(b.constData()); }

bool randomBytes(std::uint8_t *out, std::size_t size)
{
    try {
        Botan::System_RNG().randomize(out, size);
        return true;
    } catch (const std::exception &) {
        return false;
    }
}

KdfStatus argon2id(QByteArray &key, const QByteArray &password, const QByteArray &salt, std::uint32_t memoryKib,
                   std::uint32_t iterations, std::uint32_t parallelism)
{
    try {
        Botan::argon2(reinterpret_cast<std::uint8_t *>(key.data()), std::size_t(key.size()), password.constData(),
                      std::size_t(password.size()), bytes(salt), std::size_t(salt.size()), nullptr, 0, nullptr, 0,
                      kArgon2id, parallelism, memoryKib, iterations);
        return KdfStatus::Ok;
    } catch (const std::bad_alloc &) {
        return KdfStatus::OutOfMemory;
    } catch (const std::exception &) {
        return KdfStatus::Failed;
    }
}

bool chacha20Poly1305(Botan::Cipher_Dir direction, QByteArray &data, const QByteArray &key, const QByteArray &nonce,
                      const QByteArray &associatedData)
{
    Botan::secure_vector<std::uint8_t> buf(data.begin(), data.end());
    try {
        auto aead = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", direction);
        aead->set_key(bytes(key), std::size_t(key.size()));
        aead->set_associated_data(bytes(associatedData), std::size_t(associatedData.size()));
        aead->start(bytes(nonce), std::size_t(nonce.size()));
        aead->finish(buf);
    } catch (const std::exception &) {
        return false;
    }
    Botan::secure_scrub_memory(data.data(), std::size_t(data.size()));
    data = QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(buf.size()));
    return true;
}

bool seal(QByteArray &data, const QByteArray &key, const QByteArray &nonce, const QByteArray &associatedData)
{
    return chacha20Poly1305(Botan::ENCRYPTION, data, key, nonce, associatedData);
}

bool open(QByteArray &data, const QByteArray &key, const QByteArray &nonce, const QByteArray &associatedData)
{
    return chacha20Poly1305(Botan::DECRYPTION, data, key, nonce, associatedData);
}

void scrub(void *data, std::size_t size) { Botan::secure_scrub_memory(data, size); }

constexpr Backend kBotan{&randomBytes, &argon2id, &seal, &open, &scrub};

} // namespace

const Backend &botanBackend() { return kBotan; }

} // namespace tw::crypto

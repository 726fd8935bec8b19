// The project loader (tw::parseProject) and the reader of encrypted envelopes.
// Properties: whatever loads has a canonical form that loads as the same project and is a fixed
// point of save; an envelope never decrypts without a passphrase (and no key is derived for it).

#include "FuzzSupport.h"

#include "secrets/ProjectCrypto.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > twfuzz::kMaxInput)
        return 0;
    const QByteArray bytes = twfuzz::bytesOf(data, size);
    const auto project = tw::parseProject(bytes);
    if (project) {
        const QByteArray canonical = tw::serializeProject(*project);
        const auto again = tw::parseProject(canonical);
        TW_FUZZ_ASSERT(again.ok(), "the canonical form of a loaded project loads");
        TW_FUZZ_ASSERT(*again == *project, "the canonical form loads as the same project");
        TW_FUZZ_ASSERT(tw::serializeProject(*again) == canonical, "the canonical form is a fixed point");
    } else {
        TW_FUZZ_ASSERT(!project.error().isEmpty(), "a load error says what is wrong");
    }
    // The empty passphrase stops after the envelope is read, before any key derivation.
    tw::DecryptFailure why = tw::DecryptFailure::None;
    const auto plain = tw::decryptBytes(bytes, QString(), &why);
    TW_FUZZ_ASSERT(!plain.ok() && why != tw::DecryptFailure::None, "nothing decrypts without a passphrase");
    TW_FUZZ_ASSERT(tw::isEncryptedProject(bytes) == (why != tw::DecryptFailure::NotEncrypted),
                   "isEncryptedProject agrees with decryption");
    return 0;
}

// Programs that link Botan (the CLI, tests, fuzzers, benchmarks) use it directly.

#include "secrets/botan/BotanBackend.h"

namespace tw::crypto {

const Backend *backend(QString *) { return &botanBackend(); }

} // namespace tw::crypto

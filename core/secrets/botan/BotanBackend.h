#pragma once

#include "secrets/CryptoBackend.h"

// The Backend table implemented with Botan 2: linked into the CLI and tests, and the body of the
// wizard's crypto plug-in.

namespace tw::crypto {

const Backend &botanBackend();

} // namespace tw::crypto

// The entry point of the wizard's crypto plug-in (ui/plugins/CryptoPlugin.cpp loads it).

#include "secrets/botan/BotanBackend.h"

extern "C" Q_DECL_EXPORT const tw::crypto::Backend *tw_crypto_backend() { return &tw::crypto::botanBackend(); }

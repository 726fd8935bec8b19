// The wizard's crypto backend: Botan, loaded from the crypto plug-in the first time a key is made or
// a project is encrypted or decrypted (secrets/CryptoBackend.h says why).

#include "PluginLibrary.h"

#include "secrets/CryptoBackend.h"

#include <QCoreApplication>

namespace tw::crypto {

const Backend *backend(QString *why)
{
    struct Loaded {
        const Backend *backend = nullptr;
        QString problem;
    };
    // Thread-safe once: the first use may be on the worker thread that decrypts a project.
    static const Loaded loaded = [] {
        Loaded l;
        const auto entry = reinterpret_cast<const Backend *(*)()>(
            ui::resolvePlugin(QStringLiteral("libtunnelwright_crypto.so"), "tw_crypto_backend", &l.problem));
        if (entry)
            l.backend = entry();
        else
            l.problem = QCoreApplication::translate("tw::crypto",
                                                    "cryptography is not available (its plug-in did not load: %1)")
                            .arg(l.problem);
        return l;
    }();
    if (!loaded.backend && why)
        *why = loaded.problem;
    return loaded.backend;
}

} // namespace tw::crypto

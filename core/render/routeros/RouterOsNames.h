#pragma once

#include <QString>

// How the scripts mark what they create, so that the rollback removes exactly that: objects with a
// `name` are called tw-<link or server>, every object with a `comment` carries tunnelwright:<...>.
// Link and server names match [A-Za-z][A-Za-z0-9_.-]{0,31} (the model checks), so both are plain.

namespace tw::routeros {

class RouterOsNames final {
public:
    RouterOsNames() = delete;
    // append(), not +: + means something else under QT_USE_QSTRINGBUILDER (core has it, tests do not),
    // and these inline functions must be one definition everywhere.
    static QString object(const QString &name) { return QStringLiteral("tw-").append(name); }
    static QString comment(const QString &name) { return QStringLiteral("tunnelwright:").append(name); }
};

} // namespace tw::routeros

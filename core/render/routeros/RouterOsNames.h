#pragma once

#include "render/TextBuilder.h"

#include <QStringView>

// How the scripts mark what they create, so that the rollback removes exactly that: objects with a
// `name` are called tw-<link or server>, every object with a `comment` carries tunnelwright:<...>.
// Link and server names match [A-Za-z][A-Za-z0-9_.-]{0,31} (the model checks), so both are plain.
// Made on every side a link renders: held in place, not in heap strings.

namespace tw::routeros {

class RouterOsNames final {
public:
    RouterOsNames() = delete;
    static JoinedText object(QStringView name) { return {u"tw-", name}; }
    static JoinedText comment(QStringView name) { return {u"tunnelwright:", name}; }
};

} // namespace tw::routeros

#pragma once

#include "render/ciscoios/CiscoIosPlan.h"

#include <QByteArray>

// <link>/<site>.troubleshooting.txt for a Cisco side: how to bring the tunnel up, what healthy
// output looks like, what to check first, debug and packet-capture recipes. Never holds the key.

namespace tw::ciscoios {

class CiscoIosTroubleshooting final {
public:
    CiscoIosTroubleshooting() = delete;

    static QByteArray render(const CiscoIosPlan &plan);
};

} // namespace tw::ciscoios

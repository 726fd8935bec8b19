#pragma once

#include "model/Project.h"

#include <QString>

#include <optional>

// A free private range for an L2TP server's tunnel addresses: a /24 that overlaps nothing the
// project already uses (protected networks, WAN addresses, other servers' pools and addresses),
// with the client pool at its start and the server's own address at .254.

namespace tw::ui {

struct L2tpAddresses {
    QString localAddress;
    QString pool;
};

class AddressSuggester final {
public:
    // poolSize addresses (clamped to 1..253). nullopt only when every candidate is taken.
    static std::optional<L2tpAddresses> suggest(const Project &project, int serverIndex, int poolSize);
    static constexpr int kDefaultPoolSize = 14;
};

} // namespace tw::ui

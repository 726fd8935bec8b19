#pragma once

#include "render/ciscoios/CiscoIosPlan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Serialises a CiscoIosPlan into the text a person pastes into `configure terminal`: the config
// (<link>/<site>.cfg) and its rollback (<link>/<site>.rollback.cfg). Pure: plan in, bytes out.

namespace tw::ciscoios {

class CiscoIosConfig final {
public:
    CiscoIosConfig() = delete;

    static QByteArray config(const CiscoIosPlan &plan);
    static QByteArray rollback(const CiscoIosPlan &plan);

    // The rollback must repeat the key only for IKEv1: IOS removes `crypto isakmp key` only when
    // given the key text again, while an IKEv2 keyring goes by its name.
    static bool rollbackHoldsKey(const CiscoIosPlan &plan) { return !plan.ikev2; }
};

} // namespace tw::ciscoios

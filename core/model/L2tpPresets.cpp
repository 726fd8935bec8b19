#include "model/L2tpPresets.h"

namespace tw {

IkeProposal l2tpDefaultIke(Platform platform)
{
    IkeProposal p;
    p.version = IkeVersion::V1;
    p.encryption = {Encryption::Aes256Cbc};
    if (platform != Platform::RouterOs6Legacy)
        p.encryption << Encryption::Aes128Cbc;
    p.integrity = {Integrity::Sha1};
    p.dhGroups = {DhGroup::G14};
    return p;
}

EspProposal l2tpDefaultEsp()
{
    EspProposal p;
    p.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
    p.integrity = {Integrity::Sha1, Integrity::Sha256};
    return p;
}

} // namespace tw

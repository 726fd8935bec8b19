#include "SecurityPresets.h"

#include "CapabilityProbe.h"

#include <QCoreApplication>

namespace tw::ui {
namespace {
// The context of this file's messages in translations/*.ts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::SecurityPresets)
};

// Proposals with the lists in one normal form, for comparison.
IkeProposal normal(IkeProposal ike)
{
    ike.mode = ike.version == IkeVersion::V1 ? std::optional(ike.effectiveMode()) : std::nullopt;
    return ike;
}

IkeProposal ike(IkeVersion v, Integrity i, DhGroup g)
{
    IkeProposal p;
    p.version = v;
    if (v == IkeVersion::V1)
        p.mode = IkeMode::Main;
    p.encryption = {Encryption::Aes256Cbc};
    p.integrity = {i};
    p.dhGroups = {g};
    return p;
}

EspProposal esp(Encryption e, std::optional<Integrity> i, std::optional<DhGroup> pfs)
{
    EspProposal p;
    p.encryption = {e};
    if (i)
        p.integrity = {*i};
    p.pfsGroup = pfs;
    return p;
}

void set(SiteToSiteLink &l, const IkeProposal &i, const EspProposal &e)
{
    l.ike = i;
    l.esp = e;
}

bool bothCanIkev2(const SiteToSiteLink &link)
{
    SiteToSiteLink v2 = link;
    v2.ike = ike(IkeVersion::V2, Integrity::Sha256, DhGroup::G14);
    v2.esp = esp(Encryption::Aes256Cbc, Integrity::Sha256, DhGroup::G14);
    return CapabilityProbe::platformReasons(v2).isEmpty();
}

} // namespace

QString SecurityPresets::title(SecurityPreset p)
{
    switch (p) {
    case SecurityPreset::Compatible:
        return Text::tr("Compatible with older equipment");
    case SecurityPreset::Recommended:
        return Text::tr("Recommended");
    case SecurityPreset::Modern:
        return Text::tr("Modern IKEv2");
    case SecurityPreset::Custom:
        return Text::tr("Custom");
    }
    return {};
}

QString SecurityPresets::description(SecurityPreset p)
{
    switch (p) {
    case SecurityPreset::Compatible:
        return Text::tr("IKEv1 main mode, AES-256-CBC, SHA-1, DH group 2; ESP AES-256-CBC with SHA-1, no PFS. "
                              "For routers that offer nothing better.");
    case SecurityPreset::Recommended:
        return Text::tr("IKEv2 where both routers can (else IKEv1), AES-256-CBC, SHA-256, DH group 14; ESP "
                              "AES-256-CBC with SHA-256, PFS group 14.");
    case SecurityPreset::Modern:
        return Text::tr("IKEv2, AES-256-CBC, SHA-256, DH group 19; ESP AES-256-GCM, PFS group 19.");
    case SecurityPreset::Custom:
        return Text::tr("Choose every algorithm and lifetime below.");
    }
    return {};
}

void SecurityPresets::apply(SecurityPreset p, SiteToSiteLink &link)
{
    switch (p) {
    case SecurityPreset::Compatible:
        set(link, ike(IkeVersion::V1, Integrity::Sha1, DhGroup::G2), esp(Encryption::Aes256Cbc, Integrity::Sha1, std::nullopt));
        return;
    case SecurityPreset::Recommended:
        set(link, ike(bothCanIkev2(link) ? IkeVersion::V2 : IkeVersion::V1, Integrity::Sha256, DhGroup::G14),
            esp(Encryption::Aes256Cbc, Integrity::Sha256, DhGroup::G14));
        return;
    case SecurityPreset::Modern:
        set(link, ike(IkeVersion::V2, Integrity::Sha256, DhGroup::G19), esp(Encryption::Aes256Gcm, std::nullopt, DhGroup::G19));
        return;
    case SecurityPreset::Custom:
        return;
    }
}

SecurityPreset SecurityPresets::detect(const SiteToSiteLink &link)
{
    for (SecurityPreset p : {SecurityPreset::Compatible, SecurityPreset::Recommended, SecurityPreset::Modern}) {
        SiteToSiteLink candidate = link;
        apply(p, candidate);
        if (normal(candidate.ike) == normal(link.ike) && candidate.esp == link.esp)
            return p;
    }
    return SecurityPreset::Custom;
}

bool SecurityPresets::followPlatforms(SecurityPreset before, SiteToSiteLink &link)
{
    if (before != SecurityPreset::Recommended)
        return false;
    const IkeProposal oldIke = link.ike;
    const EspProposal oldEsp = link.esp;
    apply(SecurityPreset::Recommended, link);
    return !(link.ike == oldIke && link.esp == oldEsp);
}

} // namespace tw::ui

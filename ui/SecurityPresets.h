#pragma once

#include "model/Project.h"

#include <QString>

// The security choices the wizard offers for a site-to-site link. A preset writes the link's IKE
// and ESP proposals; "custom" leaves them to the user. Which preset a link uses is read back from its
// proposals, never stored: the project file holds the proposals only.

namespace tw::ui {

enum class SecurityPreset { Compatible, Recommended, Modern, Custom };

class SecurityPresets final {
public:
    static QList<SecurityPreset> all() { return {SecurityPreset::Compatible, SecurityPreset::Recommended, SecurityPreset::Modern, SecurityPreset::Custom}; }
    static QString title(SecurityPreset p);
    static QString description(SecurityPreset p);

    // Writes the preset's proposals into the link. Recommended takes IKEv2 when both sides' platforms
    // can, else IKEv1 (asked of core's check, see CapabilityProbe). Custom changes nothing.
    static void apply(SecurityPreset p, SiteToSiteLink &link);
    // The preset whose proposals the link has (main mode and an absent mode count as the same), or Custom.
    static SecurityPreset detect(const SiteToSiteLink &link);
    // After the platforms changed: a link that used Recommended keeps using it (IKEv1 or IKEv2 as the new
    // platforms allow). Returns whether the proposals changed.
    static bool followPlatforms(SecurityPreset before, SiteToSiteLink &link);
};

} // namespace tw::ui

#pragma once

#include "model/Project.h"
#include "validate/Finding.h"

#include <QStringList>

// Why a security choice is not available: core's check run on a copy of the link with that choice,
// and the errors its platforms report read back. The wizard shows such choices disabled with the
// reason instead of letting the user pick them and fail later. A probe checks a one-link project
// (tens of microseconds), so a page can probe every preset and every list item as the user edits.

namespace tw::ui {

class CapabilityProbe final {
public:
    // The errors the sides' platforms report about the link's proposals (the IKE/ESP values or the
    // IKE version a platform cannot express), as messages. Generic proposal errors are left out.
    static QStringList platformReasons(const SiteToSiteLink &link);

    // The errors in the link's security (proposals, platforms) that `candidate` has and `current`
    // has not: why changing one value of `current` into `candidate` would break it.
    static QStringList newSecurityErrors(const SiteToSiteLink &current, const SiteToSiteLink &candidate);

    // The same for an L2TP server: errors under its platform or proposals that `candidate` adds.
    static QStringList newServerErrors(const L2tpServer &current, const L2tpServer &candidate, const QString &field);
};

} // namespace tw::ui

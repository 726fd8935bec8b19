#include "render/RenderedFile.h"

namespace tw {

QString kindToken(FileKind k)
{
    switch (k) {
    case FileKind::RouterOsScript:
        return QStringLiteral("routeros-script");
    case FileKind::RouterOsRollback:
        return QStringLiteral("routeros-rollback");
    case FileKind::CiscoIosConfig:
        return QStringLiteral("cisco-ios-config");
    case FileKind::CiscoIosRollback:
        return QStringLiteral("cisco-ios-rollback");
    case FileKind::SetupSheetPdf:
        return QStringLiteral("setup-sheet-pdf");
    case FileKind::AppleMobileconfig:
        return QStringLiteral("apple-mobileconfig");
    case FileKind::WindowsPowershell:
        return QStringLiteral("windows-powershell");
    case FileKind::Troubleshooting:
        return QStringLiteral("troubleshooting");
    }
    return {};
}

} // namespace tw

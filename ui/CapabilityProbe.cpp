#include "CapabilityProbe.h"

#include "validate/ProjectValidator.h"

#include <functional>

namespace tw::ui {
namespace {

const QString kLink = QStringLiteral("links[0]");

QList<Finding> checkAlone(const SiteToSiteLink &link)
{
    Project p;
    p.name = QStringLiteral("probe");
    p.links << link;
    return checkProject(p);
}

bool isSecurityPath(const QString &path)
{
    return path.startsWith(kLink + QStringLiteral(".ike")) || path.startsWith(kLink + QStringLiteral(".esp")) ||
           path == kLink + QStringLiteral(".a.platform") || path == kLink + QStringLiteral(".b.platform");
}

QStringList errorMessages(const QList<Finding> &findings, const std::function<bool(const Finding &)> &keep)
{
    QStringList out;
    for (const Finding &f : findings)
        if (f.severity == Severity::Error && keep(f) && !out.contains(f.message))
            out << f.message;
    return out;
}

} // namespace

QStringList CapabilityProbe::platformReasons(const SiteToSiteLink &link)
{
    Findings generic;
    checkIke(link.ike, kLink + QStringLiteral(".ike"), generic);
    checkEsp(link.esp, kLink + QStringLiteral(".esp"), generic);
    const QList<Finding> genericList = generic.list();
    return errorMessages(checkAlone(link), [&](const Finding &f) { return isSecurityPath(f.path) && !genericList.contains(f); });
}

QStringList CapabilityProbe::newSecurityErrors(const SiteToSiteLink &current, const SiteToSiteLink &candidate)
{
    const QList<Finding> before = checkAlone(current);
    return errorMessages(checkAlone(candidate), [&](const Finding &f) { return isSecurityPath(f.path) && !before.contains(f); });
}

QStringList CapabilityProbe::newServerErrors(const L2tpServer &current, const L2tpServer &candidate, const QString &field)
{
    auto check = [](const L2tpServer &s) {
        Project p;
        p.name = QStringLiteral("probe");
        p.l2tpServers << s;
        return checkProject(p);
    };
    const QString prefix = QStringLiteral("l2tp_servers[0].") + field;
    const QList<Finding> before = check(current);
    return errorMessages(check(candidate), [&](const Finding &f) { return f.path.startsWith(prefix) && !before.contains(f); });
}

} // namespace tw::ui

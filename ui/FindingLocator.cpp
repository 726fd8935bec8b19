#include "FindingLocator.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace tw::ui {
namespace {
// The context of this file's messages in translations/*.ts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::ui::FindingLocator)
};


struct Parsed {
    Flow flow = Flow::None;
    int index = -1;
    QString rest; // path below the object, e.g. "b.lan_subnets[1]"
};

Parsed parse(const QString &path)
{
    static const QRegularExpression object(QStringLiteral(R"(^(links|l2tp_servers)\[(\d+)\](?:\.(.*))?$)"));
    const auto m = object.match(path);
    if (!m.hasMatch())
        return {Flow::None, -1, path};
    return {m.captured(1) == QLatin1String("links") ? Flow::Link : Flow::Server, m.captured(2).toInt(), m.captured(3)};
}

// "lan_subnets[3].x" -> key "lan_subnets", index 3, tail "x".
struct Step {
    QString key;
    int index = -1;
    QString tail;
};

Step step(const QString &rest)
{
    static const QRegularExpression re(QStringLiteral(R"(^([a-z_]+)(?:\[(\d+)\])?(?:\.(.*))?$)"));
    const auto m = re.match(rest);
    if (!m.hasMatch())
        return {rest, -1, {}};
    return {m.captured(1), m.captured(2).isEmpty() ? -1 : m.captured(2).toInt(), m.captured(3)};
}

FindingLocation at(PageId page, const QString &field, int row = -1, int column = -1)
{
    FindingLocation l;
    l.page = page;
    l.blockingPage = page;
    l.field = field;
    l.row = row;
    l.column = column;
    return l;
}

FindingLocation locateSecurity(const Step &s)
{
    const Step inner = step(s.tail);
    if (s.key == QLatin1String("ike")) {
        if (inner.key == QLatin1String("version"))
            return at(PageId::Security, QStringLiteral("ikeVersion"));
        if (inner.key == QLatin1String("mode"))
            return at(PageId::Security, QStringLiteral("ikeMode"));
        if (inner.key == QLatin1String("integrity"))
            return at(PageId::Security, QStringLiteral("ikeIntegrity"));
        if (inner.key == QLatin1String("dh_groups"))
            return at(PageId::Security, QStringLiteral("ikeDhGroup"));
        if (inner.key == QLatin1String("lifetime_s"))
            return at(PageId::Security, QStringLiteral("ikeLifetime"));
        return at(PageId::Security, QStringLiteral("ikeEncryption"));
    }
    if (inner.key == QLatin1String("integrity"))
        return at(PageId::Security, QStringLiteral("espIntegrity"));
    if (inner.key == QLatin1String("pfs_group"))
        return at(PageId::Security, QStringLiteral("pfsGroup"));
    if (inner.key == QLatin1String("lifetime_s"))
        return at(PageId::Security, QStringLiteral("espLifetime"));
    return at(PageId::Security, QStringLiteral("espEncryption"));
}

FindingLocation locateSite(const QString &side, const Step &s)
{
    const Step inner = step(s.tail);
    const QString &k = inner.key;
    if (k == QLatin1String("platform")) {
        // A platform's capability finding is about the security choice as much as the platform:
        // shown on the sites page, it blocks only where the security can be changed.
        FindingLocation l = at(PageId::Sites, side + QStringLiteral("Platform"));
        l.blockingPage = PageId::Security;
        return l;
    }
    if (k == QLatin1String("wan_address"))
        return at(PageId::Sites, side + QStringLiteral("WanAddress"));
    if (k == QLatin1String("wan_interface"))
        return at(PageId::Sites, side + QStringLiteral("WanInterface"));
    if (k == QLatin1String("lan_interface")) {
        // Needed for NAT bypass on Cisco: unticking NAT bypass (options page) settles it too.
        FindingLocation l = at(PageId::Sites, side + QStringLiteral("LanInterface"));
        l.blockingPage = PageId::Options;
        return l;
    }
    if (k == QLatin1String("lan_subnets"))
        return at(PageId::Networks, side + QStringLiteral("Subnets"), inner.index);
    if (k == QLatin1String("nat_bypass"))
        return at(PageId::Options, side + QStringLiteral("NatBypass"));
    if (k == QLatin1String("firewall"))
        return at(PageId::Options, side + QStringLiteral("Firewall"));
    return at(PageId::Sites, side + QStringLiteral("Name"));
}

FindingLocation locateLink(const QString &rest)
{
    const Step s = step(rest);
    if (s.key == QLatin1String("a") || s.key == QLatin1String("b"))
        return locateSite(s.key, s);
    if (s.key == QLatin1String("ike") || s.key == QLatin1String("esp"))
        return locateSecurity(s);
    if (s.key == QLatin1String("psk"))
        return at(PageId::Security, QStringLiteral("psk"));
    if (s.key == QLatin1String("nat_traversal"))
        return at(PageId::Options, QStringLiteral("natTraversal"));
    return at(PageId::Sites, QStringLiteral("linkName"));
}

FindingLocation locateServer(const QString &rest)
{
    const Step s = step(rest);
    const QString &k = s.key;
    if (k == QLatin1String("platform"))
        return at(PageId::Server, QStringLiteral("serverPlatform"));
    if (k == QLatin1String("public_address"))
        return at(PageId::Server, QStringLiteral("publicAddress"));
    if (k == QLatin1String("wan_interface"))
        return at(PageId::Server, QStringLiteral("serverWanInterface"));
    if (k == QLatin1String("local_address"))
        return at(PageId::Server, QStringLiteral("localAddress"));
    if (k == QLatin1String("pool"))
        return at(PageId::Server, QStringLiteral("pool"));
    if (k == QLatin1String("dns_servers"))
        return at(PageId::Server, QStringLiteral("dnsServers"), s.index);
    if (k == QLatin1String("psk"))
        return at(PageId::Server, QStringLiteral("serverPsk"));
    if (k == QLatin1String("mtu"))
        return at(PageId::Server, QStringLiteral("mtu"));
    if (k == QLatin1String("ike") || k == QLatin1String("esp"))
        return at(PageId::Server, QStringLiteral("serverProposals"));
    if (k == QLatin1String("authentication")) {
        // "the iPhone needs mschap2": unticking the iPhone (users page) settles it too.
        FindingLocation l = at(PageId::Server, QStringLiteral("authentication"));
        l.blockingPage = PageId::Users;
        return l;
    }
    if (k == QLatin1String("users")) {
        if (s.index < 0)
            return at(PageId::Users, QStringLiteral("usersTable"));
        return at(PageId::Users, QStringLiteral("usersTable"), s.index, s.tail == QLatin1String("password") ? 1 : 0);
    }
    if (k == QLatin1String("clients"))
        return at(PageId::Users, QStringLiteral("clients"));
    return at(PageId::Server, QStringLiteral("serverName"));
}

QString siteCaption(const Project &p, int link, const QString &side)
{
    QString name;
    if (link >= 0 && link < p.links.size())
        name = (side == QLatin1String("a") ? p.links[link].a : p.links[link].b).name;
    return name.isEmpty() ? Text::tr("Site %1").arg(side.toUpper()) : Text::tr("Site %1 (%2)").arg(name, side);
}

QString fieldCaption(const QString &field)
{
    const QHash<QString, QString> captions{ // not static: looked up in the language in effect
        {QStringLiteral("projectName"), Text::tr("project name")},
        {QStringLiteral("serverProjectName"), Text::tr("project name")},
        {QStringLiteral("linkName"), Text::tr("link name")},
        {QStringLiteral("Name"), QStringLiteral("name")},
        {QStringLiteral("Platform"), QStringLiteral("platform")},
        {QStringLiteral("WanAddress"), Text::tr("WAN address")},
        {QStringLiteral("WanInterface"), Text::tr("WAN interface")},
        {QStringLiteral("LanInterface"), Text::tr("LAN interface")},
        {QStringLiteral("Subnets"), Text::tr("protected networks")},
        {QStringLiteral("NatBypass"), Text::tr("NAT bypass")},
        {QStringLiteral("Firewall"), Text::tr("firewall rules")},
        {QStringLiteral("ikeVersion"), Text::tr("IKE version")},
        {QStringLiteral("ikeMode"), Text::tr("IKEv1 mode")},
        {QStringLiteral("ikeEncryption"), Text::tr("IKE encryption")},
        {QStringLiteral("ikeIntegrity"), Text::tr("IKE integrity")},
        {QStringLiteral("ikeDhGroup"), Text::tr("IKE DH group")},
        {QStringLiteral("ikeLifetime"), Text::tr("IKE lifetime")},
        {QStringLiteral("espEncryption"), Text::tr("ESP encryption")},
        {QStringLiteral("espIntegrity"), Text::tr("ESP integrity")},
        {QStringLiteral("pfsGroup"), Text::tr("PFS group")},
        {QStringLiteral("espLifetime"), Text::tr("ESP lifetime")},
        {QStringLiteral("psk"), Text::tr("pre-shared key")},
        {QStringLiteral("natTraversal"), Text::tr("NAT traversal")},
        {QStringLiteral("serverName"), QStringLiteral("name")},
        {QStringLiteral("serverPlatform"), QStringLiteral("platform")},
        {QStringLiteral("publicAddress"), Text::tr("public address")},
        {QStringLiteral("serverWanInterface"), Text::tr("WAN interface")},
        {QStringLiteral("localAddress"), Text::tr("server tunnel address")},
        {QStringLiteral("pool"), Text::tr("client pool")},
        {QStringLiteral("dnsServers"), Text::tr("DNS servers")},
        {QStringLiteral("serverPsk"), Text::tr("pre-shared key")},
        {QStringLiteral("mtu"), QStringLiteral("MTU")},
        {QStringLiteral("serverProposals"), Text::tr("IPsec proposals")},
        {QStringLiteral("authentication"), QStringLiteral("authentication")},
        {QStringLiteral("usersTable"), QStringLiteral("users")},
        {QStringLiteral("clients"), Text::tr("client material")},
    };
    return captions.value(field, field);
}

} // namespace

FindingLocation FindingLocator::locate(const QString &path, Flow currentFlow)
{
    const Parsed p = parse(path);
    FindingLocation l;
    if (p.flow == Flow::None) {
        if (step(p.rest).key == QLatin1String("name")) {
            l = currentFlow == Flow::Server ? at(PageId::Server, QStringLiteral("serverProjectName"))
                                            : at(PageId::Sites, QStringLiteral("projectName"));
        } // else: "links" (nothing to render) and the like: the review page only
    } else {
        l = p.flow == Flow::Link ? locateLink(p.rest) : locateServer(p.rest);
    }
    l.flow = p.flow;
    l.index = p.index;
    return l;
}

QString FindingLocator::caption(const QString &path, const Project &project)
{
    const Parsed p = parse(path);
    const FindingLocation l = locate(path, p.flow == Flow::None ? Flow::Link : p.flow);
    if (p.flow == Flow::None)
        return l.field.isEmpty() ? Text::tr("Project") : Text::tr("Project name");
    if (p.flow == Flow::Link) {
        const QString link = p.index < project.links.size() && !project.links[p.index].name.isEmpty()
                                 ? Text::tr("Link %1").arg(project.links[p.index].name)
                                 : Text::tr("Link %1").arg(p.index + 1);
        const Step s = step(p.rest);
        const QString side = s.key == QLatin1String("a") || s.key == QLatin1String("b") ? s.key : QString();
        QString what = fieldCaption(side.isEmpty() ? l.field : l.field.mid(1));
        if (l.row >= 0)
            what += Text::tr(", row %1").arg(l.row + 1);
        if (!side.isEmpty())
            return QStringLiteral("%1, %2: %3").arg(link, siteCaption(project, p.index, side), what);
        return QStringLiteral("%1: %2").arg(link, what);
    }
    const QString server = p.index < project.l2tpServers.size() && !project.l2tpServers[p.index].name.isEmpty()
                               ? Text::tr("Server %1").arg(project.l2tpServers[p.index].name)
                               : Text::tr("Server %1").arg(p.index + 1);
    QString what = fieldCaption(l.field);
    if (l.field == QLatin1String("usersTable") && l.row >= 0) {
        const auto &users = project.l2tpServers.value(p.index).users;
        const QString who = l.row < users.size() && !users[l.row].name.isEmpty() ? QStringLiteral(" (%1)").arg(users[l.row].name)
                                                                                  : QString();
        what = Text::tr("user %1%2 %3").arg(l.row + 1).arg(who, l.column == 1 ? Text::tr("password") : Text::tr("name"));
    } else if (l.row >= 0) {
        what += Text::tr(", entry %1").arg(l.row + 1);
    }
    return QStringLiteral("%1: %2").arg(server, what);
}

} // namespace tw::ui

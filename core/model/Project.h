#pragma once

#include "model/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The intent, exactly as the user gave it. Addresses stay text so that the wizard can hold what is
// being typed and `check` can say what is wrong with it; validate/ parses them, renderers read only
// projects that passed `check`.

namespace tw {

struct IkeProposal {
    static constexpr int kDefaultLifetimeS = 86400;
    IkeVersion version = IkeVersion::V1;
    std::optional<IkeMode> mode; // IKEv1 only; absent means main
    QList<Encryption> encryption;
    QList<Integrity> integrity;
    QList<DhGroup> dhGroups;
    int lifetimeS = kDefaultLifetimeS;

    IkeMode effectiveMode() const { return mode.value_or(IkeMode::Main); }
    bool operator==(const IkeProposal &) const = default;
};

struct EspProposal {
    static constexpr int kDefaultLifetimeS = 3600;
    QList<Encryption> encryption;
    QList<Integrity> integrity;
    std::optional<DhGroup> pfsGroup;
    int lifetimeS = kDefaultLifetimeS;

    bool operator==(const EspProposal &) const = default;
};

struct Site {
    QString name;
    Platform platform = Platform::RouterOs7;
    QString wanAddress;
    QString wanInterface;
    QStringList lanSubnets;
    bool natBypass = true;
    bool firewall = true;
    std::optional<QString> lanInterface;

    bool operator==(const Site &) const = default;
};

struct SiteToSiteLink {
    QString name;
    IkeProposal ike;
    EspProposal esp;
    QString psk;
    bool natTraversal = true;
    Site a;
    Site b;

    const Site &site(Side s) const { return s == Side::A ? a : b; }
    const Site &peer(Side s) const { return s == Side::A ? b : a; }
    // Whether IKE may move to UDP 4500: IKEv1 only with NAT traversal on, IKEv2 always (it detects
    // NAT by itself; neither vendor lets a setting turn that off per peer).
    bool mayUseUdp4500() const { return natTraversal || ike.version == IkeVersion::V2; }
    bool operator==(const SiteToSiteLink &) const = default;
};

struct User {
    QString name;
    QString password;
    bool operator==(const User &) const = default;
};

struct L2tpServer {
    static constexpr int kDefaultMtu = 1460;
    QString name;
    Platform platform = Platform::RouterOs7;
    QString publicAddress;
    QString wanInterface;
    QString localAddress;
    QString pool;
    QStringList dnsServers;
    QString psk;
    QList<PppAuth> authentication{PppAuth::Mschap2};
    int mtu = kDefaultMtu;
    std::optional<IkeProposal> ike; // absent: the client-compatible preset (see L2tpPresets.h)
    std::optional<EspProposal> esp;
    QList<User> users;
    QList<ClientPlatform> clients{ClientPlatform::IPhone, ClientPlatform::Windows};

    bool operator==(const L2tpServer &) const = default;
};

struct Project {
    QString name;
    QList<SiteToSiteLink> links;
    QList<L2tpServer> l2tpServers;

    bool operator==(const Project &) const = default;
};

} // namespace tw

// RouterOsDialect: every neutral value on every RouterOS generation, and the capability findings
// that `check` reports for what a generation cannot express.

#include "TestSupport.h"

#include "model/Vocabulary.h"
#include "render/routeros/RouterOsDialect.h"
#include "validate/ProjectValidator.h"

#include "render/ProjectRenderer.h"

#include <catch2/catch.hpp>

#include <functional>
#include <map>

using namespace tw;
using tw::routeros::RouterOsDialect;

namespace {

const Platform kRouterOs[] = {Platform::RouterOs6Legacy, Platform::RouterOs6, Platform::RouterOs7};

RouterOsDialect dialect(Platform p) { return *RouterOsDialect::of(p); }

QString opt(const std::optional<QString> &v) { return v.value_or(QStringLiteral("<none>")); }

Project rosProject(Platform a, Platform b)
{
    Project p;
    p.name = QStringLiteral("acme");
    SiteToSiteLink l;
    l.name = QStringLiteral("hq-branch");
    l.ike.encryption = {Encryption::Aes256Cbc};
    l.ike.integrity = {Integrity::Sha256};
    l.ike.dhGroups = {DhGroup::G14};
    l.esp.encryption = {Encryption::Aes256Cbc};
    l.esp.integrity = {Integrity::Sha256};
    l.esp.pfsGroup = DhGroup::G14;
    l.psk = QStringLiteral("Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu");
    l.a = Site{QStringLiteral("hq"), a, QStringLiteral("198.51.100.2"), QStringLiteral("ether1"),
               {QStringLiteral("192.168.88.0/24")}, true, true, std::nullopt};
    l.b = Site{QStringLiteral("branch"), b, QStringLiteral("203.0.113.3"), QStringLiteral("ether1"),
               {QStringLiteral("192.168.0.0/24")}, true, true, std::nullopt};
    p.links << l;
    L2tpServer s;
    s.name = QStringLiteral("office");
    s.platform = a;
    s.publicAddress = QStringLiteral("vpn.example.com");
    s.wanInterface = QStringLiteral("ether1");
    s.localAddress = QStringLiteral("172.31.86.254");
    s.pool = QStringLiteral("172.31.86.1-172.31.86.14");
    s.dnsServers = {QStringLiteral("8.8.8.8")};
    s.psk = QStringLiteral("Hv3kQ9zLw2RnT7bYc5XpJ8mFs4Dg6Ae1");
    s.users = {User{QStringLiteral("alice"), QStringLiteral("Zr8Kp2LmQ7vX4nBc9TyW")}};
    IkeProposal ike; // one value each: what every generation (and the peer before 6.43) takes
    ike.encryption = {Encryption::Aes256Cbc};
    ike.integrity = {Integrity::Sha1};
    ike.dhGroups = {DhGroup::G14};
    s.ike = ike;
    p.l2tpServers << s;
    return p;
}

QString dump(const QList<Finding> &fs)
{
    QString s;
    for (const Finding &f : fs)
        s += severityToken(f.severity) + QLatin1Char(' ') + f.path + QStringLiteral(": ") + f.message + QLatin1Char('\n');
    return s;
}

int count(const QList<Finding> &fs, const QString &path, Severity sev)
{
    return int(std::count_if(fs.begin(), fs.end(), [&](const Finding &f) { return f.path == path && f.severity == sev; }));
}

const Finding *findAt(const QList<Finding> &fs, const QString &path, Severity sev)
{
    for (const Finding &f : fs)
        if (f.path == path && f.severity == sev)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("RouterOS dialect exists for the RouterOS platforms only", "[routeros]")
{
    for (Platform p : allPlatforms())
        CHECK(RouterOsDialect::of(p).has_value() == isRouterOs(p));
    CHECK(dialect(Platform::RouterOs6Legacy).isLegacy());
    CHECK_FALSE(dialect(Platform::RouterOs6Legacy).hasProfiles());
    CHECK(dialect(Platform::RouterOs6).hasProfiles());
    CHECK(dialect(Platform::RouterOs7).hasProfiles());
}

TEST_CASE("RouterOS dialect: every encryption on every generation", "[routeros]")
{
    // value -> {IKE token, ESP token}, the same in every generation.
    const std::map<Encryption, std::pair<const char *, const char *>> expected{
        {Encryption::Aes128Cbc, {"aes-128", "aes-128-cbc"}}, {Encryption::Aes192Cbc, {"aes-192", "aes-192-cbc"}},
        {Encryption::Aes256Cbc, {"aes-256", "aes-256-cbc"}}, {Encryption::Aes128Gcm, {"<none>", "aes-128-gcm"}},
        {Encryption::Aes256Gcm, {"<none>", "aes-256-gcm"}},  {Encryption::TripleDes, {"3des", "3des"}},
    };
    REQUIRE(expected.size() == size_t(allEncryptions().size()));
    for (Platform p : kRouterOs)
        for (Encryption e : allEncryptions()) {
            INFO(token(p).toStdString() << " " << token(e).toStdString());
            CHECK(opt(dialect(p).ikeEncryption(e)) == QLatin1String(expected.at(e).first));
            CHECK(opt(dialect(p).espEncryption(e)) == QLatin1String(expected.at(e).second));
        }
}

TEST_CASE("RouterOS dialect: every integrity on every generation", "[routeros]")
{
    for (Platform p : kRouterOs)
        for (Integrity i : allIntegrities()) {
            INFO(token(p).toStdString() << " " << token(i).toStdString());
            const QString name = token(i); // md5, sha1, ... are also the RouterOS spellings
            const bool ikeHas = i != Integrity::Sha384 || p == Platform::RouterOs7;
            CHECK(opt(dialect(p).ikeHash(i)) == (ikeHas ? name : QStringLiteral("<none>")));
            // Proposals have no sha384 in any generation (7.24 schema: sha512|sha256|sha1|md5|null).
            CHECK(opt(dialect(p).espAuth(i)) == (i == Integrity::Sha384 ? QStringLiteral("<none>") : name));
        }
}

TEST_CASE("RouterOS dialect: every DH group on every generation", "[routeros]")
{
    const std::map<DhGroup, const char *> expected{
        {DhGroup::G1, "modp768"},   {DhGroup::G2, "modp1024"},  {DhGroup::G5, "modp1536"},
        {DhGroup::G14, "modp2048"}, {DhGroup::G15, "modp3072"}, {DhGroup::G16, "modp4096"},
        {DhGroup::G19, "ecp256"},   {DhGroup::G20, "ecp384"},   {DhGroup::G21, "ecp521"},
    };
    REQUIRE(expected.size() == size_t(allDhGroups().size()));
    for (Platform p : kRouterOs)
        for (DhGroup g : allDhGroups()) {
            INFO(token(p).toStdString() << " group " << ianaNumber(g));
            CHECK(opt(dialect(p).dhGroup(g)) == QLatin1String(expected.at(g)));
        }
}

TEST_CASE("RouterOS dialect: exchange modes, PPP authentication, menus", "[routeros]")
{
    for (Platform p : kRouterOs) {
        INFO(token(p).toStdString());
        const RouterOsDialect d = dialect(p);
        CHECK(opt(d.exchangeMode(IkeVersion::V1, IkeMode::Main)) == QStringLiteral("main"));
        CHECK(opt(d.exchangeMode(IkeVersion::V1, IkeMode::Aggressive)) == QStringLiteral("aggressive"));
        CHECK(opt(d.exchangeMode(IkeVersion::V2, IkeMode::Main)) ==
              (d.isLegacy() ? QStringLiteral("<none>") : QStringLiteral("ike2")));
        CHECK(d.pppAuth(PppAuth::Mschap2) == QStringLiteral("mschap2"));
        CHECK(d.pppAuth(PppAuth::Chap) == QStringLiteral("chap"));
        CHECK(d.pppAuth(PppAuth::Pap) == QStringLiteral("pap"));
        CHECK(d.pppAuthList({PppAuth::Mschap2, PppAuth::Chap}) == QStringLiteral("mschap2,chap"));
        CHECK(d.pppAuthList({}).isEmpty());
        CHECK(d.activePeersMenu() ==
              (d.isLegacy() ? QStringLiteral("/ip ipsec remote-peers") : QStringLiteral("/ip ipsec active-peers")));
    }
}

TEST_CASE("RouterOS durations: shortest exact form", "[routeros]")
{
    const std::pair<int, const char *> rows[] = {{86400, "1d"}, {28800, "8h"}, {3600, "1h"},   {1800, "30m"},
                                                 {45, "45s"},   {120, "2m"},   {5400, "90m"},  {3700, "3700s"},
                                                 {90000, "25h"}, {86399, "86399s"}, {7260, "121m"},
                                                 {864001, "10d1s"}, {172801, "2d1s"}, {90060, "1501m"},
                                                 {0, "0s"},      {-5, "0s"},    {2147483647, "2147483647s"}};
    for (const auto &[s, text] : rows) {
        INFO(s);
        CHECK(QStringView(RouterOsDialect::duration(s)) == QLatin1String(text));
    }
}

TEST_CASE("RouterOS capability findings", "[routeros]")
{
    struct Rule {
        const char *name;
        Platform a;
        Platform b;
        std::function<void(Project &)> change;
        Severity severity;
        const char *path;
        const char *fragment; // part of the message (the platform token is checked separately)
    };
    const Platform L = Platform::RouterOs6Legacy, V6 = Platform::RouterOs6, V7 = Platform::RouterOs7;
    const Rule rules[] = {
        {"two phase-1 hashes", V7, V7, [](Project &p) { p.links[0].ike.integrity = {Integrity::Sha256, Integrity::Sha1}; },
         Severity::Error, "links[0].ike.integrity", "exactly one"},
        {"two phase-1 hashes, legacy peer", L, L,
         [](Project &p) { p.links[0].ike.integrity = {Integrity::Sha256, Integrity::Sha1}; }, Severity::Error,
         "links[0].ike.integrity", "/ip ipsec peer"},
        {"GCM for IKEv2", V7, V7,
         [](Project &p) {
             p.links[0].ike.version = IkeVersion::V2;
             p.links[0].ike.encryption = {Encryption::Aes256Gcm};
         },
         Severity::Error, "links[0].ike.encryption[0]", "AES-256-GCM for IKE"},
        {"sha384 phase 1 on v6", V6, V6, [](Project &p) { p.links[0].ike.integrity = {Integrity::Sha384}; },
         Severity::Error, "links[0].ike.integrity[0]", "SHA-384"},
        {"sha384 phase 1 on legacy", L, L, [](Project &p) { p.links[0].ike.integrity = {Integrity::Sha384}; },
         Severity::Error, "links[0].ike.integrity[0]", "sha256 or sha512"},
        {"sha384 in a proposal", V7, V7, [](Project &p) { p.links[0].esp.integrity = {Integrity::Sha384}; },
         Severity::Error, "links[0].esp.integrity[0]", "SHA-384"},
        {"GCM proposal on legacy", L, L,
         [](Project &p) {
             p.links[0].esp.encryption = {Encryption::Aes128Gcm};
             p.links[0].esp.integrity = {};
         },
         Severity::Warning, "links[0].esp.encryption[0]", "aes-128-gcm"},
        {"IKEv2 on legacy", L, V7, [](Project &p) { p.links[0].ike.version = IkeVersion::V2; }, Severity::Error,
         "links[0].a.platform", "routeros-6"},
        {"0x key", V7, V6, [](Project &p) { p.links[0].psk = QStringLiteral("0xA1b2C3d4E5f6G7h8J9k0"); }, Severity::Error,
         "links[0].psk", "hexadecimal"},
        {"0X key", V6, V7, [](Project &p) { p.links[0].psk = QStringLiteral("0XA1b2C3d4E5f6G7h8J9k0"); }, Severity::Error,
         "links[0].psk", "hexadecimal"},
        {"lan_interface on RouterOS", V7, V7, [](Project &p) { p.links[0].b.lanInterface = QStringLiteral("bridge"); },
         Severity::Info, "links[0].b.lan_interface", "Cisco"},
        {"L2TP IPv6 local address", V7, V7,
         [](Project &p) {
             p.l2tpServers[0].localAddress = QStringLiteral("2001:db8:86::fe");
             p.l2tpServers[0].pool = QStringLiteral("2001:db8:86::1-2001:db8:86::e");
         },
         Severity::Error, "l2tp_servers[0].local_address", "IPv4"},
        {"L2TP IPv6 pool", V6, V6,
         [](Project &p) {
             p.l2tpServers[0].localAddress = QStringLiteral("2001:db8:86::fe");
             p.l2tpServers[0].pool = QStringLiteral("2001:db8:86::1-2001:db8:86::e");
         },
         Severity::Error, "l2tp_servers[0].pool", "/ip pool"},
        {"L2TP IPv6 public address", L, L, [](Project &p) { p.l2tpServers[0].publicAddress = QStringLiteral("2001:db8::1"); },
         Severity::Error, "l2tp_servers[0].public_address", "over IPv4 only"},
        {"L2TP IPv6 DNS", V7, V7, [](Project &p) { p.l2tpServers[0].dnsServers = {QStringLiteral("2001:4860:4860::8888")}; },
         Severity::Error, "l2tp_servers[0].dns_servers[0]", "dns-server"},
        {"L2TP IPv6 DNS after an IPv4 one", V6, V6,
         [](Project &p) { p.l2tpServers[0].dnsServers = {QStringLiteral("9.9.9.9"), QStringLiteral("2001:4860:4860::8888")}; },
         Severity::Error, "l2tp_servers[0].dns_servers[1]", "dns-server"},
        {"L2TP two hashes", V7, V7,
         [](Project &p) {
             IkeProposal ike;
             ike.encryption = {Encryption::Aes256Cbc};
             ike.integrity = {Integrity::Sha1, Integrity::Sha256};
             ike.dhGroups = {DhGroup::G14};
             p.l2tpServers[0].ike = ike;
         },
         Severity::Error, "l2tp_servers[0].ike.integrity", "exactly one"},
        {"L2TP sha384 proposal", L, L,
         [](Project &p) {
             EspProposal esp;
             esp.encryption = {Encryption::Aes256Cbc};
             esp.integrity = {Integrity::Sha384};
             p.l2tpServers[0].esp = esp;
         },
         Severity::Error, "l2tp_servers[0].esp.integrity[0]", "auth-algorithms"},
        {"legacy peer: one enc-algorithm", L, L,
         [](Project &p) { p.links[0].ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc}; }, Severity::Error,
         "links[0].ike.encryption", "one phase-1 enc-algorithm"},
        {"legacy peer: one dh-group", V7, L, [](Project &p) { p.links[0].ike.dhGroups = {DhGroup::G14, DhGroup::G2}; },
         Severity::Error, "links[0].ike.dh_groups", "one phase-1 dh-group"},
        {"L2TP 0x key", L, L, [](Project &p) { p.l2tpServers[0].psk = QStringLiteral("0x4142434445464748494a"); },
         Severity::Error, "l2tp_servers[0].psk", "hexadecimal"},
    };
    for (const Rule &r : rules) {
        DYNAMIC_SECTION(r.name)
        {
            Project p = rosProject(r.a, r.b);
            r.change(p);
            const auto fs = checkProject(p);
            INFO(dump(fs).toStdString());
            const Finding *f = findAt(fs, QString::fromLatin1(r.path), r.severity);
            REQUIRE(f != nullptr);
            CHECK(f->message.contains(QString::fromUtf8(r.fragment)));
            // Every capability finding names a RouterOS platform token.
            CHECK((f->message.contains(QStringLiteral("routeros-7")) || f->message.contains(QStringLiteral("routeros-6"))));
            CHECK_FALSE(f->message.contains(p.links[0].psk));
            CHECK_FALSE(f->message.contains(p.l2tpServers[0].psk));
        }
    }
}

TEST_CASE("RouterOS capabilities: what is fine raises nothing", "[routeros]")
{
    const Platform L = Platform::RouterOs6Legacy, V6 = Platform::RouterOs6, V7 = Platform::RouterOs7;
    SECTION("the plain project, every pairing of generations")
    {
        for (Platform a : {L, V6, V7})
            for (Platform b : {L, V6, V7}) {
                const auto fs = checkProject(rosProject(a, b));
                INFO(dump(fs).toStdString());
                CHECK_FALSE(std::any_of(fs.begin(), fs.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
            }
    }
    SECTION("sha384 phase 1 and GCM proposals on v7")
    {
        Project p = rosProject(V7, V7);
        p.links[0].ike.integrity = {Integrity::Sha384};
        p.links[0].esp.encryption = {Encryption::Aes256Gcm};
        p.links[0].esp.integrity = {};
        const auto fs = checkProject(p);
        INFO(dump(fs).toStdString());
        CHECK_FALSE(std::any_of(fs.begin(), fs.end(), [](const Finding &f) {
            return f.path.startsWith(QLatin1String("links[")) && f.severity != Severity::Info;
        }));
    }
    SECTION("GCM proposals on 6.43+ raise no warning")
    {
        Project p = rosProject(V6, V6);
        p.links[0].esp.encryption = {Encryption::Aes256Gcm};
        p.links[0].esp.integrity = {};
        const auto fs = checkProject(p);
        CHECK(findAt(fs, QStringLiteral("links[0].esp.encryption[0]"), Severity::Warning) == nullptr);
    }
    SECTION("IPv6 site-to-site is allowed")
    {
        Project p = rosProject(V7, V6);
        p.links[0].a.wanAddress = QStringLiteral("2001:db8:ffff::2");
        p.links[0].b.wanAddress = QStringLiteral("2001:db8:eeee::3");
        p.links[0].a.lanSubnets = {QStringLiteral("2001:db8:1::/64")};
        p.links[0].b.lanSubnets = {QStringLiteral("2001:db8:2::/64")};
        const auto fs = checkProject(p);
        INFO(dump(fs).toStdString());
        CHECK_FALSE(std::any_of(fs.begin(), fs.end(), [](const Finding &f) { return f.severity == Severity::Error; }));
    }
}

TEST_CASE("RouterOS capabilities: one finding per link value when both ends speak one dialect", "[routeros]")
{
    Project p = rosProject(Platform::RouterOs6, Platform::RouterOs6);
    p.links[0].psk = QStringLiteral("0xA1b2C3d4E5f6G7h8J9k0");
    p.links[0].ike.integrity = {Integrity::Sha384};
    auto fs = checkProject(p);
    CHECK(count(fs, QStringLiteral("links[0].psk"), Severity::Error) == 1);
    CHECK(count(fs, QStringLiteral("links[0].ike.integrity[0]"), Severity::Error) == 1);
    // Two dialects: each names its own platform.
    p.links[0].b.platform = Platform::RouterOs6Legacy;
    fs = checkProject(p);
    CHECK(count(fs, QStringLiteral("links[0].ike.integrity[0]"), Severity::Error) == 2);
}

TEST_CASE("a legacy L2TP server without ike gets the one-cipher preset", "[routeros]")
{
    Project p = rosProject(Platform::RouterOs6Legacy, Platform::RouterOs6Legacy);
    p.l2tpServers[0].ike.reset();
    const RenderResult r = renderProject(p);
    INFO(dump(r.findings).toStdString());
    REQUIRE(r.output.has_value());
    bool found = false;
    for (const RenderedFile &f : r.output->files)
        if (f.kind == FileKind::RouterOsScript && f.object == QLatin1String("l2tp_servers[0]"))
            found = QString::fromUtf8(f.bytes).contains(QStringLiteral(" enc-algorithm=aes-256 "));
    CHECK(found);
}

TEST_CASE("proposal values: the lists scripts and sheets both write", "[routeros]")
{
    using namespace tw;
    const routeros::RouterOsDialect v7 = *routeros::RouterOsDialect::of(Platform::RouterOs7);
    const routeros::RouterOsDialect v6 = *routeros::RouterOsDialect::of(Platform::RouterOs6);
    IkeProposal ike;
    ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
    ike.integrity = {Integrity::Sha384, Integrity::Sha256};
    ike.dhGroups = {DhGroup::G19, DhGroup::G14};
    CHECK(QStringView(v7.ikeEncryptionList(ike)) == QStringLiteral("aes-256,aes-128"));
    CHECK(v7.ikeHashOf(ike) == QStringLiteral("sha384")); // the first one only
    CHECK(v6.ikeHashOf(ike).isEmpty()); // no sha384 on v6: checkSite reports it
    CHECK(QStringView(v7.ikeDhGroupList(ike)) == QStringLiteral("ecp256,modp2048"));
    ike.integrity.clear();
    CHECK(v7.ikeHashOf(ike).isEmpty());

    EspProposal esp;
    esp.encryption = {Encryption::Aes256Gcm, Encryption::Aes128Gcm};
    esp.integrity = {Integrity::Sha256};
    CHECK(QStringView(v7.espEncryptionList(esp)) == QStringLiteral("aes-256-gcm,aes-128-gcm"));
    CHECK(QStringView(v7.espAuthList(esp)) == QStringLiteral("null")); // every cipher authenticates itself
    esp.encryption = {Encryption::Aes256Gcm, Encryption::Aes256Cbc};
    CHECK(QStringView(v7.espAuthList(esp)) == QStringLiteral("sha256")); // CBC needs its integrity
    esp.integrity = {Integrity::Sha256, Integrity::Sha1};
    CHECK(QStringView(v7.espAuthList(esp)) == QStringLiteral("sha256,sha1"));
    CHECK(v7.pfsGroupOf(esp) == QStringLiteral("none"));
    esp.pfsGroup = DhGroup::G14;
    CHECK(v7.pfsGroupOf(esp) == QStringLiteral("modp2048"));

    // All at once, in the order and spelling the parts give.
    ike.integrity = {Integrity::Sha1};
    ike.lifetimeS = 28800;
    esp.lifetimeS = 5400;
    const routeros::RouterOsProposalValues v = v7.proposalValues(ike, esp);
    CHECK(QStringView(v.ikeEncryption) == QStringLiteral("aes-256,aes-128"));
    CHECK(v.ikeHash == QStringLiteral("sha1"));
    CHECK(QStringView(v.ikeDhGroups) == QStringLiteral("ecp256,modp2048"));
    CHECK(QStringView(v.ikeLifetime) == QStringLiteral("8h"));
    CHECK(QStringView(v.espEncryption) == QStringLiteral("aes-256-gcm,aes-256-cbc"));
    CHECK(QStringView(v.espAuth) == QStringLiteral("sha256,sha1"));
    CHECK(v.pfsGroup == QStringLiteral("modp2048"));
    CHECK(QStringView(v.espLifetime) == QStringLiteral("90m"));
}

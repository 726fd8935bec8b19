// The two sides agree: read back what each rendered config tells its router (peer, key, IKE and ESP
// algorithms, PFS, lifetimes, traffic selectors) with readers written here, independent of the
// renderers' dialect tables, and compare the two ends. This is the product's promise: the tunnel
// comes up the first time.

#include "TestSupport.h"

#include "model/Vocabulary.h"
#include "render/ProjectRenderer.h"

#include <catch2/catch.hpp>

#include <QHostAddress>
#include <QMap>
#include <QRegularExpression>

using namespace tw;

namespace {

// What one router was told, in neutral words.
struct Terms {
    QString ownAddress, peerAddress, psk;
    int ikeVersion = 0;
    QStringList ikeEnc, ikeInteg, ikeGroups; // in preference order
    int ikeLifetime = 0;
    QStringList espEnc, espInteg;
    QString pfs = QStringLiteral("none");
    int espLifetime = 0;
    QList<QPair<QString, QString>> selectors; // (local, remote) in order
};

void addUnique(QStringList &list, const QString &v)
{
    if (!v.isEmpty() && !list.contains(v))
        list << v;
}

int routerOsSeconds(const QString &t)
{
    static const QRegularExpression part(QStringLiteral("(\\d+)(w|d|h|ms|m|s)"));
    int total = 0;
    for (auto it = part.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const int n = m.captured(1).toInt();
        const QString u = m.captured(2);
        total += u == QLatin1String("w") ? n * 604800 : u == QLatin1String("d") ? n * 86400 : u == QLatin1String("h") ? n * 3600
                 : u == QLatin1String("m") ? n * 60 : u == QLatin1String("s") ? n : 0;
    }
    return total;
}

// key=value words of one RouterOS command line; quoted values unescaped (\" \\ \$ \HH).
QMap<QString, QString> routerOsArgs(const QString &line)
{
    QMap<QString, QString> args;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line[i] == QLatin1Char(' '))
            ++i;
        const qsizetype eq = line.indexOf(QLatin1Char('='), i);
        const qsizetype sp = line.indexOf(QLatin1Char(' '), i);
        if (eq < 0 || (sp >= 0 && sp < eq)) {
            i = sp < 0 ? line.size() : sp;
            continue;
        }
        const QString key = line.mid(i, eq - i);
        QString value;
        i = eq + 1;
        if (i < line.size() && line[i] == QLatin1Char('"')) {
            QByteArray bytes;
            for (++i; i < line.size() && line[i] != QLatin1Char('"'); ++i) {
                if (line[i] == QLatin1Char('\\')) {
                    const QString hex = line.mid(i + 1, 2);
                    bool ok = false;
                    const int b = hex.toInt(&ok, 16);
                    if (ok && hex.size() == 2) {
                        bytes += char(b);
                        i += 2;
                    } else {
                        bytes += line[++i].toLatin1();
                    }
                } else {
                    bytes += line.mid(i, 1).toUtf8();
                }
            }
            ++i;
            value = QString::fromUtf8(bytes);
        } else {
            const qsizetype end = line.indexOf(QLatin1Char(' '), i);
            value = line.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? line.size() : end;
        }
        args.insert(key, value);
    }
    return args;
}

QString rosGroup(const QString &t)
{
    static const QMap<QString, QString> m{{"modp768", "1"},   {"modp1024", "2"},  {"modp1536", "5"},
                                          {"modp2048", "14"}, {"modp3072", "15"}, {"modp4096", "16"},
                                          {"ecp256", "19"},   {"ecp384", "20"},   {"ecp521", "21"}};
    return m.value(t, t == QLatin1String("none") ? QStringLiteral("none") : QStringLiteral("?") + t);
}

QString rosIkeEnc(const QString &t) { return t == QLatin1String("3des") ? t : QString(t).remove(QLatin1Char('-')) + QStringLiteral("-cbc"); }

QString rosEspEnc(const QString &t)
{
    if (t == QLatin1String("3des"))
        return t;
    QString s = t; // aes-256-cbc -> aes256-cbc
    return s.replace(QStringLiteral("aes-"), QStringLiteral("aes"));
}

Terms readRouterOs(const QString &script)
{
    Terms t;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("/ip ipsec ")))
            continue;
        const auto a = routerOsArgs(line);
        const bool profile = line.startsWith(QLatin1String("/ip ipsec profile add")), peer = line.startsWith(QLatin1String("/ip ipsec peer add"));
        if (profile || (peer && a.contains(QStringLiteral("enc-algorithm")))) { // legacy peers carry phase 1
            for (const QString &e : a.value(QStringLiteral("enc-algorithm")).split(QLatin1Char(',')))
                addUnique(t.ikeEnc, rosIkeEnc(e));
            addUnique(t.ikeInteg, a.value(QStringLiteral("hash-algorithm")));
            for (const QString &g : a.value(QStringLiteral("dh-group")).split(QLatin1Char(',')))
                addUnique(t.ikeGroups, rosGroup(g));
            t.ikeLifetime = routerOsSeconds(a.value(QStringLiteral("lifetime")));
        }
        if (peer) {
            t.peerAddress = a.value(QStringLiteral("address")).section(QLatin1Char('/'), 0, 0);
            t.ownAddress = a.value(QStringLiteral("local-address"));
            t.ikeVersion = a.value(QStringLiteral("exchange-mode")) == QLatin1String("ike2") ? 2 : 1;
            if (a.contains(QStringLiteral("secret")))
                t.psk = a.value(QStringLiteral("secret"));
        }
        if (line.startsWith(QLatin1String("/ip ipsec identity add")))
            t.psk = a.value(QStringLiteral("secret"));
        if (line.startsWith(QLatin1String("/ip ipsec proposal add"))) {
            for (const QString &e : a.value(QStringLiteral("enc-algorithms")).split(QLatin1Char(',')))
                addUnique(t.espEnc, rosEspEnc(e));
            for (const QString &i : a.value(QStringLiteral("auth-algorithms")).split(QLatin1Char(',')))
                if (i != QLatin1String("null"))
                    addUnique(t.espInteg, i);
            t.pfs = rosGroup(a.value(QStringLiteral("pfs-group")));
            t.espLifetime = routerOsSeconds(a.value(QStringLiteral("lifetime")));
        }
        if (line.startsWith(QLatin1String("/ip ipsec policy add")))
            t.selectors << qMakePair(a.value(QStringLiteral("src-address")), a.value(QStringLiteral("dst-address")));
    }
    return t;
}

QString iosEnc(const QString &t) // isakmp "aes 256", ikev2 "aes-cbc-256", transform "esp-aes 256" / "esp-gcm 256"
{
    static const QMap<QString, QString> m{{"aes", "aes128-cbc"},          {"aes 192", "aes192-cbc"},      {"aes 256", "aes256-cbc"},
                                          {"3des", "3des"},               {"aes-cbc-128", "aes128-cbc"},  {"aes-cbc-192", "aes192-cbc"},
                                          {"aes-cbc-256", "aes256-cbc"},  {"aes-gcm-128", "aes128-gcm"},  {"aes-gcm-256", "aes256-gcm"},
                                          {"esp-aes", "aes128-cbc"},      {"esp-aes 192", "aes192-cbc"},  {"esp-aes 256", "aes256-cbc"},
                                          {"esp-gcm 128", "aes128-gcm"},  {"esp-gcm 256", "aes256-gcm"},  {"esp-gcm", "aes128-gcm"},
                                          {"esp-3des", "3des"}};
    return m.value(t, QStringLiteral("?") + t);
}

QString iosHash(const QString &t)
{
    static const QMap<QString, QString> m{{"sha", "sha1"},       {"sha1", "sha1"},         {"md5", "md5"},
                                          {"sha256", "sha256"},  {"sha384", "sha384"},     {"sha512", "sha512"},
                                          {"esp-sha-hmac", "sha1"}, {"esp-md5-hmac", "md5"}, {"esp-sha256-hmac", "sha256"},
                                          {"esp-sha384-hmac", "sha384"}, {"esp-sha512-hmac", "sha512"}};
    return m.value(t, QStringLiteral("?") + t);
}

QString iosAddress(const QStringList &w, int &i)
{
    if (w[i] == QLatin1String("host")) {
        i += 2;
        return w[i - 1] + (w[i - 1].contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32"));
    }
    if (w[i].contains(QLatin1Char('/'))) // IPv6 access lists write prefixes, not wildcards
        return w[i++];
    const quint32 wildcard = QHostAddress(w[i + 1]).toIPv4Address();
    int prefix = 32;
    for (quint32 m = wildcard; m; m >>= 1)
        --prefix;
    const QString out = w[i] + QLatin1Char('/') + QString::number(prefix);
    i += 2;
    return out;
}

Terms readCisco(const QString &config)
{
    Terms t;
    QString section;
    QMap<QString, QPair<QString, QString>> transformSets;
    for (const QString &raw : config.split(QLatin1Char('\n'))) {
        if (raw.startsWith(QLatin1Char('!')) || raw.trimmed().isEmpty())
            continue;
        const QString line = raw.trimmed();
        const QStringList w = line.split(QLatin1Char(' '));
        if (!raw.startsWith(QLatin1Char(' '))) {
            section = line;
            if (line.startsWith(QLatin1String("crypto isakmp policy")))
                t.ikeVersion = 1;
            if (line.startsWith(QLatin1String("crypto isakmp key"))) {
                t.psk = w[3];
                // "address X", or "address ipv6 X/128"
                t.peerAddress = w[5] == QLatin1String("ipv6") ? w[6].section(QLatin1Char('/'), 0, 0) : w[5];
            }
            if (line.startsWith(QLatin1String("crypto ipsec transform-set"))) {
                const QString name = w[3];
                QStringList rest = w.mid(4);
                QString enc = rest.takeFirst();
                if (!rest.isEmpty() && rest.first().at(0).isDigit())
                    enc += QLatin1Char(' ') + rest.takeFirst();
                transformSets.insert(name, {iosEnc(enc), rest.isEmpty() ? QString() : iosHash(rest.first())});
            }
            continue;
        }
        if (section.startsWith(QLatin1String("crypto isakmp policy"))) {
            if (w[0] == QLatin1String("encryption"))
                addUnique(t.ikeEnc, iosEnc(w.mid(1).join(QLatin1Char(' '))));
            if (w[0] == QLatin1String("hash"))
                addUnique(t.ikeInteg, iosHash(w[1]));
            if (w[0] == QLatin1String("group"))
                addUnique(t.ikeGroups, w[1]);
            if (w[0] == QLatin1String("lifetime"))
                t.ikeLifetime = w[1].toInt();
        } else if (section.startsWith(QLatin1String("crypto ikev2 proposal"))) {
            t.ikeVersion = 2;
            for (const QString &v : w.mid(1)) {
                if (w[0] == QLatin1String("encryption"))
                    addUnique(t.ikeEnc, iosEnc(v));
                if (w[0] == QLatin1String("integrity"))
                    addUnique(t.ikeInteg, iosHash(v));
                if (w[0] == QLatin1String("group"))
                    addUnique(t.ikeGroups, v);
            }
        } else if (section.startsWith(QLatin1String("crypto ikev2 keyring"))) {
            if (w[0] == QLatin1String("pre-shared-key"))
                t.psk = w[1];
            if (w[0] == QLatin1String("address"))
                t.peerAddress = w[1];
        } else if (section.startsWith(QLatin1String("crypto ikev2 profile"))) {
            if (w[0] == QLatin1String("lifetime"))
                t.ikeLifetime = w[1].toInt();
            if (w[0] == QLatin1String("identity") && w[1] == QLatin1String("local"))
                t.ownAddress = w[3];
        } else if (section.startsWith(QLatin1String("crypto map"))) {
            if (line.startsWith(QLatin1String("set transform-set")))
                for (const QString &name : w.mid(2)) {
                    addUnique(t.espEnc, transformSets.value(name).first);
                    addUnique(t.espInteg, transformSets.value(name).second);
                }
            if (line.startsWith(QLatin1String("set pfs")))
                t.pfs = w[2].mid(5); // "group14"
            if (line.startsWith(QLatin1String("set security-association lifetime seconds")))
                t.espLifetime = w[4].toInt();
            if (line.startsWith(QLatin1String("set peer")))
                t.peerAddress = w[2];
        } else if ((section.startsWith(QLatin1String("ip access-list extended")) ||
                    section.startsWith(QLatin1String("ipv6 access-list"))) &&
                   !section.endsWith(QLatin1String("-NAT")) && w[0] == QLatin1String("permit")) {
            int i = 2;
            const QString local = iosAddress(w, i);
            const QString remote = iosAddress(w, i);
            t.selectors << qMakePair(local, remote);
        }
    }
    return t;
}

Terms readSide(const RenderOutput &out, Side side, Platform platform)
{
    for (const RenderedFile &f : out.files)
        if (f.site == side && (f.kind == FileKind::RouterOsScript || f.kind == FileKind::CiscoIosConfig))
            return platform == Platform::CiscoIos ? readCisco(QString::fromUtf8(f.bytes)) : readRouterOs(QString::fromUtf8(f.bytes));
    FAIL("no config for a side");
    return {};
}

// Returns false (and checks that the reason is a capability finding naming the platform) when the
// project cannot be rendered for this platform mix.
bool requireAgreement(const Project &p, bool mayBeInexpressible = false)
{
    const RenderResult r = renderProject(p);
    if (!r.output && mayBeInexpressible) {
        const Platform legacy = Platform::RouterOs6Legacy;
        CHECK(std::any_of(r.findings.begin(), r.findings.end(), [&](const Finding &f) {
            return f.severity == Severity::Error && f.message.contains(token(legacy));
        }));
        return false;
    }
    REQUIRE(r.output.has_value());
    const SiteToSiteLink &l = p.links.at(0);
    const Terms a = readSide(*r.output, Side::A, l.a.platform);
    const Terms b = readSide(*r.output, Side::B, l.b.platform);
    CHECK(a.peerAddress == l.b.wanAddress);
    CHECK(b.peerAddress == l.a.wanAddress);
    CHECK(a.psk == l.psk);
    CHECK(b.psk == l.psk);
    CHECK(a.ikeVersion == int(l.ike.version));
    CHECK(b.ikeVersion == int(l.ike.version));
    CHECK(a.ikeEnc == b.ikeEnc);
    CHECK(a.ikeInteg == b.ikeInteg);
    CHECK(a.ikeGroups == b.ikeGroups);
    CHECK(a.ikeLifetime == l.ike.lifetimeS);
    CHECK(b.ikeLifetime == l.ike.lifetimeS);
    CHECK(a.espEnc == b.espEnc);
    CHECK(a.espInteg == b.espInteg);
    CHECK(a.pfs == b.pfs);
    CHECK(a.pfs == (l.esp.pfsGroup ? QString::number(int(*l.esp.pfsGroup)) : QStringLiteral("none")));
    CHECK(a.espLifetime == l.esp.lifetimeS);
    CHECK(b.espLifetime == l.esp.lifetimeS);
    // Mirrored selectors: a's (local, remote) list is b's with the pair turned around.
    QList<QPair<QString, QString>> mirrored;
    for (const auto &s : b.selectors)
        mirrored << qMakePair(s.second, s.first);
    CHECK(a.selectors == mirrored);
    CHECK(a.selectors.size() == l.a.lanSubnets.size() * l.b.lanSubnets.size());
    CHECK_FALSE(a.ikeEnc.isEmpty());
    CHECK_FALSE(a.espEnc.isEmpty());
    return true;
}

} // namespace

TEST_CASE("both sides of every site-to-site example agree", "[agreement]")
{
    for (const char *name : {"fieldnotes-mikrotik-cisco", "modern-ikev2", "multi-subnet-mikrotik", "ipv6-mikrotik-cisco"}) {
        DYNAMIC_SECTION(name)
        {
            Project p = twtest::loadExample(QString::fromLatin1(name));
            requireAgreement(p);
            for (Platform dialect : {Platform::RouterOs6, Platform::RouterOs6Legacy}) {
                if (dialect == Platform::RouterOs6Legacy && p.links[0].ike.version == IkeVersion::V2)
                    continue;
                Project q = p;
                for (Site *s : {&q.links[0].a, &q.links[0].b})
                    if (isRouterOs(s->platform))
                        s->platform = dialect;
                requireAgreement(q, dialect == Platform::RouterOs6Legacy);
            }
        }
    }
}

TEST_CASE("the sides agree on generated variations", "[agreement]")
{
    struct Variation {
        const char *name;
        void (*change)(Project &);
    };
    const Variation variations[] = {
        {"several algorithms, PFS 14, IKEv1",
         [](Project &p) {
             auto &l = p.links[0];
             l.ike.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
             l.ike.dhGroups = {DhGroup::G14, DhGroup::G19};
             l.esp.encryption = {Encryption::Aes256Cbc, Encryption::Aes128Cbc};
             l.esp.integrity = {Integrity::Sha256, Integrity::Sha1};
             l.ike.lifetimeS = 28800;
             l.esp.lifetimeS = 1800;
         }},
        {"IKEv2 with GCM ESP",
         [](Project &p) {
             auto &l = p.links[0];
             l.ike.version = IkeVersion::V2;
             l.esp.encryption = {Encryption::Aes128Gcm};
             l.esp.integrity.clear();
             l.esp.pfsGroup = DhGroup::G20;
         }},
        {"host selectors and several subnets",
         [](Project &p) {
             auto &l = p.links[0];
             l.a.lanSubnets = {QStringLiteral("10.1.1.7/32"), QStringLiteral("10.2.0.0/16")};
             l.b.lanSubnets = {QStringLiteral("172.20.0.0/22"), QStringLiteral("172.21.5.0/24"), QStringLiteral("172.22.9.9/32")};
         }},
        {"RouterOS on both sides",
         [](Project &p) {
             p.links[0].b.platform = Platform::RouterOs6;
             p.links[0].b.wanInterface = QStringLiteral("ether1");
         }},
        {"3DES, MD5, group 1 for old equipment",
         [](Project &p) {
             auto &l = p.links[0];
             l.ike.encryption = {Encryption::TripleDes};
             l.ike.integrity = {Integrity::Md5};
             l.ike.dhGroups = {DhGroup::G1};
             l.esp.encryption = {Encryption::TripleDes};
             l.esp.integrity = {Integrity::Md5};
             l.esp.pfsGroup.reset();
         }},
        {"a key with punctuation",
         [](Project &p) { p.links[0].psk = QStringLiteral("Ab3$x;y#z{w}[v]`u\\t%s&r*q(p)=o+n-m_l.k,j<i>h|g~f^e@d!cN7"); }},
    };
    for (const Variation &v : variations) {
        DYNAMIC_SECTION(v.name)
        {
            Project p = twtest::sampleProject();
            v.change(p);
            requireAgreement(p);
        }
    }
}

TEST_CASE("a link's two contexts list the same pairs, each seen from its own end", "[agreement]")
{
    // Side b's context is side a's with the ends swapped (RenderPlan::turnAround): the order of the
    // pairs is what mirrors policy i on one router to ACL line i on the other.
    const Project p = twtest::loadExample(QStringLiteral("ipv6-mikrotik-cisco")); // 2 x 3 subnets
    const SiteContext a = makeSiteContext(p, 0, Side::A);
    const SiteContext b = makeSiteContext(p, 0, Side::B);
    CHECK(a.side == Side::A);
    CHECK(b.side == Side::B);
    CHECK(a.local.site == &p.links[0].a);
    CHECK(b.local.site == &p.links[0].b);
    CHECK(a.objectPath == QStringLiteral("links[0]"));
    CHECK(b.objectPath == a.objectPath);
    CHECK(a.local.wanText == QStringLiteral("2001:db8:100::2"));
    CHECK(a.remote.wanText == QStringLiteral("2001:db8:200::3"));
    CHECK(b.local.wanText == a.remote.wanText);
    CHECK(b.remote.wanText == a.local.wanText);
    CHECK(b.local.wan == a.remote.wan);
    const QStringList aNets{QStringLiteral("2001:db8:10::/64"), QStringLiteral("2001:db8:11::/64")};
    const QStringList bNets{QStringLiteral("2001:db8:20::/64"), QStringLiteral("2001:db8:21::/64"),
                            QStringLiteral("2001:db8:22::/64")};
    REQUIRE(a.pairs.size() == 6);
    REQUIRE(b.pairs.size() == 6);
    for (qsizetype k = 0; k < 6; ++k) {
        INFO("pair " << k);
        CHECK(a.localText(a.pairs[k]) == aNets[k / 3]); // a's networks outer, b's inner
        CHECK(a.remoteText(a.pairs[k]) == bNets[k % 3]);
        CHECK(a.pairs[k].localIndex == k / 3);
        CHECK(a.pairs[k].remoteIndex == k % 3);
        CHECK(a.local.subnets[a.pairs[k].localIndex].subnet.toString() == a.localText(a.pairs[k]));
        CHECK(a.remote.subnets[a.pairs[k].remoteIndex].subnet.toString() == a.remoteText(a.pairs[k]));
        CHECK(b.localText(b.pairs[k]) == a.remoteText(a.pairs[k]));
        CHECK(b.remoteText(b.pairs[k]) == a.localText(a.pairs[k]));
        CHECK(b.localFirstHost(b.pairs[k]) == a.remoteFirstHost(a.pairs[k]));
        CHECK(b.remoteFirstHost(b.pairs[k]) == a.localFirstHost(a.pairs[k]));
        CHECK(b.local.subnets[b.pairs[k].localIndex].subnet == a.remote.subnets[a.pairs[k].remoteIndex].subnet);
        CHECK(b.remote.subnets[b.pairs[k].remoteIndex].subnet == a.local.subnets[a.pairs[k].localIndex].subnet);
    }
}

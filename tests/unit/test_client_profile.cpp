// The Apple configuration profile: a well-formed XML property list (read back with Python's plistlib
// when python3 is there, and with QXmlStreamReader always) carrying the L2TP VPN payload keys.

#include "test_client_support.h"

#include "render/client/ClientMaterial.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QXmlStreamReader>

using namespace tw;
using namespace twtest::client;

namespace {

const QString kProfile = QStringLiteral("office/clients/alice/alice.mobileconfig");

// plistlib.load, then the values a test looks at as JSON (bytes as their text).
const char *kPlistToJson = R"PY(
import json, plistlib, sys
p = plistlib.load(open(sys.argv[1], "rb"))
v = p["PayloadContent"][0]
print(json.dumps({
    "top": {k: p[k] for k in ("PayloadType", "PayloadVersion", "PayloadIdentifier", "PayloadUUID", "PayloadDisplayName",
                              "PayloadRemovalDisallowed")},
    "vpn": {k: v[k] for k in ("PayloadType", "PayloadVersion", "PayloadIdentifier", "PayloadUUID", "VPNType",
                              "UserDefinedName")},
    "ppp": v["PPP"],
    "ipsec": {k: (val.decode("utf-8") if isinstance(val, bytes) else val) for k, val in v["IPSec"].items()},
    "secretIsData": isinstance(v["IPSec"]["SharedSecret"], bytes),
    "ipv4": v["IPv4"],
}))
)PY";

std::optional<QJsonObject> plistViaPython(const QByteArray &profile)
{
    const auto r = runOnBytes(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(kPlistToJson),
                                                          QStringLiteral("{}")},
                              profile, QStringLiteral(".mobileconfig"));
    if (!r)
        return std::nullopt;
    REQUIRE(r->exitCode == 0);
    return QJsonDocument::fromJson(r->out).object();
}

bool wellFormedXml(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

} // namespace

TEST_CASE("the profile is a plist with the L2TP VPN payload keys and the secret as data", "[client]")
{
    const Project p = l2tpExample();
    const QMap<QString, RenderedFile> files = renderFiles(p);
    REQUIRE(files.contains(kProfile));
    const QByteArray profile = files[kProfile].bytes;
    CHECK(wellFormedXml(profile));
    CHECK(profile.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC"));
    CHECK(profile.contains("<data>" + p.l2tpServers[0].psk.toUtf8().toBase64() + "</data>"));

    const auto json = plistViaPython(profile);
    if (!json) {
        WARN("python3 not installed: plistlib read back skipped");
        return;
    }
    const QJsonObject top = json->value(QStringLiteral("top")).toObject();
    const QJsonObject vpn = json->value(QStringLiteral("vpn")).toObject();
    const QJsonObject ppp = json->value(QStringLiteral("ppp")).toObject();
    const QJsonObject ipsec = json->value(QStringLiteral("ipsec")).toObject();
    CHECK(top.value(QStringLiteral("PayloadType")).toString() == QStringLiteral("Configuration"));
    CHECK(top.value(QStringLiteral("PayloadVersion")).toInt() == 1);
    CHECK(top.value(QStringLiteral("PayloadRemovalDisallowed")).toBool() == false);
    CHECK(vpn.value(QStringLiteral("PayloadType")).toString() == QStringLiteral("com.apple.vpn.managed"));
    CHECK(vpn.value(QStringLiteral("PayloadVersion")).toInt() == 1);
    CHECK(vpn.value(QStringLiteral("VPNType")).toString() == QStringLiteral("L2TP"));
    CHECK(vpn.value(QStringLiteral("UserDefinedName")).toString() == QStringLiteral("office VPN"));
    CHECK(vpn.value(QStringLiteral("PayloadIdentifier")).toString() ==
          top.value(QStringLiteral("PayloadIdentifier")).toString() + QStringLiteral(".vpn"));
    CHECK(vpn.value(QStringLiteral("PayloadUUID")).toString() != top.value(QStringLiteral("PayloadUUID")).toString());
    CHECK(ppp.value(QStringLiteral("AuthName")).toString() == QStringLiteral("alice"));
    CHECK(ppp.value(QStringLiteral("AuthPassword")).toString() == p.l2tpServers[0].users[0].password);
    CHECK(ppp.value(QStringLiteral("CommRemoteAddress")).toString() == QStringLiteral("vpn.example.com"));
    CHECK(ipsec.value(QStringLiteral("AuthenticationMethod")).toString() == QStringLiteral("SharedSecret"));
    CHECK(ipsec.value(QStringLiteral("LocalIdentifierType")).toString() == QStringLiteral("KeyID"));
    CHECK(ipsec.value(QStringLiteral("SharedSecret")).toString() == p.l2tpServers[0].psk);
    CHECK(json->value(QStringLiteral("secretIsData")).toBool());
    CHECK(json->value(QStringLiteral("ipv4")).toObject().value(QStringLiteral("OverridePrimary")).toInt() == 1);
}

TEST_CASE("payload UUIDs are stable, name-based and differ per user", "[client]")
{
    const Project p = l2tpExample();
    const QRegularExpression uuid(QStringLiteral("<key>PayloadUUID</key>\\s*<string>([0-9A-F-]{36})</string>"));
    auto uuids = [&](const QByteArray &profile) {
        QStringList out;
        auto it = uuid.globalMatch(QString::fromUtf8(profile));
        while (it.hasNext())
            out << it.next().captured(1);
        return out;
    };
    const QMap<QString, RenderedFile> a = renderFiles(p);
    const QMap<QString, RenderedFile> b = renderFiles(p);
    const QStringList alice = uuids(a[kProfile].bytes);
    const QStringList bob = uuids(a[QStringLiteral("office/clients/bob/bob.mobileconfig")].bytes);
    REQUIRE(alice.size() == 2);
    REQUIRE(bob.size() == 2);
    CHECK(alice == uuids(b[kProfile].bytes));
    CHECK(alice[0] != bob[0]);
    CHECK(alice[1] != bob[1]);
    for (const QString &u : alice)
        CHECK(QUuid(u).version() == QUuid::Sha1); // version 5
}

TEST_CASE("without passwords the profile leaves AuthPassword out", "[client]")
{
    RenderOptions options;
    options.passwordsOnSheets = false;
    const Project p = l2tpExample();
    const QByteArray profile = renderFiles(p, options)[kProfile].bytes;
    CHECK_FALSE(profile.contains("AuthPassword"));
    CHECK_FALSE(profile.contains(p.l2tpServers[0].users[0].password.toUtf8()));
    CHECK(profile.contains("<key>AuthName</key>"));
    if (const auto json = plistViaPython(profile))
        CHECK_FALSE(json->value(QStringLiteral("ppp")).toObject().contains(QStringLiteral("AuthPassword")));
}

TEST_CASE("hostile passwords stay well-formed XML and round-trip", "[client]")
{
    Project p = l2tpExample();
    const QString hostile = QString::fromUtf8("<a href=\"x\">&amp;'</a>]]>ü€");
    p.l2tpServers[0].users[0].password = hostile;
    const QByteArray profile = renderFiles(p)[kProfile].bytes;
    CHECK(wellFormedXml(profile));
    CHECK_FALSE(profile.contains("<a href"));
    if (const auto json = plistViaPython(profile))
        CHECK(json->value(QStringLiteral("ppp")).toObject().value(QStringLiteral("AuthPassword")).toString() == hostile);
    else
        WARN("python3 not installed: plistlib read back skipped");
}

TEST_CASE("payload identifiers stay distinct when names hold the separator", "[client]")
{
    // iOS replaces an installed profile with any other of the same PayloadIdentifier: server "b"
    // with user "c.d" must not share one with server "b.c" with user "d".
    const QRegularExpression topIdentifier(QStringLiteral("<key>PayloadIdentifier</key>\\s*<string>([^<]*)</string>\\s*"
                                                          "<key>PayloadOrganization</key>"));
    auto identifierOf = [&](const QString &server, const QString &user) {
        Project p = l2tpExample();
        p.l2tpServers[0].name = server;
        p.l2tpServers[0].users[0].name = user;
        const QString path = server + QStringLiteral("/clients/") + user + QLatin1Char('/') + user +
                             QStringLiteral(".mobileconfig");
        const QMap<QString, RenderedFile> files = renderFiles(p);
        REQUIRE(files.contains(path));
        const auto m = topIdentifier.match(QString::fromUtf8(files[path].bytes));
        REQUIRE(m.hasMatch());
        return m.captured(1);
    };
    const QString plain = identifierOf(QStringLiteral("b"), QStringLiteral("alice"));
    CHECK(plain == QStringLiteral("tunnelwright.office.b.alice"));
    const QString userDot = identifierOf(QStringLiteral("b"), QStringLiteral("c.d"));
    const QString serverDot = identifierOf(QStringLiteral("b.c"), QStringLiteral("d"));
    CHECK(userDot == QStringLiteral("tunnelwright.office.b.c_dd"));
    CHECK(serverDot == QStringLiteral("tunnelwright.office.b_dc.d"));
    // The escape escapes itself: a name spelling the escaped form stays apart too.
    CHECK(identifierOf(QStringLiteral("b"), QStringLiteral("c_dd")) == QStringLiteral("tunnelwright.office.b.c__dd"));
}

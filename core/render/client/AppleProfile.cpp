// The Apple configuration profile: one VPN payload (com.apple.vpn.managed, VPNType L2TP) in a
// Configuration profile. Keys after apple/device-management mdm/profiles/com.apple.vpn.managed.yaml and
// TopLevel.yaml: the server goes in PPP CommRemoteAddress (not IPSec RemoteAddress, which is for Cisco
// IPSec), the pre-shared key in IPSec SharedSecret as <data>, IPv4 OverridePrimary 1 is "Send All
// Traffic". L2TP has no proposal keys: the device always offers its built-in list (ClientOffers.h).

#include "render/client/ClientMaterial.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace tw {
namespace {

// Payload UUIDs are name-based (RFC 4122 version 5), so that a re-render gives the same profile and a
// new profile for the same user replaces the installed one instead of piling up. The namespace is
// itself derived from the DNS namespace and a fixed name.
QUuid profileNamespace()
{
    static const QUuid ns = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8")),
                                                QByteArray("mobileconfig.tunnelwright"));
    return ns;
}

QString payloadUuid(const QString &name)
{
    return QUuid::createUuidV5(profileNamespace(), name.toUtf8()).toString(QUuid::WithoutBraces).toUpper();
}

// Keys are written in byte order, as Apple's own tools write them.
class PlistWriter {
public:
    explicit PlistWriter(QByteArray *out) : m_w(out)
    {
        m_w.setAutoFormatting(true);
        m_w.setAutoFormattingIndent(-1); // one tab a level
    }
    QXmlStreamWriter &xml() { return m_w; }
    void key(const QString &k) { m_w.writeTextElement(QStringLiteral("key"), k); }
    void string(const QString &k, const QString &v)
    {
        key(k);
        m_w.writeTextElement(QStringLiteral("string"), v);
    }
    void integer(const QString &k, int v)
    {
        key(k);
        m_w.writeTextElement(QStringLiteral("integer"), QString::number(v));
    }
    void boolean(const QString &k, bool v)
    {
        key(k);
        m_w.writeEmptyElement(v ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void data(const QString &k, const QByteArray &bytes)
    {
        key(k);
        m_w.writeTextElement(QStringLiteral("data"), QString::fromLatin1(bytes.toBase64()));
    }
    void beginDict(const QString &k)
    {
        if (!k.isEmpty())
            key(k);
        m_w.writeStartElement(QStringLiteral("dict"));
    }
    void beginArray(const QString &k)
    {
        key(k);
        m_w.writeStartElement(QStringLiteral("array"));
    }
    void end() { m_w.writeEndElement(); }

private:
    QXmlStreamWriter m_w;
};

// One name as a component of the reverse-DNS PayloadIdentifier. Names may hold '.', the separator:
// server "b" with user "c.d" and server "b.c" with user "d" would share an identifier, and iOS
// replaces an installed profile with any other of the same identifier. '_' escapes itself and the
// dot, so distinct names give distinct components and components never contain a dot.
QString identifierPart(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c == QLatin1Char('_'))
            out += QLatin1String("__");
        else if (c == QLatin1Char('.'))
            out += QLatin1String("_d");
        else
            out += c;
    }
    return out;
}

} // namespace

QByteArray appleProfile(const ClientContext &ctx)
{
    const L2tpServer &s = *ctx.server;
    const User &u = *ctx.user;
    const QString name = connectionName(s);
    const QString identity = ctx.project->name + QLatin1Char('/') + s.name + QLatin1Char('/') + u.name;
    const QString identifier = QStringLiteral("tunnelwright.") + identifierPart(ctx.project->name) + QLatin1Char('.') +
                               identifierPart(s.name) + QLatin1Char('.') + identifierPart(u.name);

    QByteArray out;
    PlistWriter p(&out);
    QXmlStreamWriter &w = p.xml();
    w.writeStartDocument();
    w.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    w.writeStartElement(QStringLiteral("plist"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    p.beginDict(QString());

    p.beginArray(QStringLiteral("PayloadContent"));
    p.beginDict(QString());
    p.beginDict(QStringLiteral("IPSec"));
    p.string(QStringLiteral("AuthenticationMethod"), QStringLiteral("SharedSecret"));
    p.string(QStringLiteral("LocalIdentifierType"), QStringLiteral("KeyID"));
    p.data(QStringLiteral("SharedSecret"), s.psk.toUtf8());
    p.end();
    p.beginDict(QStringLiteral("IPv4"));
    p.integer(QStringLiteral("OverridePrimary"), 1); // Send All Traffic
    p.end();
    p.beginDict(QStringLiteral("PPP"));
    p.string(QStringLiteral("AuthName"), u.name);
    if (ctx.options.passwordsOnSheets)
        p.string(QStringLiteral("AuthPassword"), u.password);
    p.string(QStringLiteral("CommRemoteAddress"), s.publicAddress);
    p.end();
    // The descriptions are what iOS shows while installing: in the sheets' language. The rest is
    // configuration and stays as it is.
    const i18n::Catalog &tr = ctx.options.sheetLanguage;
    p.string(QStringLiteral("PayloadDescription"),
             tr.translate("AppleProfile", "L2TP/IPsec connection to %1").arg(s.publicAddress));
    p.string(QStringLiteral("PayloadDisplayName"), name);
    p.string(QStringLiteral("PayloadIdentifier"), identifier + QStringLiteral(".vpn"));
    p.string(QStringLiteral("PayloadType"), QStringLiteral("com.apple.vpn.managed"));
    p.string(QStringLiteral("PayloadUUID"), payloadUuid(identity + QStringLiteral("/vpn")));
    p.integer(QStringLiteral("PayloadVersion"), 1);
    p.string(QStringLiteral("UserDefinedName"), name);
    p.string(QStringLiteral("VPNType"), QStringLiteral("L2TP"));
    p.end(); // VPN payload
    p.end(); // PayloadContent

    p.string(QStringLiteral("PayloadDescription"),
             tr.translate("AppleProfile", "Adds the VPN connection \"%1\" for %2. Made with tunnelwright from project %3.")
                 .arg(name, u.name, ctx.project->name));
    p.string(QStringLiteral("PayloadDisplayName"), QStringLiteral("%1 (%2)").arg(name, u.name));
    p.string(QStringLiteral("PayloadIdentifier"), identifier);
    p.string(QStringLiteral("PayloadOrganization"), ctx.project->name);
    p.boolean(QStringLiteral("PayloadRemovalDisallowed"), false);
    p.string(QStringLiteral("PayloadType"), QStringLiteral("Configuration"));
    p.string(QStringLiteral("PayloadUUID"), payloadUuid(identity));
    p.integer(QStringLiteral("PayloadVersion"), 1);
    p.end(); // top dict
    w.writeEndElement(); // plist
    w.writeEndDocument();
    return out;
}

} // namespace tw

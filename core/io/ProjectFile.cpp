#include "io/ProjectFile.h"

#include "io/OutputWriter.h"
#include "model/Vocabulary.h"
#include "secrets/ProjectCrypto.h"
#include "validate/Finding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tw {
namespace {

// Why a file is not a project: printed by the CLI and shown by the wizard in the user's language.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::ProjectFile)
};

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return {};
}

// A problem at a JSON path given as text ("" is the document's outermost value). Keys and values
// quoted from the file may hold anything: path and message each stay one safe line.
LoadProblem problemAt(const QString &path, const QString &message)
{
    const QString where = oneLine(path);
    return {where.isEmpty() ? QString::fromLatin1(kTopLevelPath) : where, oneLine(message)};
}

// A JSON path kept as a chain of stack frames and turned into text only when a problem is reported:
// loading a large, valid project builds no path strings at all.
struct Path {
    const Path *parent = nullptr;
    const char *key = nullptr; // a member name, or null for an array element
    qsizetype index = -1;

    Path operator/(const char *k) const { return Path{this, k, -1}; }
    Path operator[](qsizetype i) const { return Path{this, nullptr, i}; }
    QString text() const
    {
        if (!parent)
            return QString();
        const QString up = parent->text();
        if (!key)
            return up + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        // Keys are UTF-8 (unknown keys are quoted from the file as they were written).
        return up.isEmpty() ? QString::fromUtf8(key) : up + QLatin1Char('.') + QString::fromUtf8(key);
    }
};

// Walks the document; every accessor records a problem with its path and returns a neutral value so
// that reading goes on and all problems are reported together.
class Reader {
public:
    QList<LoadProblem> problems;

    void problem(const Path &path, const QString &message) { problems << problemAt(path.text(), message); }

    // Checks the object's keys against the required and optional ones.
    bool object(const QJsonValue &v, const Path &path, std::initializer_list<const char *> required,
                std::initializer_list<const char *> optional, QJsonObject &out)
    {
        if (!v.isObject()) {
            problem(path, Text::tr("expected an object, found %1").arg(typeName(v)));
            return false;
        }
        return object(v.toObject(), path, required, optional, out);
    }

    bool object(const QJsonObject &in, const Path &path, std::initializer_list<const char *> required,
                std::initializer_list<const char *> optional, QJsonObject &out)
    {
        out = in;
        qsizetype knownPresent = 0;
        for (const char *k : required) {
            if (out.contains(QLatin1String(k)))
                ++knownPresent;
            else
                problem(path / k, Text::tr("missing (required)"));
        }
        for (const char *k : optional)
            knownPresent += out.contains(QLatin1String(k)) ? 1 : 0;
        // A QJsonObject holds each key once: as many known keys as keys leaves none unknown, and
        // spares reading every key as a new QString (most of the loader's allocations).
        if (knownPresent == in.size())
            return true;
        auto isKnown = [&](const QString &key) {
            for (const auto *list : {&required, &optional})
                for (const char *k : *list)
                    if (key == QLatin1String(k))
                        return true;
            return false;
        };
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            if (isKnown(it.key()))
                continue;
            QStringList known;
            for (const auto *list : {&required, &optional})
                for (const char *k : *list)
                    known << QString::fromLatin1(k);
            const QByteArray key = it.key().toUtf8();
            problem(path / key.constData(), Text::tr("unknown key; allowed here: %1").arg(known.join(QStringLiteral(", "))));
        }
        return true;
    }

    QString string(const QJsonObject &o, const Path &path, const char *key, const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            problem(path / key, Text::tr("expected a string, found %1").arg(typeName(v)));
            return fallback;
        }
        return text(v, path / key);
    }

    // JSON may escape half of a surrogate pair (\ud800) on its own; such a string is no text, and
    // encoders would drop or replace it differently in each output file.
    QString text(const QJsonValue &v, const Path &path)
    {
        QString s = v.toString();
        if (!s.isValidUtf16())
            problem(path, Text::tr("holds half of a UTF-16 surrogate pair (a \\uD800-\\uDFFF escape without its "
                                   "partner), which is not text; remove it"));
        return s;
    }

    bool boolean(const QJsonObject &o, const Path &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(path / key,
                    Text::tr("expected true or false, found %1").arg(typeName(v)));
            return fallback;
        }
        return v.toBool();
    }

    std::optional<qint64> integerValue(const QJsonValue &v, const Path &path)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d) {
            problem(path, Text::tr("expected a whole number, found %1")
                              .arg(v.isDouble() ? QString::number(d) : typeName(v)));
            return std::nullopt;
        }
        // JSON numbers are read as doubles, which hold whole numbers exactly only up to 2^53.
        if (std::fabs(d) > 9.0e15) {
            problem(path, Text::tr("%1 is too large to be read exactly; every number in a project is far smaller")
                              .arg(QString::number(d)));
            return std::nullopt;
        }
        return qint64(d);
    }

    int integer(const QJsonObject &o, const Path &path, const char *key, int fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const auto n = integerValue(v, path / key);
        if (!n)
            return fallback;
        // Beyond a billion either way (far outside every range `check` allows), values are clamped
        // to fit an int; below that they are kept as written, so check's message quotes them and a
        // save writes them back unchanged.
        return int(qBound(qint64(-1000000000), *n, qint64(1000000000)));
    }

    template <typename T>
    QList<T> list(const QJsonObject &o, const Path &path, const char *key,
                  const std::function<std::optional<T>(const QJsonValue &, const Path &)> &item,
                  const QList<T> &fallback = {}, int maxItems = kMaxListItems)
    {
        const Path p = path / key;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isArray()) {
            problem(p, Text::tr("expected an array, found %1").arg(typeName(v)));
            return fallback;
        }
        const QJsonArray a = v.toArray();
        if (a.size() > maxItems) {
            problem(p, Text::tr("has %1 items; at most %2 are accepted").arg(a.size()).arg(maxItems));
            return fallback;
        }
        QList<T> out;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto t = item(a.at(i), p[i]))
                out << *t;
        return out;
    }

    std::optional<QString> stringItem(const QJsonValue &v, const Path &path)
    {
        if (!v.isString()) {
            problem(path, Text::tr("expected a string, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        return text(v, path);
    }

    template <typename E>
    std::optional<E> tokenItem(const QJsonValue &v, const Path &path, std::optional<E> (*parse)(QStringView),
                               QStringList (*allowed)())
    {
        if (!v.isString()) {
            problem(path, Text::tr("expected a string, found %1").arg(typeName(v)));
            return std::nullopt;
        }
        const auto e = parse(v.toString());
        if (!e)
            problem(path, Text::tr("\"%1\" is not one of: %2").arg(v.toString(), allowed().join(QStringLiteral(", "))));
        return e;
    }

    std::optional<DhGroup> groupItem(const QJsonValue &v, const Path &path)
    {
        const auto n = integerValue(v, path);
        if (!n)
            return std::nullopt;
        const auto g = dhGroupFromNumber(*n);
        if (!g)
            problem(path, Text::tr("%1 is not a supported DH group; use one of: %2")
                              .arg(*n)
                              .arg(dhGroupTokens().join(QStringLiteral(", "))));
        return g;
    }

    // ---- model objects ------------------------------------------------------------------------

    std::function<std::optional<Encryption>(const QJsonValue &, const Path &)> encryptionItem()
    {
        return [this](const QJsonValue &v, const Path &p) {
            return tokenItem<Encryption>(v, p, encryptionFromToken, encryptionTokens);
        };
    }
    std::function<std::optional<Integrity>(const QJsonValue &, const Path &)> integrityItem()
    {
        return [this](const QJsonValue &v, const Path &p) {
            return tokenItem<Integrity>(v, p, integrityFromToken, integrityTokens);
        };
    }
    std::function<std::optional<DhGroup>(const QJsonValue &, const Path &)> dhItem()
    {
        return [this](const QJsonValue &v, const Path &p) { return groupItem(v, p); };
    }

    IkeProposal ike(const QJsonValue &v, const Path &path)
    {
        IkeProposal p;
        QJsonObject o;
        if (!object(v, path, {"version", "encryption", "integrity", "dh_groups"}, {"mode", "lifetime_s"}, o))
            return p;
        const QJsonValue ver = o.value(QLatin1String("version"));
        if (!ver.isUndefined()) {
            const auto n = integerValue(ver, path / "version");
            if (n && (*n == 1 || *n == 2))
                p.version = *n == 1 ? IkeVersion::V1 : IkeVersion::V2;
            else if (n)
                problem(path / "version", Text::tr("%1 is not an IKE version; use 1 or 2").arg(*n));
        }
        if (o.contains(QLatin1String("mode")))
            p.mode = tokenItem<IkeMode>(o.value(QLatin1String("mode")), path / "mode",
                                        ikeModeFromToken, ikeModeTokens);
        p.encryption = list<Encryption>(o, path, "encryption", encryptionItem());
        p.integrity = list<Integrity>(o, path, "integrity", integrityItem());
        p.dhGroups = list<DhGroup>(o, path, "dh_groups", dhItem());
        p.lifetimeS = integer(o, path, "lifetime_s", IkeProposal::kDefaultLifetimeS);
        return p;
    }

    EspProposal esp(const QJsonValue &v, const Path &path)
    {
        EspProposal p;
        QJsonObject o;
        if (!object(v, path, {"encryption", "integrity", "pfs_group"}, {"lifetime_s"}, o))
            return p;
        p.encryption = list<Encryption>(o, path, "encryption", encryptionItem());
        p.integrity = list<Integrity>(o, path, "integrity", integrityItem());
        const QJsonValue pfs = o.value(QLatin1String("pfs_group"));
        if (!pfs.isNull() && !pfs.isUndefined())
            p.pfsGroup = groupItem(pfs, path / "pfs_group");
        p.lifetimeS = integer(o, path, "lifetime_s", EspProposal::kDefaultLifetimeS);
        return p;
    }

    Platform platform(const QJsonObject &o, const Path &path)
    {
        const QJsonValue v = o.value(QLatin1String("platform"));
        if (v.isUndefined())
            return Platform::RouterOs7;
        return tokenItem<Platform>(v, path / "platform", platformFromToken, platformTokens)
            .value_or(Platform::RouterOs7);
    }

    Site site(const QJsonValue &v, const Path &path)
    {
        Site s;
        QJsonObject o;
        if (!object(v, path, {"name", "platform", "wan_address", "wan_interface", "lan_subnets"},
                    {"nat_bypass", "firewall", "lan_interface"}, o))
            return s;
        s.name = string(o, path, "name");
        s.platform = platform(o, path);
        s.wanAddress = string(o, path, "wan_address");
        s.wanInterface = string(o, path, "wan_interface");
        s.lanSubnets = list<QString>(o, path, "lan_subnets",
                                     [this](const QJsonValue &x, const Path &p) { return stringItem(x, p); });
        s.natBypass = boolean(o, path, "nat_bypass", true);
        s.firewall = boolean(o, path, "firewall", true);
        if (o.contains(QLatin1String("lan_interface")))
            s.lanInterface = string(o, path, "lan_interface");
        return s;
    }

    SiteToSiteLink link(const QJsonValue &v, const Path &path)
    {
        SiteToSiteLink l;
        QJsonObject o;
        if (!object(v, path, {"name", "ike", "esp", "psk", "a", "b"}, {"nat_traversal"}, o))
            return l;
        l.name = string(o, path, "name");
        if (o.contains(QLatin1String("ike")))
            l.ike = ike(o.value(QLatin1String("ike")), path / "ike");
        if (o.contains(QLatin1String("esp")))
            l.esp = esp(o.value(QLatin1String("esp")), path / "esp");
        l.psk = string(o, path, "psk");
        l.natTraversal = boolean(o, path, "nat_traversal", true);
        if (o.contains(QLatin1String("a")))
            l.a = site(o.value(QLatin1String("a")), path / "a");
        if (o.contains(QLatin1String("b")))
            l.b = site(o.value(QLatin1String("b")), path / "b");
        return l;
    }

    std::optional<User> user(const QJsonValue &v, const Path &path)
    {
        User u;
        QJsonObject o;
        if (!object(v, path, {"name", "password"}, {}, o))
            return std::nullopt;
        u.name = string(o, path, "name");
        u.password = string(o, path, "password");
        return u;
    }

    L2tpServer server(const QJsonValue &v, const Path &path)
    {
        L2tpServer s;
        QJsonObject o;
        if (!object(v, path, {"name", "platform", "public_address", "wan_interface", "local_address", "pool", "psk", "users"},
                    {"dns_servers", "authentication", "mtu", "ike", "esp", "clients"}, o))
            return s;
        s.name = string(o, path, "name");
        s.platform = platform(o, path);
        s.publicAddress = string(o, path, "public_address");
        s.wanInterface = string(o, path, "wan_interface");
        s.localAddress = string(o, path, "local_address");
        s.pool = string(o, path, "pool");
        s.dnsServers = list<QString>(o, path, "dns_servers",
                                     [this](const QJsonValue &x, const Path &p) { return stringItem(x, p); });
        s.psk = string(o, path, "psk");
        s.authentication = list<PppAuth>(
            o, path, "authentication",
            [this](const QJsonValue &x, const Path &p) { return tokenItem<PppAuth>(x, p, pppAuthFromToken, pppAuthTokens); },
            s.authentication);
        s.mtu = integer(o, path, "mtu", L2tpServer::kDefaultMtu);
        if (o.contains(QLatin1String("ike")))
            s.ike = ike(o.value(QLatin1String("ike")), path / "ike");
        if (o.contains(QLatin1String("esp")))
            s.esp = esp(o.value(QLatin1String("esp")), path / "esp");
        s.users = list<User>(o, path, "users", [this](const QJsonValue &x, const Path &p) { return user(x, p); }, {},
                             kMaxUsersPerServer);
        s.clients = list<ClientPlatform>(
            o, path, "clients",
            [this](const QJsonValue &x, const Path &p) {
                return tokenItem<ClientPlatform>(x, p, clientPlatformFromToken, clientPlatformTokens);
            },
            s.clients);
        return s;
    }

    Project project(const QJsonDocument &doc)
    {
        Project p;
        const Path root;
        if (!doc.isObject()) {
            problem(root, Text::tr("expected an object, found %1").arg(doc.isArray() ? Text::tr("an array")
                                                                                           : Text::tr("nothing")));
            return p;
        }
        QJsonObject o;
        if (!object(doc.object(), root, {"format", "version", "name", "links", "l2tp_servers"}, {}, o))
            return p;
        const QJsonValue format = o.value(QLatin1String("format"));
        if (!format.isUndefined() && format != QJsonValue(QLatin1String(kProjectFormat)))
            problem(root / "format", Text::tr("expected \"%1\"; is this a Tunnelwright project?")
                                                  .arg(QLatin1String(kProjectFormat)));
        const QJsonValue version = o.value(QLatin1String("version"));
        if (!version.isUndefined()) {
            const auto n = integerValue(version, root / "version");
            if (n && *n != kProjectVersion)
                problem(root / "version",
                        Text::tr("version %1 is not supported; this program reads version %2").arg(*n).arg(kProjectVersion));
        }
        p.name = string(o, root, "name");
        p.links = list<SiteToSiteLink>(
            o, root, "links", [this](const QJsonValue &x, const Path &path) { return std::optional(link(x, path)); },
            {}, kMaxLinks);
        p.l2tpServers = list<L2tpServer>(
            o, root, "l2tp_servers",
            [this](const QJsonValue &x, const Path &path) { return std::optional(server(x, path)); }, {}, kMaxServers);
        return p;
    }
};

// ---- writing ------------------------------------------------------------------------------------

// Keys in spec order (QJsonObject would sort them), two-space indent, deterministic.
class Writer {
public:
    QByteArray out;

    void write(const Project &p)
    {
        open('{');
        key("format");
        str(QLatin1String(kProjectFormat));
        key("version");
        num(kProjectVersion);
        key("name");
        str(p.name);
        key("links");
        array(p.links, [this](const SiteToSiteLink &l) { link(l); });
        key("l2tp_servers");
        array(p.l2tpServers, [this](const L2tpServer &s) { server(s); });
        close('}');
        out += '\n';
    }

private:
    int m_depth = 0;
    bool m_first = true;

    void newline()
    {
        out += '\n';
        out += QByteArray(m_depth * 2, ' ');
    }
    void open(char c)
    {
        out += c;
        ++m_depth;
        m_first = true;
    }
    void close(char c)
    {
        --m_depth;
        if (!m_first)
            newline();
        out += c;
        m_first = false;
    }
    void item()
    {
        if (!m_first)
            out += ',';
        newline();
        m_first = false;
    }
    void key(const char *k)
    {
        item();
        out += '"';
        out += k;
        out += "\": ";
    }
    void str(const QString &s)
    {
        out += QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    void num(qint64 n) { out += QByteArray::number(n); }
    void boolean(bool b) { out += b ? "true" : "false"; }

    template <typename T, typename F> void array(const QList<T> &items, F each)
    {
        if (items.isEmpty()) {
            out += "[]";
            return;
        }
        open('[');
        for (const T &t : items) {
            item();
            each(t);
        }
        close(']');
    }
    // Short scalar lists stay on one line: ["aes256-cbc", "aes128-cbc"].
    template <typename T, typename F> void inlineArray(const QList<T> &items, F each)
    {
        out += '[';
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i)
                out += ", ";
            each(items[i]);
        }
        out += ']';
    }

    void ike(const IkeProposal &p)
    {
        open('{');
        key("version");
        num(int(p.version));
        if (p.mode) {
            key("mode");
            str(token(*p.mode));
        }
        algorithms(p.encryption, p.integrity);
        key("dh_groups");
        inlineArray(p.dhGroups, [this](DhGroup g) { num(token(g)); });
        key("lifetime_s");
        num(p.lifetimeS);
        close('}');
    }
    void algorithms(const QList<Encryption> &enc, const QList<Integrity> &integ)
    {
        key("encryption");
        inlineArray(enc, [this](Encryption e) { str(token(e)); });
        key("integrity");
        inlineArray(integ, [this](Integrity i) { str(token(i)); });
    }
    void esp(const EspProposal &p)
    {
        open('{');
        algorithms(p.encryption, p.integrity);
        key("pfs_group");
        if (p.pfsGroup)
            num(token(*p.pfsGroup));
        else
            out += "null";
        key("lifetime_s");
        num(p.lifetimeS);
        close('}');
    }
    void site(const Site &s)
    {
        open('{');
        key("name");
        str(s.name);
        key("platform");
        str(token(s.platform));
        key("wan_address");
        str(s.wanAddress);
        key("wan_interface");
        str(s.wanInterface);
        key("lan_subnets");
        inlineArray(s.lanSubnets, [this](const QString &x) { str(x); });
        key("nat_bypass");
        boolean(s.natBypass);
        key("firewall");
        boolean(s.firewall);
        if (s.lanInterface) {
            key("lan_interface");
            str(*s.lanInterface);
        }
        close('}');
    }
    void link(const SiteToSiteLink &l)
    {
        open('{');
        key("name");
        str(l.name);
        key("ike");
        ike(l.ike);
        key("esp");
        esp(l.esp);
        key("psk");
        str(l.psk);
        key("nat_traversal");
        boolean(l.natTraversal);
        key("a");
        site(l.a);
        key("b");
        site(l.b);
        close('}');
    }
    void server(const L2tpServer &s)
    {
        open('{');
        key("name");
        str(s.name);
        key("platform");
        str(token(s.platform));
        key("public_address");
        str(s.publicAddress);
        key("wan_interface");
        str(s.wanInterface);
        key("local_address");
        str(s.localAddress);
        key("pool");
        str(s.pool);
        key("dns_servers");
        inlineArray(s.dnsServers, [this](const QString &x) { str(x); });
        key("psk");
        str(s.psk);
        key("authentication");
        inlineArray(s.authentication, [this](PppAuth a) { str(token(a)); });
        key("mtu");
        num(s.mtu);
        if (s.ike) {
            key("ike");
            ike(*s.ike);
        }
        if (s.esp) {
            key("esp");
            esp(*s.esp);
        }
        key("users");
        array(s.users, [this](const User &u) {
            open('{');
            key("name");
            str(u.name);
            key("password");
            str(u.password);
            close('}');
        });
        key("clients");
        inlineArray(s.clients, [this](ClientPlatform c) { str(token(c)); });
        close('}');
    }
};

// What Qt's JSON parser lets through, found in one more pass over a document it parsed (strings,
// nesting and separators are then known to be well formed):
// - a byte below 0x20 inside a string: JSON (RFC 8259) wants it escaped, Qt takes it raw;
// - a member name twice in one object: QJsonDocument keeps the last without a word, so a second
//   "psk" would silently replace the first. Names are compared as written: "a" and "\u0061" count
//   as different, which no editor produces by accident.
struct JsonTextScan {
    qsizetype rawControlAt = -1; // the offset of the first raw control byte; the scan stops there
    QList<LoadProblem> duplicateKeys;
};

JsonTextScan scanJsonText(const QByteArray &json)
{
    struct Frame {
        bool object = false;
        bool expectKey = false;             // objects: the next string is a member name
        qsizetype index = 0;                // arrays: the element being read
        QByteArrayView key;                 // objects: the member being read
        QVarLengthArray<QByteArrayView, 12> keys;
    };
    QList<Frame> stack;
    JsonTextScan found;
    const auto pathOf = [&](QByteArrayView name) -> QString { // a QString, not a builder of temporaries
        QString path;
        for (const Frame &f : std::as_const(stack)) {
            if (&f == &stack.back())
                break;
            if (f.object)
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromUtf8(f.key);
            else
                path += QLatin1Char('[') + QString::number(f.index) + QLatin1Char(']');
        }
        return path + (path.isEmpty() ? QString() : QStringLiteral(".")) + QString::fromUtf8(name);
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        switch (json[i]) {
        case '{':
            stack.append(Frame{true, true, 0, {}, {}});
            break;
        case '[':
            stack.append(Frame{});
            break;
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty()) {
                if (stack.back().object)
                    stack.back().expectKey = true;
                else
                    ++stack.back().index;
            }
            break;
        case '"': {
            qsizetype end = i + 1;
            for (; end < n && json[end] != '"'; ++end) {
                if (json[end] == '\\') {
                    ++end; // the escaped character, whatever it is
                } else if (uchar(json[end]) < 0x20) {
                    found.rawControlAt = end;
                    return found;
                }
            }
            const QByteArrayView text(json.constData() + i + 1, std::min(end, n) - i - 1);
            if (!stack.isEmpty() && stack.back().object && stack.back().expectKey) {
                Frame &f = stack.back();
                f.expectKey = false;
                f.key = text;
                if (std::find(f.keys.begin(), f.keys.end(), text) != f.keys.end())
                    found.duplicateKeys << problemAt(pathOf(text), Text::tr("appears twice in the same object; only "
                                                                            "the last would count, so keep one"));
                else
                    f.keys.append(text);
            }
            i = end;
            break;
        }
        default:
            break;
        }
    }
    return found;
}

// A failed load: the problems as one line each, and apart for the caller who asked for them.
Result<Project> failed(const QList<LoadProblem> &found, QList<LoadProblem> *problems)
{
    if (problems)
        *problems = found;
    QStringList lines;
    for (const LoadProblem &p : found)
        lines << p.line();
    return Result<Project>::failure(lines.join(QLatin1Char('\n')));
}

} // namespace

Result<Project> parseProject(const QByteArray &json, QList<LoadProblem> *problems)
{
    if (json.size() > kMaxProjectBytes)
        return failed({{QString::fromLatin1(kDocumentPath), Text::tr("the project is %1 bytes; at most %2 are accepted")
                                                                .arg(json.size())
                                                                .arg(kMaxProjectBytes)}},
                      problems);
    // Line and column help more than a byte offset.
    const auto syntaxError = [&](qsizetype offset, const QString &what) {
        const QByteArray head = json.left(offset);
        const qsizetype line = head.count('\n') + 1;
        const qsizetype column = offset - (head.lastIndexOf('\n') + 1) + 1;
        return failed({{QString::fromLatin1(kDocumentPath),
                        Text::tr("not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(what)}},
                      problems);
    };
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return syntaxError(err.offset, err.errorString());
    JsonTextScan scan = scanJsonText(json);
    if (const qsizetype at = scan.rawControlAt; at >= 0)
        return syntaxError(at, Text::tr("a control character (U+%1) inside a string; JSON allows it only escaped, "
                                        "such as \\t or \\u0009")
                                   .arg(QString::number(uchar(json[at]), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    Reader r;
    r.problems = std::move(scan.duplicateKeys);
    Project p = r.project(doc);
    if (!r.problems.isEmpty())
        return failed(r.problems, problems);
    return p;
}

QByteArray serializeProject(const Project &project)
{
    Writer w;
    w.write(project);
    return w.out;
}

Result<Project> loadProjectFile(const QString &path) { return loadProjectFile(path, PassphraseProvider()); }

Result<Project> loadProjectFile(const QString &path, const PassphraseProvider &passphrase, DecryptFailure *failure,
                                QList<LoadProblem> *problems)
{
    if (failure)
        *failure = DecryptFailure::None;
    // Problems of the file itself are reported at its name.
    const auto fileFailed = [&](const QString &message) { return failed({{path, message}}, problems); };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileFailed(Text::tr("cannot open: %1").arg(f.errorString()));
    // A plain project may have kMaxProjectBytes. An encrypted one is base64, a third larger than the
    // project it holds (held to kMaxProjectBytes again once decrypted), and starts with its format.
    const auto tooLarge = [&](qint64 size) {
        return fileFailed(Text::tr("the file is %1 bytes; at most %2 are accepted").arg(size).arg(kMaxProjectBytes));
    };
    if (f.size() > kMaxEncryptedProjectBytes)
        return tooLarge(f.size());
    // size() is 0 for pipes and /proc files: the read is bounded as well.
    const QByteArray bytes = f.read(kMaxEncryptedProjectBytes + 1);
    if (bytes.size() > kMaxProjectBytes && (bytes.size() > kMaxEncryptedProjectBytes || !bytes.left(256).contains(kEncryptedFormat)))
        return tooLarge(bytes.size());
    if (!isEncryptedProject(bytes))
        return parseProject(bytes, problems);
    const std::optional<QString> phrase = passphrase ? passphrase() : std::nullopt;
    if (!phrase)
        return fileFailed(Text::tr("the project is encrypted; open it with its passphrase"));
    QList<LoadProblem> inside; // the decrypted project's problems, at their JSON paths
    auto p = decryptProject(bytes, *phrase, failure, &inside);
    if (!p) {
        QList<LoadProblem> found;
        if (!inside.isEmpty()) {
            found << LoadProblem{path, Text::tr("decrypts, but is not a valid project; its problems follow")} << inside;
        } else {
            for (const QString &line : p.error().split(QLatin1Char('\n'))) // the envelope's problems
                found << LoadProblem{path, line};
        }
        return failed(found, problems);
    }
    return p;
}

Result<bool> saveProjectFile(const QString &path, const Project &project)
{
    return writeFileAtomically(path, serializeProject(project), true);
}

Result<bool> saveEncryptedProjectFile(const QString &path, const Project &project, const QString &passphrase)
{
    const auto bytes = encryptProject(project, passphrase);
    if (!bytes)
        return Result<bool>::failure(QStringLiteral("%1: %2").arg(path, bytes.error()));
    return writeFileAtomically(path, *bytes, true);
}

} // namespace tw

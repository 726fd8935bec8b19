// Property test: hostile strings in every string field that reaches a configuration. For each
// (field, value) either `check` rejects the value with a clear finding on that field, or the
// rendered files carry it so that the router reads back exactly the original value and nothing
// else changes: RouterOS scripts are read back with a reader of RouterOS script syntax written here
// (and with ../shared/tools/rsc.py when python3 is there) and must have the same commands as a
// benign render; on Cisco IOS the value is one whole word of its line and the lines are those of
// the benign render with the value in place.

#include "TestSupport.h"

#include "model/Vocabulary.h"
#include "render/ProjectRenderer.h"
#include "validate/ProjectValidator.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <functional>
#include <random>

using namespace tw;

namespace {

// ---- a reader of RouterOS script syntax ------------------------------------------------------------
// The same reading as ../shared/tools/rsc.py (RouterOS Scripting manual): line continuations,
// comment lines, words, "strings" with escapes, [ ] and ( ) kept whole, statements split at ; { }.
// Stricter than RouterOS where our output must be: no raw $, ?, control or non-ASCII byte anywhere.

struct RscCommand {
    QString path; // "/ip/ipsec/identity"
    QString verb;
    QMap<QString, QByteArray> args; // value bytes, escapes resolved; positional ones under "_positional<N>"
    bool operator==(const RscCommand &) const = default;
};

std::optional<char> simpleEscape(char c)
{
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case '$': return '$';
    case '?': return '?';
    case '_': return ' ';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'v': return '\v';
    default: return std::nullopt;
    }
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Token {
    QByteArray text;
    bool quoted = false;
    char punct = 0; // ';', '{' or '}' for those tokens
};

QList<QByteArray> logicalLines(const QByteArray &text)
{
    QList<QByteArray> out;
    QByteArray buf;
    bool continuing = false;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!continuing && line.trimmed().startsWith('#'))
            continue;
        if (continuing) {
            qsizetype i = 0;
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            line = line.mid(i);
        }
        if (line.endsWith('\\') && !line.endsWith("\\\\")) {
            buf += line.chopped(1);
            continuing = true;
            continue;
        }
        out << buf + line;
        buf.clear();
        continuing = false;
    }
    if (!buf.isEmpty())
        out << buf;
    return out;
}

bool tokenize(const QByteArray &line, QList<Token> &toks, QString &error)
{
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = line[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x7F || (u < 0x20 && c != '\t')) {
            error = QStringLiteral("raw byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
            return false;
        }
        if (c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        if (c == ';' || c == '{' || c == '}') {
            toks << Token{{}, false, c};
            ++i;
            continue;
        }
        Token t;
        while (i < n && line[i] != ' ' && line[i] != '\t' && line[i] != ';' && line[i] != '{' && line[i] != '}') {
            const char ch = line[i];
            const auto uc = static_cast<unsigned char>(ch);
            if (uc >= 0x7F || uc < 0x20) {
                error = QStringLiteral("raw byte 0x%1").arg(uc, 2, 16, QLatin1Char('0'));
                return false;
            }
            if (ch == '"') {
                t.quoted = true;
                ++i;
                while (true) {
                    if (i >= n) {
                        error = QStringLiteral("unterminated string");
                        return false;
                    }
                    const char s = line[i];
                    const auto us = static_cast<unsigned char>(s);
                    if (us >= 0x7F || us < 0x20) {
                        error = QStringLiteral("raw byte 0x%1 inside a string").arg(us, 2, 16, QLatin1Char('0'));
                        return false;
                    }
                    if (s == '$' || s == '?') {
                        error = QStringLiteral("raw %1 inside a string").arg(QLatin1Char(s));
                        return false;
                    }
                    if (s == '"') {
                        ++i;
                        break;
                    }
                    if (s != '\\') {
                        t.text += s;
                        ++i;
                        continue;
                    }
                    if (i + 1 >= n) {
                        error = QStringLiteral("dangling backslash");
                        return false;
                    }
                    if (const auto e = simpleEscape(line[i + 1])) {
                        t.text += *e;
                        i += 2;
                        continue;
                    }
                    const int hi = i + 2 < n ? hexDigit(line[i + 1]) : -1;
                    const int lo = i + 2 < n ? hexDigit(line[i + 2]) : -1;
                    if (hi < 0 || lo < 0) {
                        error = QStringLiteral("unknown escape");
                        return false;
                    }
                    t.text += char(hi * 16 + lo);
                    i += 3;
                }
                continue;
            }
            if (ch == '[' || ch == '(') {
                int depth = 0;
                qsizetype j = i;
                for (; j < n; ++j) {
                    if (line[j] == '[' || line[j] == '(')
                        ++depth;
                    else if (line[j] == ']' || line[j] == ')') {
                        if (--depth == 0)
                            break;
                    }
                }
                t.text += line.mid(i, j + 1 - i);
                i = j + 1;
                continue;
            }
            if (ch == '$' || ch == '?') {
                error = QStringLiteral("raw %1 outside a string").arg(QLatin1Char(ch));
                return false;
            }
            t.text += ch;
            ++i;
        }
        toks << t;
    }
    return true;
}

const QSet<QByteArray> &verbs()
{
    static const QSet<QByteArray> v{"add", "set", "remove", "print", "find", "enable", "disable", "export", "import",
                                    "get", "unset", "edit", "comment", "move", "reset", "monitor"};
    return v;
}

// One statement at menu `path`: returns the menu for the next statement and appends a command.
QString statement(const QString &path, const QList<Token> &stmt, QList<RscCommand> &out)
{
    if (stmt.isEmpty() || stmt[0].text.startsWith(':') || stmt[0].text.contains('='))
        return path; // a scripting command or an argument of one: its blocks were split off
    const QByteArray first = stmt[0].text;
    QList<QByteArray> segs;
    for (const QByteArray &s : first.split('/'))
        if (!s.isEmpty())
            segs << s;
    QString base = first.startsWith('/') ? QString() : (path == QLatin1String("/") ? QString() : path);
    QList<Token> rest = stmt.mid(1);
    if (!segs.isEmpty() && verbs().contains(segs.last()))
        rest.prepend(Token{segs.takeLast(), false, 0});
    while (!rest.isEmpty() && !rest[0].text.contains('=') && !verbs().contains(rest[0].text) && !rest[0].quoted &&
           !rest[0].text.startsWith('['))
        segs << rest.takeFirst().text;
    QString target = base;
    for (const QByteArray &s : segs)
        target += QLatin1Char('/') + QString::fromLatin1(s);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (rest.isEmpty())
        return target; // a menu change
    RscCommand c;
    c.path = target;
    c.verb = QString::fromLatin1(rest[0].text);
    int positional = 0;
    for (const Token &t : rest.mid(1)) {
        const qsizetype eq = t.text.indexOf('=');
        if (eq > 0 && !t.text.startsWith('['))
            c.args.insert(QString::fromLatin1(t.text.left(eq)), t.text.mid(eq + 1));
        else
            c.args.insert(QStringLiteral("_positional%1").arg(positional++), t.text);
    }
    out << c;
    return path;
}

struct ReadScript {
    QList<RscCommand> commands;
    QString error;
};

ReadScript readScript(const QByteArray &text)
{
    ReadScript r;
    QString path = QStringLiteral("/");
    for (const QByteArray &line : logicalLines(text)) {
        QList<Token> toks;
        if (!tokenize(line, toks, r.error)) {
            r.error += QStringLiteral(" in: ") + QString::fromLatin1(line.left(160));
            return r;
        }
        QList<Token> stmt;
        toks << Token{{}, false, ';'};
        for (const Token &t : toks) {
            if (t.punct) {
                path = statement(path, stmt, r.commands);
                stmt.clear();
            } else {
                stmt << t;
            }
        }
    }
    return r;
}

// ---- hostile strings ----------------------------------------------------------------------------------

QStringList hostileStrings()
{
    QStringList out{
        QStringLiteral("a\"b\\$c;d?e{f}[g]"),
        QStringLiteral("\"; /system reset-configuration; #"),
        QStringLiteral("\"\n/system reboot\n#"),
        QStringLiteral("} else={/system reboot}"),
        QStringLiteral("[/system reboot]"),
        QStringLiteral("$(/system reboot)"),
        QStringLiteral("$x"),
        QStringLiteral("`reboot`"),
        QStringLiteral("a\nb"),
        QStringLiteral("a\r\n/system reboot"),
        QStringLiteral("tab\there"),
        QStringLiteral("\\"),
        QStringLiteral("abc\\"),
        QStringLiteral("line\\"),
        QStringLiteral("\\\\\\\""),
        QStringLiteral("#comment"),
        QStringLiteral("name=value other=x"),
        QStringLiteral("?"),
        QStringLiteral("a?b"),
        QStringLiteral("\\3F\\_\\n"),
        QStringLiteral(" "),
        QStringLiteral(""),
        QStringLiteral(" leading"),
        QStringLiteral("trailing "),
        QStringLiteral("0xdeadbeefcafe"),
        QStringLiteral("!bang-first-key"),
        QStringLiteral("key!with!bangs"),
        QStringLiteral("'single'quotes'"),
        QStringLiteral("a;b;c;d;e;f;g;h"),
        QStringLiteral("{}{}{}{}"),
        QStringLiteral("[][][][]"),
        QStringLiteral("%1%2%3%n%s%x"),
        QStringLiteral("ether1\n"),
        QStringLiteral("hq\n"),
        QStringLiteral("GigabitEthernet0/0\n"),
        QStringLiteral("vpn.example.com\n"),
        QStringLiteral("GigabitEthernet0/0 ; reload"),
        QStringLiteral("Gi0/0\ninterface Gi0/1"),
        QString::fromUtf8("B\xc3\xbcro-Schl\xc3\xbcssel"),
        QString::fromUtf8("\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c-12345"),
        QString::fromUtf8("\xe5\xaf\x86\xe7\xa0\x81\xe5\xaf\x86\xe7\xa0\x81"),
        QString::fromUtf8("\xf0\x9f\x94\x91key-emoji"),
        QString::fromUtf8("a\xe2\x80\xa8" "b"), // U+2028
        QString::fromUtf8("nb\xc2\xa0sp"),
        QString::fromUtf8("zero\xe2\x80\x8bwidth"),
        QString::fromUtf8("\x01\x1f\x7f"),
        QString(QChar(0)) + QStringLiteral("nul"),
    };
    // Every special character alone, first, last and inside an otherwise good value.
    const QString specials = QStringLiteral("\"\\$?;#{}[]()`'=!@%^&*|<>,:~+\n\t\r");
    for (QChar c : specials) {
        out << QStringLiteral("Key%1value9").arg(c) << QString(c) + QStringLiteral("Abcdefgh12") +
                   QStringLiteral("Abcdefgh12") + QString(c);
    }
    // Random mixes (fixed seed: the same strings every run).
    std::mt19937 rng(20240917);
    const QString alphabet = specials + QStringLiteral("abcXYZ019 -._/") + QString::fromUtf8("\xc3\xa9\xe2\x82\xac");
    for (int n = 0; n < 60; ++n) {
        const int len = 1 + int(rng() % 40);
        QString s;
        for (int i = 0; i < len; ++i)
            s += alphabet[int(rng() % alphabet.size())];
        out << s;
    }
    // Very long: over every limit, and a long value that some fields accept.
    QString longHostile;
    for (int i = 0; i < 400; ++i)
        longHostile += QStringLiteral("a\"b\\$c;d?e{f}[g]`h#");
    out << longHostile << QString(127, QLatin1Char('x')) + QStringLiteral("$") << QString(5000, QLatin1Char('A'));
    return out;
}

// ---- fields --------------------------------------------------------------------------------------------

struct Field {
    QString path;   // JSON path of the field
    bool secret;    // never shown in a finding
    QString benign; // the value in the base project: unique in the rendered files
    std::function<void(Project &, const QString &)> set;
    // Names and addresses are not written as typed: names are restricted to [A-Za-z][A-Za-z0-9_.-]
    // and composed into object names, addresses are parsed. Accepted values of those fields must be
    // made of safe characters only; all others are compared as they are written.
    bool verbatim() const
    {
        return path.endsWith(QLatin1String("psk")) || path.endsWith(QLatin1String("interface")) ||
               path.endsWith(QLatin1String("password"));
    }
};

// Base project: link 0 RouterOS 7 (a) <-> `bPlatform` (b), and one L2TP server on RouterOS 7.
Project baseProject(Platform bPlatform)
{
    Project p = twtest::sampleProject();
    SiteToSiteLink &l = p.links[0];
    l.psk = QStringLiteral("Mk7qTz3Lp9Vb2Nx5Wc8Rd4Hf6Jg0Ys1");
    l.a.wanInterface = QStringLiteral("wanmarker1");
    l.b.platform = bPlatform;
    if (bPlatform == Platform::CiscoIos) {
        l.b.wanInterface = QStringLiteral("GigabitEthernet0/7");
        l.b.lanInterface = QStringLiteral("GigabitEthernet0/8");
    } else {
        l.b.wanInterface = QStringLiteral("wanmarker2");
        l.b.lanInterface.reset();
    }
    L2tpServer s;
    s.name = QStringLiteral("office");
    s.platform = Platform::RouterOs7;
    s.publicAddress = QStringLiteral("vpn.example.com");
    s.wanInterface = QStringLiteral("wanmarker3");
    s.localAddress = QStringLiteral("172.31.86.254");
    s.pool = QStringLiteral("172.31.86.1-172.31.86.14");
    s.dnsServers = {QStringLiteral("9.9.9.9")};
    s.psk = QStringLiteral("Qv8Zr2Tn6Ls4Kx9Pw3Mj7Hb5Fd1Gc0Ye");
    s.users = {User{QStringLiteral("alice"), QStringLiteral("Pw4Marker8Zq2Lk7Vb")}};
    if (bPlatform != Platform::CiscoIos)
        p.l2tpServers << s;
    return p;
}

QList<Field> fields(Platform bPlatform)
{
    QList<Field> f{
        {QStringLiteral("name"), false, QStringLiteral("sample"), [](Project &p, const QString &v) { p.name = v; }},
        {QStringLiteral("links[0].name"), false, QStringLiteral("hq-branch"), [](Project &p, const QString &v) { p.links[0].name = v; }},
        {QStringLiteral("links[0].a.name"), false, QStringLiteral("hq"), [](Project &p, const QString &v) { p.links[0].a.name = v; }},
        {QStringLiteral("links[0].b.name"), false, QStringLiteral("branch"), [](Project &p, const QString &v) { p.links[0].b.name = v; }},
        {QStringLiteral("links[0].psk"), true, QStringLiteral("Mk7qTz3Lp9Vb2Nx5Wc8Rd4Hf6Jg0Ys1"),
         [](Project &p, const QString &v) { p.links[0].psk = v; }},
        {QStringLiteral("links[0].a.wan_interface"), false, QStringLiteral("wanmarker1"),
         [](Project &p, const QString &v) { p.links[0].a.wanInterface = v; }},
        {QStringLiteral("links[0].a.wan_address"), false, QStringLiteral("198.51.100.2"),
         [](Project &p, const QString &v) { p.links[0].a.wanAddress = v; }},
        {QStringLiteral("links[0].a.lan_subnets[0]"), false, QStringLiteral("192.168.88.0/24"),
         [](Project &p, const QString &v) { p.links[0].a.lanSubnets[0] = v; }},
        {QStringLiteral("links[0].b.wan_interface"), false,
         bPlatform == Platform::CiscoIos ? QStringLiteral("GigabitEthernet0/7") : QStringLiteral("wanmarker2"),
         [](Project &p, const QString &v) { p.links[0].b.wanInterface = v; }},
    };
    if (bPlatform == Platform::CiscoIos) {
        f << Field{QStringLiteral("links[0].b.lan_interface"), false, QStringLiteral("GigabitEthernet0/8"),
                   [](Project &p, const QString &v) { p.links[0].b.lanInterface = v; }};
        return f;
    }
    f << Field{QStringLiteral("l2tp_servers[0].name"), false, QStringLiteral("office"),
               [](Project &p, const QString &v) { p.l2tpServers[0].name = v; }}
      << Field{QStringLiteral("l2tp_servers[0].public_address"), false, QStringLiteral("vpn.example.com"),
               [](Project &p, const QString &v) { p.l2tpServers[0].publicAddress = v; }}
      << Field{QStringLiteral("l2tp_servers[0].wan_interface"), false, QStringLiteral("wanmarker3"),
               [](Project &p, const QString &v) { p.l2tpServers[0].wanInterface = v; }}
      << Field{QStringLiteral("l2tp_servers[0].local_address"), false, QStringLiteral("172.31.86.254"),
               [](Project &p, const QString &v) { p.l2tpServers[0].localAddress = v; }}
      << Field{QStringLiteral("l2tp_servers[0].pool"), false, QStringLiteral("172.31.86.1-172.31.86.14"),
               [](Project &p, const QString &v) { p.l2tpServers[0].pool = v; }}
      << Field{QStringLiteral("l2tp_servers[0].dns_servers[0]"), false, QStringLiteral("9.9.9.9"),
               [](Project &p, const QString &v) { p.l2tpServers[0].dnsServers[0] = v; }}
      << Field{QStringLiteral("l2tp_servers[0].psk"), true, QStringLiteral("Qv8Zr2Tn6Ls4Kx9Pw3Mj7Hb5Fd1Gc0Ye"),
               [](Project &p, const QString &v) { p.l2tpServers[0].psk = v; }}
      << Field{QStringLiteral("l2tp_servers[0].users[0].name"), false, QStringLiteral("alice"),
               [](Project &p, const QString &v) { p.l2tpServers[0].users[0].name = v; }}
      << Field{QStringLiteral("l2tp_servers[0].users[0].password"), true, QStringLiteral("Pw4Marker8Zq2Lk7Vb"),
               [](Project &p, const QString &v) { p.l2tpServers[0].users[0].password = v; }};
    return f;
}

bool isRouterOsScript(const RenderedFile &f)
{
    return f.kind == FileKind::RouterOsScript || f.kind == FileKind::RouterOsRollback;
}
bool isCiscoConfig(const RenderedFile &f) { return f.kind == FileKind::CiscoIosConfig || f.kind == FileKind::CiscoIosRollback; }

bool isCiscoText(const RenderedFile &f) { return f.platform == Platform::CiscoIos && f.kind == FileKind::Troubleshooting; }

bool sameFile(const RenderedFile &a, const RenderedFile &b)
{
    return a.kind == b.kind && a.object == b.object && a.site == b.site && a.platform == b.platform;
}

bool onlySafeCharacters(const QString &s)
{
    for (QChar c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && !QStringLiteral(".-_:/").contains(c))
            return false;
    return !s.isEmpty();
}

// RouterOS: same commands as the benign render, with the value read back exactly where the benign
// value was, and nothing else changed.
void compareRouterOs(const RenderedFile &benign, const RenderedFile &hostile, const QString &benignValue,
                     const QString &value, int &readBacks)
{
    const ReadScript b = readScript(benign.bytes);
    REQUIRE(b.error.isEmpty());
    const ReadScript h = readScript(hostile.bytes);
    INFO("file " << hostile.path.toStdString());
    REQUIRE(h.error.toStdString() == "");
    REQUIRE(h.commands.size() == b.commands.size());
    const QByteArray want = value.toUtf8();
    for (qsizetype i = 0; i < b.commands.size(); ++i) {
        const RscCommand &bc = b.commands[i];
        const RscCommand &hc = h.commands[i];
        INFO("command " << i << ": " << bc.path.toStdString() << " " << bc.verb.toStdString());
        CHECK(hc.path == bc.path);
        CHECK(hc.verb == bc.verb);
        CHECK(hc.args.keys() == bc.args.keys());
        for (auto it = bc.args.begin(); it != bc.args.end(); ++it) {
            const QByteArray got = hc.args.value(it.key());
            if (it.value() == benignValue.toUtf8()) {
                CHECK(got == want);
                ++readBacks;
            } else {
                CHECK(got.toStdString() == it.value().toStdString());
            }
        }
    }
}

// IOS: same lines as the benign render with the value in place of the benign one, and on every
// configuration line the value is one whole word.
void compareCisco(const RenderedFile &benign, const RenderedFile &hostile, const QString &benignValue, const QString &value,
                  int &readBacks)
{
    const bool config = isCiscoConfig(benign);
    INFO("file " << hostile.path.toStdString());
    const QList<QByteArray> bl = benign.bytes.split('\n');
    const QList<QByteArray> hl = hostile.bytes.split('\n');
    REQUIRE(hl.size() == bl.size());
    const QByteArray from = benignValue.toUtf8(), to = value.toUtf8();
    for (qsizetype i = 0; i < bl.size(); ++i) {
        QByteArray expected = bl[i];
        expected.replace(from, to);
        CHECK(hl[i].toStdString() == expected.toStdString());
        if (!config || !bl[i].contains(from) || bl[i].trimmed().startsWith('!'))
            continue;
        CHECK(bl[i].split(' ').contains(from)); // the benign value is a whole word: so is the hostile one
        CHECK(hl[i].split(' ').contains(to));
        ++readBacks;
    }
}

// The (key, value) pairs of an Apple property list; <data> values decoded from base64.
QList<QPair<QString, QByteArray>> plistValues(const QByteArray &bytes, QString &error)
{
    QList<QPair<QString, QByteArray>> out;
    QXmlStreamReader x(bytes);
    QString key;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = x.name().toString();
        if (name == QLatin1String("key"))
            key = x.readElementText();
        else if (name == QLatin1String("string"))
            out << qMakePair(key, x.readElementText().toUtf8());
        else if (name == QLatin1String("data"))
            out << qMakePair(key, QByteArray::fromBase64(x.readElementText().toLatin1()));
    }
    if (x.hasError())
        error = x.errorString();
    return out;
}

// Apple profile: the same keys and values as the benign one, the field's value read back exactly
// (identifiers derived from the content may differ).
void compareProfile(const RenderedFile &benign, const RenderedFile &hostile, const QString &benignValue, const QString &value,
                    int &readBacks)
{
    INFO("file " << hostile.path.toStdString());
    QString be, he;
    const auto b = plistValues(benign.bytes, be);
    const auto h = plistValues(hostile.bytes, he);
    REQUIRE(be.isEmpty());
    REQUIRE(he.toStdString() == "");
    REQUIRE(h.size() == b.size());
    for (qsizetype i = 0; i < b.size(); ++i) {
        INFO("key " << b[i].first.toStdString());
        CHECK(h[i].first == b[i].first);
        if (b[i].second == benignValue.toUtf8()) {
            CHECK(h[i].second == value.toUtf8());
            ++readBacks;
        } else if (!b[i].first.endsWith(QLatin1String("UUID"))) {
            CHECK(h[i].second.toStdString() == b[i].second.toStdString());
        }
    }
}

bool isOneLine(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    return true;
}

struct Accepted {
    QString label;
    QByteArray bytes;
    QList<RscCommand> commands;
};

void runHostile(Platform bPlatform, QList<Accepted> &forRscPy)
{
    const Project base = baseProject(bPlatform);
    const RenderResult benign = renderProject(base);
    REQUIRE(benign.output);
    const QList<RenderedFile> &benignFiles = benign.output->files;
    int rejected = 0, accepted = 0, readBacks = 0;
    const QStringList common = hostileStrings();
    for (const Field &field : fields(bPlatform)) {
        // The field's own good value with something hostile around it.
        QStringList values = common;
        for (const QString &around : {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral(" "), QStringLiteral("\t"),
                                      QStringLiteral("\""), QStringLiteral("$x"), QStringLiteral(";/system reboot"),
                                      QString(QChar::LineSeparator), QString(QChar(0))})
            values << field.benign + around << around + field.benign;
        for (const QString &value : values) {
            if (value == field.benign)
                continue;
            Project p = base;
            field.set(p, value);
            INFO("field " << field.path.toStdString() << " = "
                          << QString::fromLatin1(value.toUtf8().toPercentEncoding()).left(200).toStdString());
            const RenderResult r = renderProject(p);
            bool errorOnField = false;
            for (const Finding &f : r.findings) {
                CHECK(isOneLine(f.message));
                CHECK(isOneLine(f.path));
                if (field.secret && value.size() >= 4)
                    CHECK_FALSE(f.message.contains(value));
                if (f.severity == Severity::Error && (f.path == field.path || f.path.startsWith(field.path + QLatin1Char('.'))))
                    errorOnField = true;
            }
            if (!r.output) {
                // Rejected: with an error on this very field.
                CHECK(errorOnField);
                ++rejected;
                continue;
            }
            ++accepted;
            if (!field.verbatim()) {
                CHECK(onlySafeCharacters(value));
                continue;
            }
            const QList<RenderedFile> &files = r.output->files;
            REQUIRE(files.size() == benignFiles.size());
            for (qsizetype i = 0; i < files.size(); ++i) {
                const RenderedFile &h = files[i];
                const RenderedFile &b = benignFiles[i];
                REQUIRE(sameFile(h, b));
                if (isRouterOsScript(h)) {
                    compareRouterOs(b, h, field.benign, value, readBacks);
                    forRscPy << Accepted{field.path + QLatin1Char(' ') + h.path, h.bytes, readScript(h.bytes).commands};
                } else if (isCiscoConfig(h) || isCiscoText(h)) {
                    compareCisco(b, h, field.benign, value, readBacks);
                } else if (h.kind == FileKind::AppleMobileconfig) {
                    compareProfile(b, h, field.benign, value, readBacks);
                }
            }
        }
    }
    WARN(token(bPlatform).toStdString() << " side b: " << rejected << " values rejected by check, " << accepted
                                        << " rendered, " << readBacks << " values read back");
    CHECK(rejected > 0);
    CHECK(accepted > 0);
    CHECK(readBacks > 0);
}

// Reads every script with ../shared/tools/rsc.py and compares with the reader above.
void crossCheckWithRscPy(const QList<Accepted> &scripts)
{
    const QString tools = twtest::sharedDir() + QStringLiteral("/tools");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || !QFileInfo::exists(tools + QStringLiteral("/rsc.py"))) {
        WARN("python3 or ../shared/tools/rsc.py not found: skipped the cross-check with rsc.py");
        return;
    }
    QTemporaryDir dir;
    QJsonArray names;
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        QFile f(dir.filePath(QStringLiteral("%1.rsc").arg(i)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(scripts[i].bytes);
        names << f.fileName();
    }
    const QString code = QStringLiteral(
        "import json, sys\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import rsc\n"
        "out = []\n"
        "for name in json.load(open(sys.argv[2])):\n"
        "    cmds = []\n"
        "    for path, verb, args, line in rsc.commands(open(name, encoding='latin-1').read()):\n"
        "        a = {}\n"
        "        for k, v in args.items():\n"
        "            if k == '_positional':\n"
        "                for i, p in enumerate(v):\n"
        "                    a['_positional%d' % i] = p.encode('latin-1').hex()\n"
        "            else:\n"
        "                a[k] = v.encode('latin-1').hex()\n"
        "        cmds.append([path, verb, a])\n"
        "    out.append(cmds)\n"
        "print(json.dumps(out))\n");
    QFile list(dir.filePath(QStringLiteral("names.json")));
    REQUIRE(list.open(QIODevice::WriteOnly));
    list.write(QJsonDocument(names).toJson());
    list.close();
    QProcess proc;
    proc.start(python, {QStringLiteral("-c"), code, tools, list.fileName()});
    REQUIRE(proc.waitForFinished(300000));
    INFO(proc.readAllStandardError().toStdString());
    REQUIRE(proc.exitCode() == 0);
    const QJsonArray all = QJsonDocument::fromJson(proc.readAllStandardOutput()).array();
    REQUIRE(all.size() == scripts.size());
    for (qsizetype i = 0; i < scripts.size(); ++i) {
        INFO(scripts[i].label.toStdString());
        QList<RscCommand> theirs;
        for (const auto &c : all[i].toArray()) {
            RscCommand rc;
            rc.path = c.toArray()[0].toString();
            rc.verb = c.toArray()[1].toString();
            const QJsonObject args = c.toArray()[2].toObject();
            for (auto it = args.begin(); it != args.end(); ++it)
                rc.args.insert(it.key(), QByteArray::fromHex(it.value().toString().toLatin1()));
            theirs << rc;
        }
        REQUIRE(theirs.size() == scripts[i].commands.size());
        for (qsizetype j = 0; j < theirs.size(); ++j) {
            INFO("command " << j);
            CHECK(theirs[j].path == scripts[i].commands[j].path);
            CHECK(theirs[j].verb == scripts[i].commands[j].verb);
            CHECK(theirs[j].args == scripts[i].commands[j].args);
        }
    }
}

} // namespace

TEST_CASE("the RouterOS script reader of this test reads what it should", "[hostile]")
{
    const ReadScript r = readScript("# comment\n/ip ipsec identity add peer=tw-x secret=\"a\\\"b\\\\\\$c;d\\3Fe{f}[g]\\C3\\BC\" "
                                    "comment=tunnelwright:x\n"
                                    ":if ([:len [/ip firewall filter find dynamic=no]] = 0) do={/ip firewall filter add "
                                    "chain=input} \\\n    else={/ip firewall filter add chain=input place-before=[:pick "
                                    "[/ip firewall filter find dynamic=no] 0]}\n/ip ipsec policy remove [find comment=\"x\"]\n");
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.commands.size() == 4);
    CHECK(r.commands[0].path == QLatin1String("/ip/ipsec/identity"));
    CHECK(r.commands[0].args.value(QStringLiteral("secret")) == QByteArray("a\"b\\$c;d?e{f}[g]\xc3\xbc"));
    CHECK(r.commands[1].path == QLatin1String("/ip/firewall/filter"));
    CHECK(r.commands[2].args.contains(QStringLiteral("place-before")));
    CHECK(r.commands[3].args.value(QStringLiteral("_positional0")) == QByteArray("[find comment=\"x\"]"));
    // What must never pass.
    CHECK_FALSE(readScript("/ppp secret add password=\"a$b\"\n").error.isEmpty());
    CHECK_FALSE(readScript("/ppp secret add password=\"a\n").error.isEmpty());
    CHECK_FALSE(readScript("/ppp secret add password=\"\xc3\xbc\"\n").error.isEmpty());
    CHECK(readScript("/ppp secret add password=a\n/ip address add address=192.0.2.1/24\n").commands.size() == 2);
}

TEST_CASE("hostile strings: rejected by check or read back exactly (RouterOS 7 <-> RouterOS 6, L2TP)", "[hostile]")
{
    QList<Accepted> scripts;
    runHostile(Platform::RouterOs6, scripts);
    crossCheckWithRscPy(scripts);
}

TEST_CASE("hostile strings: rejected by check or one whole word on IOS (RouterOS 7 <-> Cisco IOS)", "[hostile]")
{
    QList<Accepted> scripts;
    runHostile(Platform::CiscoIos, scripts);
    crossCheckWithRscPy(scripts);
}

// RouterOsQuote: hostile strings must read back byte for byte and never add a command. Checked with
// a small reader of RouterOS string syntax written here, and with the linter's tokenizer (rsc.py)
// when python3 is available.

#include "TestSupport.h"

#include "render/routeros/RouterOsQuote.h"
#include "render/routeros/RouterOsScriptWriter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

using tw::routeros::RouterOsQuote;

namespace {

// The escapes of the RouterOS Scripting manual ("Constant Escape Sequences"), checked before \HH
// exactly as RouterOS does: that is why \a \b \f must never start a hex escape.
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
    return -1; // lowercase is not accepted: \a \b \f mean something else
}

struct ReadBack {
    QByteArray value;
    qsizetype end = 0; // index just past the value
    QString error;
};

// Reads the value starting at `pos` of a command line the way RouterOS does: a bare word up to a
// space, `;` or the end, or a quoted string with escapes. A raw `$` inside quotes (variable
// reference), a raw `?`, a control byte or a non-ASCII byte is an error for our output.
ReadBack readValue(const QByteArray &line, qsizetype pos)
{
    ReadBack r;
    if (pos >= line.size() || line[pos] != '"') {
        qsizetype i = pos;
        while (i < line.size() && line[i] != ' ' && line[i] != ';' && line[i] != '\t')
            ++i;
        r.value = line.mid(pos, i - pos);
        r.end = i;
        return r;
    }
    qsizetype i = pos + 1;
    while (true) {
        if (i >= line.size()) {
            r.error = QStringLiteral("unterminated string");
            return r;
        }
        const char c = line[i];
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7F) {
            r.error = QStringLiteral("raw byte 0x%1 inside the string").arg(u, 2, 16, QLatin1Char('0'));
            return r;
        }
        if (c == '"') {
            r.end = i + 1;
            return r;
        }
        if (c == '$' || c == '?') {
            r.error = QStringLiteral("raw %1 inside the string").arg(QLatin1Char(c));
            return r;
        }
        if (c != '\\') {
            r.value += c;
            ++i;
            continue;
        }
        if (i + 1 >= line.size()) {
            r.error = QStringLiteral("dangling backslash");
            return r;
        }
        if (const auto e = simpleEscape(line[i + 1])) {
            r.value += *e;
            i += 2;
            continue;
        }
        const int hi = i + 2 < line.size() ? hexDigit(line[i + 1]) : -1;
        const int lo = i + 2 < line.size() ? hexDigit(line[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
            r.error = QStringLiteral("unknown escape");
            return r;
        }
        r.value += char(hi * 16 + lo);
        i += 3;
    }
}

QList<QString> hostileStrings()
{
    QString longOne;
    for (int i = 0; i < 300; ++i)
        longOne += QStringLiteral("a\"b\\$c;d?e{f}[g]`h#\n\u00e9");
    return {
        QStringLiteral("a\"b\\$c;d?e{f}[g]"),
        QStringLiteral("\""),
        QStringLiteral("\\"),
        QStringLiteral("\\\\"),
        QStringLiteral("abc\\"),
        QStringLiteral("\\\""),
        QStringLiteral("$x"),
        QStringLiteral("$(/system reset-configuration)"),
        QStringLiteral("$[:put 1]"),
        QStringLiteral("\"; /system reset-configuration; #"),
        QStringLiteral("} else={/system reboot}"),
        QStringLiteral("[/system reboot]"),
        QStringLiteral("]"),
        QStringLiteral("`reboot`"),
        QStringLiteral("a\nb"),
        QStringLiteral("a\r\n/system reboot"),
        QStringLiteral("tab\there"),
        QString::fromUtf8("\x01\x1f\x7f"),
        QStringLiteral("line\\"),
        QStringLiteral("#not a comment"),
        QStringLiteral("name=value other=x"),
        QStringLiteral("?"),
        QStringLiteral("??help"),
        QStringLiteral("\\3F"),
        QStringLiteral("\\_\\n"),
        QStringLiteral("%1 %2"),
        QStringLiteral(" "),
        QStringLiteral(""),
        QStringLiteral("ether1 \"wan\""),
        QString::fromUtf8("B\xc3\xbcro"),
        QString::fromUtf8("\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c"),
        QString::fromUtf8("\xe5\xaf\x86\xe7\xa0\x81"),
        QString::fromUtf8("\xf0\x9f\x94\x91key"),
        QString::fromUtf8("a\xe2\x80\xa8" "b"), // U+2028 LINE SEPARATOR
        QString::fromUtf8("nb\xc2\xa0sp"),
        QStringLiteral("0x41"),
        longOne,
    };
}

} // namespace

TEST_CASE("RouterOS plain tokens stay as they are", "[routeros]")
{
    for (const char *s : {"ether1", "tw-hq-branch", "a.b_c-d", "0", "X", "sha256", "pre-shared-key"}) {
        INFO(s);
        CHECK(RouterOsQuote::isPlain(QString::fromLatin1(s)));
        CHECK(RouterOsQuote::value(QString::fromLatin1(s)) == QString::fromLatin1(s));
    }
    CHECK_FALSE(RouterOsQuote::isPlain(QString()));
    CHECK(RouterOsQuote::value(QString()) == QStringLiteral("\"\""));
}

TEST_CASE("RouterOS quoting: exact escapes", "[routeros]")
{
    struct Row {
        QString in;
        QString out;
    };
    const Row rows[] = {
        {QStringLiteral("a\"b\\$c;d?e{f}[g]"), QStringLiteral("\"a\\\"b\\\\\\$c;d\\3Fe{f}[g]\"")},
        {QStringLiteral("tunnelwright:hq-branch"), QStringLiteral("\"tunnelwright:hq-branch\"")},
        {QStringLiteral("a\nb"), QStringLiteral("\"a\\0Ab\"")},
        {QStringLiteral("tab\t"), QStringLiteral("\"tab\\09\"")},
        {QString::fromUtf8("B\xc3\xbcro"), QStringLiteral("\"B\\C3\\BCro\"")},
        {QString::fromUtf8("\x7f"), QStringLiteral("\"\\7F\"")},
        {QStringLiteral("WAN (fibre)"), QStringLiteral("\"WAN (fibre)\"")},
        {QStringLiteral("\\3F"), QStringLiteral("\"\\\\3F\"")},
    };
    for (const Row &r : rows) {
        INFO(r.in.toStdString());
        CHECK(RouterOsQuote::value(r.in) == r.out);
    }
}

TEST_CASE("RouterOS bare words for composed values", "[routeros]")
{
    CHECK(RouterOsQuote::word(QStringLiteral("aes-256,aes-128")) == QStringLiteral("aes-256,aes-128"));
    CHECK(RouterOsQuote::word(QStringLiteral("192.168.88.0/24")) == QStringLiteral("192.168.88.0/24"));
    CHECK(RouterOsQuote::word(QStringLiteral("2001:db8::/64")) == QStringLiteral("2001:db8::/64"));
    CHECK(RouterOsQuote::word(QStringLiteral("a b")) == QStringLiteral("\"a b\""));
    CHECK(RouterOsQuote::word(QString()) == QStringLiteral("\"\""));
}

TEST_CASE("RouterOS quoting: hostile strings read back exactly and add no command", "[routeros]")
{
    for (const QString &s : hostileStrings()) {
        INFO("value: " << s.left(80).toStdString());
        const QString quoted = RouterOsQuote::value(s);
        const QByteArray line = QByteArrayLiteral("/ip ipsec identity add secret=") + quoted.toUtf8() +
                                QByteArrayLiteral(" comment=end");
        // One physical line of plain ASCII, never ending in a joining backslash.
        for (const char c : line) {
            const auto u = static_cast<unsigned char>(c);
            CHECK((u >= 0x20 && u < 0x7F));
        }
        const qsizetype start = line.indexOf("secret=") + 7;
        const ReadBack r = readValue(line, start);
        INFO("quoted: " << quoted.left(120).toStdString());
        REQUIRE(r.error.isEmpty());
        CHECK(r.value == s.toUtf8());
        CHECK(line.mid(r.end) == QByteArrayLiteral(" comment=end"));
    }
}

TEST_CASE("RouterOS plain and bare-word sets: every code unit", "[routeros]")
{
    // Each code unit at every place of values of every length up to 17 (the sets are tested one
    // unit, four and eight at a time, the last chunk overlapping), against the sets written out
    // here a second time.
    const auto plain = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' ||
               c == u'_' || c == u'-';
    };
    const auto bare = [&](char16_t c) { return plain(c) || c == u':' || c == u'/' || c == u','; };
    int mismatches = 0;
    for (qsizetype length = 1; length <= 17; ++length) {
        QString text(length, u'a');
        for (qsizetype at = 0; at < length; ++at) {
            for (char32_t u = 0; u <= 0xFFFF; ++u) {
                text[at] = QChar(char16_t(u));
                mismatches += RouterOsQuote::isPlain(text) != plain(char16_t(u));
                mismatches += RouterOsQuote::isBareWord(text) != bare(char16_t(u));
            }
            text[at] = u'a';
        }
    }
    CHECK(mismatches == 0);
    CHECK_FALSE(RouterOsQuote::isPlain(u""));
    CHECK_FALSE(RouterOsQuote::isBareWord(u""));
}

TEST_CASE("RouterOS quoting: value/word give what appendValue/appendWord write", "[routeros]")
{
    // value() and word() take shortcuts for plain and printable text; scripts use the appending forms.
    QStringList inputs = hostileStrings();
    inputs << QStringLiteral("tunnelwright:hq-branch") << QStringLiteral("aes-256,aes-128")
           << QStringLiteral("2001:db8::/64") << QStringLiteral("WAN (fibre)") << QStringLiteral("ether1");
    for (const QString &s : inputs) {
        INFO("text: " << s.left(80).toStdString());
        tw::TextBuilder value, word;
        RouterOsQuote::appendValue(value, s);
        RouterOsQuote::appendWord(word, s);
        CHECK(RouterOsQuote::value(s).toUtf8() == value.take());
        CHECK(RouterOsQuote::word(s).toUtf8() == word.take());
    }
}

TEST_CASE("RouterOS quoting: the bytes written are checked at every place", "[routeros]")
{
    // appendWord and appendValue write a value as it would stand bare, then check the bytes they
    // wrote (sixteen, eight or four at a time, the last chunk overlapping) and write it again quoted
    // when it may not stand so. Every ASCII unit and a few others at every place of values of every
    // length up to 40, after text already written, against word() and value(), which check the
    // UTF-16 text instead.
    QList<char16_t> units;
    for (char16_t u = 0; u < 0x80; ++u)
        units << u;
    units << u'\u0080' << u'\u00e9' << u'\u0141' << u'\u2061' << u'\uffff';
    int mismatches = 0;
    for (qsizetype length = 1; length <= 40; ++length) {
        QString text(length, u'a');
        for (qsizetype at = 0; at < length; ++at) {
            for (const char16_t u : units) {
                text[at] = QChar(u);
                tw::TextBuilder word, value;
                word << "name=";
                value << "name=";
                RouterOsQuote::appendWord(word, text);
                RouterOsQuote::appendValue(value, text);
                mismatches += word.take() != "name=" + RouterOsQuote::word(text).toUtf8();
                mismatches += value.take() != "name=" + RouterOsQuote::value(text).toUtf8();
            }
            text[at] = u'a';
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("RouterOS quoting: the linter's tokenizer reads the same bytes", "[routeros]")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString tools = twtest::sharedDir() + QStringLiteral("/tools");
    if (python.isEmpty() || !QFile::exists(tools + QStringLiteral("/rsc.py"))) {
        WARN("skipped: rsc.py or python3 not found");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<QString> strings = hostileStrings();
    QByteArray script;
    for (int i = 0; i < strings.size(); ++i)
        script += "/ip ipsec identity add secret=" + RouterOsQuote::value(strings[i]).toUtf8() + " comment=c" +
                  QByteArray::number(i) + "\n";
    const QString path = dir.filePath(QStringLiteral("q.rsc"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(script);
    f.close();

    const QString program = QStringLiteral(
        "import sys\n"
        "sys.path.insert(0, sys.argv[2])\n"
        "import rsc\n"
        "for path, verb, args, line in rsc.commands(open(sys.argv[1], encoding='utf-8').read()):\n"
        "    print(path, verb, args.get('comment', ''), args.get('secret', '').encode('latin-1').hex(), len(args))\n");
    QProcess proc;
    proc.start(python, {QStringLiteral("-c"), program, path, tools});
    REQUIRE(proc.waitForFinished(60000));
    INFO(QString::fromUtf8(proc.readAllStandardError()).toStdString());
    REQUIRE(proc.exitCode() == 0);
    const QList<QByteArray> lines = proc.readAllStandardOutput().trimmed().split('\n');
    REQUIRE(lines.size() == strings.size()); // no command more, no command less
    for (int i = 0; i < strings.size(); ++i) {
        INFO("value: " << strings[i].left(80).toStdString());
        const QList<QByteArray> cols = lines[i].split(' ');
        REQUIRE(cols.size() == 5);
        CHECK(cols[0] == "/ip/ipsec/identity");
        CHECK(cols[1] == "add");
        CHECK(cols[2] == "c" + QByteArray::number(i));
        CHECK(cols[3] == strings[i].toUtf8().toHex());
        CHECK(cols[4] == "2");
    }
}

TEST_CASE("RouterOS script writer: comments stay comments, placement is guarded", "[routeros]")
{
    using tw::routeros::RouterOsScriptWriter;
    using tw::routeros::RouterOsValueSet;
    RouterOsValueSet set;
    const RouterOsValueSet::Id name = set.text(u"a b"), ranges = set.word(u"10.0.0.1-10.0.0.9"),
                               comment = set.text(u"caf\u00e9 $x"), find = set.findBy("comment", u"tunnelwright:x");
    RouterOsScriptWriter w;
    w.comment("# ours\n#\n");
    w.blank();
    w.command("/ip pool add name=%1 ranges=%2 comment=%3 %4 disabled=no", {set[name], set[ranges], set[comment], set[find]});
    w.startCommand("/ip pool set %1", {set[find]});
    w.addArguments(" name=%1 comment=\"\"", {set[name]});
    w.endCommand();
    w.addAtTop(tw::routeros::kIpNatTable, " chain=srcnat", {});
    CHECK(w.take() == "# ours\n#\n\n"
                      "/ip pool add name=\"a b\" ranges=10.0.0.1-10.0.0.9 comment=\"caf\\C3\\A9 \\$x\" "
                      "[find comment=\"tunnelwright:x\"] disabled=no\n"
                      "/ip pool set [find comment=\"tunnelwright:x\"] name=\"a b\" comment=\"\"\n"
                      ":if ([:len [/ip firewall nat find dynamic=no]] = 0) do={/ip firewall nat add chain=srcnat} \\\n"
                      "    else={/ip firewall nat add chain=srcnat place-before=[:pick [/ip firewall nat find dynamic=no] 0]}\n");

    // A value of the set is written as RouterOsQuote writes it, and a set that grows or is cleared
    // keeps what its Ids name.
    const QString values[] = {QStringLiteral("tunnelwright:x"), QStringLiteral("plain"), QString(),
                              QStringLiteral("caf\u00e9 $x?\n\""), QString(700, QLatin1Char('y'))};
    RouterOsValueSet grown(16);
    for (int round = 0; round < 2; ++round) {
        grown.clear();
        for (const QString &value : values) {
            INFO("value: " << value.left(40).toStdString());
            const RouterOsValueSet::Id text = grown.text(value), word = grown.word(value);
            CHECK(QString::fromUtf8(grown[text].bytes().data(), qsizetype(grown[text].bytes().size())) ==
                  tw::routeros::RouterOsQuote::value(value));
            CHECK(QString::fromUtf8(grown[word].bytes().data(), qsizetype(grown[word].bytes().size())) ==
                  tw::routeros::RouterOsQuote::word(value));
        }
    }
}

TEST_CASE("RouterOS script writer: a guarded rule stays whole while the script grows", "[routeros]")
{
    // addAtTop writes the add command once and copies it from the script for the else branch. With
    // a first line of every length around the writer's reserved size, one of the copies is the
    // append that moves the buffer (ASan in CI would see a read of the freed block).
    using tw::routeros::RouterOsScriptWriter;
    using tw::routeros::RouterOsValueSet;
    const QByteArray add = "/ip firewall filter add chain=input comment=" + QByteArray(150, 'x');
    const QByteArray rule = ":if ([:len [/ip firewall filter find dynamic=no]] = 0) do={" + add + "} \\\n    else={" +
                            add + " place-before=[:pick [/ip firewall filter find dynamic=no] 0]}\n";
    for (qsizetype length = 11600; length <= 12300; ++length) {
        const QString text(length - 8, QLatin1Char('-'));
        const QString comment(150, QLatin1Char('x'));
        RouterOsValueSet set;
        const RouterOsValueSet::Id first = set.text(text), second = set.text(comment);
        RouterOsScriptWriter w;
        w.command("/x y c=%1", {set[first]}); // "/x y c=" text "\n": `length` bytes
        for (int i = 0; i < 3; ++i)
            w.addAtTop(tw::routeros::kIpFilterTable, " chain=input comment=%1", {set[second]});
        if (w.take() != "/x y c=" + text.toUtf8() + '\n' + rule + rule + rule) {
            FAIL_CHECK("a first line of " << length << " bytes");
            break;
        }
    }
}

// addAtTop copies the add command that ends a rule table's addIfEmpty: a table that does not end
// with "MENU add" would copy the wrong bytes, so the check that every table passes must refuse it.
using tw::routeros::RouterOsRuleTable;
static_assert(RouterOsRuleTable{"/ip x", ":if (...) do={/ip x add", ""}.endsWithAddCommand());
static_assert(!RouterOsRuleTable{"/ip x", ":if (...) do={/ip y add", ""}.endsWithAddCommand()); // another menu
static_assert(!RouterOsRuleTable{"/ip x", ":if (...) do={/ip x", ""}.endsWithAddCommand());      // no add
static_assert(!RouterOsRuleTable{"/ip firewall filter", "add", ""}.endsWithAddCommand());       // too short

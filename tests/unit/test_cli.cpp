// tunnelwright-cli as a process: exit codes, --json, nothing written on errors, file modes.

#include "TestSupport.h"

#include "io/ProjectFile.h"
#include "render/ProjectRenderer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TW_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString writeProject(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray projectWithError()
{
    tw::Project p = twtest::sampleProject();
    p.links[0].b.lanSubnets = {QStringLiteral("192.168.88.1/24")};
    return tw::serializeProject(p);
}

} // namespace

TEST_CASE("cli check: exit codes and output format", "[cli]")
{
    QTemporaryDir dir;
    const Run ok = cli({QStringLiteral("check"), twtest::examplePath(QStringLiteral("multi-subnet-mikrotik"))});
    CHECK(ok.exitCode == 0);
    CHECK(ok.err.isEmpty());

    const Run bad = cli({QStringLiteral("check"), writeProject(dir, QStringLiteral("bad.twproj"), projectWithError())});
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.contains("error links[0].b.lan_subnets[0]: has host bits set; the network is 192.168.88.0/24\n"));

    const Run malformed = cli({QStringLiteral("check"), writeProject(dir, QStringLiteral("m.twproj"), "{\"format\":")});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.out.isEmpty());
    CHECK(malformed.err.contains("not valid JSON"));

    const Run missing = cli({QStringLiteral("check"), dir.filePath(QStringLiteral("absent.twproj"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("cannot open"));
}

TEST_CASE("cli check --json", "[cli]")
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("check"), writeProject(dir, QStringLiteral("bad.twproj"), projectWithError()),
                       QStringLiteral("--json")});
    CHECK(r.exitCode == 1);
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    bool found = false;
    for (const auto &v : findings) {
        const QJsonObject f = v.toObject();
        CHECK(f.keys() == QStringList{"message", "path", "severity"});
        found |= f.value(QStringLiteral("severity")) == QLatin1String("error") &&
                 f.value(QStringLiteral("path")) == QLatin1String("links[0].b.lan_subnets[0]");
    }
    CHECK(found);
    // The members in the spec's order {"severity","path","message"}, for tools that read the text.
    qsizetype entries = 0;
    for (const QByteArray &line : r.out.split('\n')) {
        if (!line.contains("\"severity\""))
            continue;
        ++entries;
        INFO(line.toStdString());
        CHECK(line.indexOf("\"severity\"") < line.indexOf("\"path\""));
        CHECK(line.indexOf("\"path\"") < line.indexOf("\"message\""));
    }
    CHECK(entries == findings.size());
}

TEST_CASE("cli check --json: a load problem's path is whole, untranslated, whatever it holds", "[cli]")
{
    QTemporaryDir dir;
    QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        german.remove(QLatin1String(variable));
    german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    const auto onlyFinding = [](const Run &r) {
        CHECK(r.exitCode == 2);
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
        REQUIRE(findings.size() == 1);
        return findings[0].toObject();
    };
    struct Case {
        const char *what;
        QString file;
        QByteArray bytes; // written to file unless empty
        QString path;
    };
    QByteArray oddKey = tw::serializeProject(twtest::sampleProject());
    oddKey.replace("\"psk\"", "\"odd: key\": 1, \"psk\"");
    const QString absent = dir.filePath(QStringLiteral("odd: name.twproj"));
    const Case cases[] = {
        {"a key holding \": \"", dir.filePath(QStringLiteral("key.twproj")), oddKey, QStringLiteral("links[0].odd: key")},
        {"a file name holding \": \"", absent, {}, absent},
        {"not JSON", dir.filePath(QStringLiteral("bad.twproj")), "{", QStringLiteral("(document)")},
        {"not an object", dir.filePath(QStringLiteral("array.twproj")), "[]", QStringLiteral("(top level)")},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        if (!c.bytes.isEmpty())
            writeProject(dir, QFileInfo(c.file).fileName(), c.bytes);
        const QJsonObject f = onlyFinding(cli({QStringLiteral("check"), c.file, QStringLiteral("--json")}, german));
        CHECK(f.value(QStringLiteral("path")).toString() == c.path);
        CHECK_FALSE(f.value(QStringLiteral("message")).toString().isEmpty());
    }
    // The messages are German all the same: only the paths stay as they are.
    const QJsonObject notJson = onlyFinding(cli({QStringLiteral("check"), dir.filePath(QStringLiteral("bad.twproj")),
                                                 QStringLiteral("--json")}, german));
    CHECK(notJson.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("kein gültiges JSON")));
}

TEST_CASE("cli check --json reports a malformed project as findings too", "[cli]")
{
    // Exit 2 still tells a malformed file from a project with errors; stdout stays JSON for tools.
    QTemporaryDir dir;
    QByteArray json = tw::serializeProject(twtest::sampleProject());
    json.replace("\"nat_traversal\"", "\"nat_travesal\"");
    const Run r = cli({QStringLiteral("check"), writeProject(dir, QStringLiteral("typo.twproj"), json), QStringLiteral("--json")});
    CHECK(r.exitCode == 2);
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
    bool typo = false, missing = false;
    for (const auto &v : findings) {
        const QJsonObject f = v.toObject();
        CHECK(f.value(QStringLiteral("severity")) == QLatin1String("error"));
        typo |= f.value(QStringLiteral("path")) == QLatin1String("links[0].nat_travesal") &&
                f.value(QStringLiteral("message")).toString().startsWith(QStringLiteral("unknown key"));
        missing |= f.value(QStringLiteral("path")) == QLatin1String("links[0].nat_traversal");
    }
    CHECK(typo);
    CHECK_FALSE(missing); // nat_traversal is optional: only the typo is reported

    const Run absent = cli({QStringLiteral("check"), dir.filePath(QStringLiteral("absent.twproj")), QStringLiteral("--json")});
    CHECK(absent.exitCode == 2);
    CHECK(QJsonDocument::fromJson(absent.out).object().value(QStringLiteral("findings")).toArray().size() == 1);
}

TEST_CASE("cli render writes nothing when the project has errors", "[cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run r = cli({QStringLiteral("render"), writeProject(dir, QStringLiteral("bad.twproj"), projectWithError()),
                       QStringLiteral("--out"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("cli render writes every manifest file, secrets owner-only", "[cli]")
{
    const QString example = GENERATE(as<QString>{}, "fieldnotes-mikrotik-cisco", "fieldnotes-l2tp-server");
    INFO(example.toStdString());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run r = cli({QStringLiteral("render"), twtest::examplePath(example), QStringLiteral("--out"), out});
    REQUIRE(r.exitCode == 0);
    const QJsonObject manifest = QJsonDocument::fromJson(twtest::readFile(out + QStringLiteral("/manifest.json"))).object();
    CHECK(manifest.value(QStringLiteral("generator")).toString().startsWith(QStringLiteral("tunnelwright ")));
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() >= 6);
    for (const auto &v : files) {
        const QString path = out + QLatin1Char('/') + v.toObject().value(QStringLiteral("path")).toString();
        INFO(path.toStdString());
        REQUIRE(QFileInfo::exists(path));
        for (const char *member : {"kind", "platform", "object"}) // spec: manifest.json
            CHECK(v.toObject().value(QLatin1String(member)).isString());
        const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("routeros-script") || kind == QLatin1String("cisco-ios-config"))
            CHECK((QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        const QString dirPath = QFileInfo(path).path();
        CHECK((QFileInfo(dirPath).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther)) == 0);
    }
}

// What render wrote at out, by manifest path.
QMap<QString, QByteArray> writtenFiles(const QString &out)
{
    QMap<QString, QByteArray> files;
    const QJsonObject manifest = QJsonDocument::fromJson(twtest::readFile(out + QStringLiteral("/manifest.json"))).object();
    for (const auto &v : manifest.value(QStringLiteral("files")).toArray()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        files.insert(path, twtest::readFile(out + QLatin1Char('/') + path));
    }
    return files;
}

TEST_CASE("cli render: --paper and --no-passwords reach the client material; paper follows the locale", "[cli]")
{
    const QString example = twtest::examplePath(QStringLiteral("fieldnotes-l2tp-server"));
    const tw::Project project = twtest::loadExample(QStringLiteral("fieldnotes-l2tp-server"));
    auto expected = [&](tw::PaperSize paper, bool passwords) {
        tw::RenderOptions o;
        o.paperSize = paper;
        o.passwordsOnSheets = passwords;
        const tw::RenderResult r = tw::renderProject(project, o);
        REQUIRE(r.output.has_value());
        QMap<QString, QByteArray> files;
        for (const tw::RenderedFile &f : r.output->files)
            files.insert(f.path, f.bytes);
        return files;
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANG"));
    env.remove(QStringLiteral("LC_MEASUREMENT"));
    env.remove(QStringLiteral("LC_PAPER"));
    struct Case {
        QStringList options;
        const char *locale;
        tw::PaperSize paper;
        bool passwords;
    };
    const Case cases[] = {
        {{QStringLiteral("--paper"), QStringLiteral("letter"), QStringLiteral("--no-passwords")}, "de_DE.UTF-8",
         tw::PaperSize::Letter, false},
        {{QStringLiteral("--paper=A4")}, "en_US.UTF-8", tw::PaperSize::A4, true},
        {{}, "en_US.UTF-8", tw::PaperSize::Letter, true}, // the United States print on Letter
        {{}, "de_DE.UTF-8", tw::PaperSize::A4, true},
    };
    // English messages wanted (LANGUAGE) say nothing about the paper: de_DE stays A4.
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    for (const Case &c : cases) {
        INFO(c.options.join(QLatin1Char(' ')).toStdString() << " " << c.locale);
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(c.locale));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        // The sheets' language follows the system too unless given; this is about paper: English sheets.
        const Run r = cli(QStringList{QStringLiteral("render"), example, QStringLiteral("--out"), out,
                                      QStringLiteral("--sheet-language"), QStringLiteral("en")} + c.options, env);
        REQUIRE(r.exitCode == 0);
        const QMap<QString, QByteArray> files = writtenFiles(out);
        CHECK(files == expected(c.paper, c.passwords));
        CHECK(files != expected(c.paper == tw::PaperSize::A4 ? tw::PaperSize::Letter : tw::PaperSize::A4, c.passwords));
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run bad = cli({QStringLiteral("render"), example, QStringLiteral("--out"), out, QStringLiteral("--paper"), QStringLiteral("a5")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("--paper takes a4 or letter"));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("cli psk, --version, --help, usage errors", "[cli]")
{
    const Run k = cli({QStringLiteral("psk")});
    CHECK(k.exitCode == 0);
    CHECK(k.out.trimmed().size() == 32);
    const Run k8 = cli({QStringLiteral("psk"), QStringLiteral("--length"), QStringLiteral("64")});
    CHECK(k8.out.trimmed().size() == 64);
    CHECK(cli({QStringLiteral("psk"), QStringLiteral("--length"), QStringLiteral("4")}).exitCode == 2);
    CHECK(cli({QStringLiteral("--version")}).out == "tunnelwright 0.1.0\n");
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("render PROJECT --out DIR"));
    for (const char *command : {"check", "render", "encrypt", "psk"}) { // after a command too, nothing else done
        INFO(command);
        const Run commandHelp = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(commandHelp.exitCode == 0);
        CHECK(commandHelp.out == help.out);
    }
    CHECK(cli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(cli({QStringLiteral("render"), QStringLiteral("x.twproj")}).exitCode == 2);
}

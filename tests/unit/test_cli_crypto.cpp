// tunnelwright-cli with encrypted projects: encrypt/decrypt, check and render of an encrypted
// project, where the passphrase may come from, and exit 2 with nothing written on every failure.

#include "TestSupport.h"

#include "io/ProjectFile.h"
#include "secrets/ProjectCrypto.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &envPassphrase = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TUNNELWRIGHT_PASSPHRASE"));
    if (!envPassphrase.isNull())
        env.insert(QStringLiteral("TUNNELWRIGHT_PASSPHRASE"), envPassphrase);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TW_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

const QString kPhrase = QStringLiteral("tunnel wright passphrase");

} // namespace

TEST_CASE("cli encrypt and decrypt round trip; check and render open the encrypted file", "[cli][crypto]")
{
    QTemporaryDir dir;
    const QString example = twtest::examplePath(QStringLiteral("fieldnotes-mikrotik-cisco"));
    const QString passFile = write(dir, QStringLiteral("pass.txt"), kPhrase.toUtf8() + "\n"); // the line end is not part of it
    const QString enc = dir.filePath(QStringLiteral("p.twproj.enc"));

    const Run e = cli({QStringLiteral("encrypt"), example, QStringLiteral("--out"), enc, QStringLiteral("--passphrase-file"), passFile});
    INFO(e.err.toStdString());
    REQUIRE(e.exitCode == 0);
    CHECK(tw::isEncryptedProject(twtest::readFile(enc)));
    CHECK((QFileInfo(enc).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);

    // check and render, with the passphrase from the environment this time.
    const Run c = cli({QStringLiteral("check"), enc}, kPhrase);
    CHECK(c.exitCode == 0);
    CHECK(c.out == cli({QStringLiteral("check"), example}).out);
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run r = cli({QStringLiteral("render"), enc, QStringLiteral("--out"), out}, kPhrase);
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo::exists(out + QStringLiteral("/manifest.json")));

    // decrypt: the canonical project, owner-only.
    const QString plain = dir.filePath(QStringLiteral("plain.twproj"));
    const Run d = cli({QStringLiteral("decrypt"), enc, QStringLiteral("--out"), plain}, kPhrase);
    REQUIRE(d.exitCode == 0);
    CHECK(twtest::readFile(plain) == tw::serializeProject(twtest::loadExample(QStringLiteral("fieldnotes-mikrotik-cisco"))));
    CHECK((QFileInfo(plain).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    // --passphrase-file wins over the environment.
    const QString plain2 = dir.filePath(QStringLiteral("plain2.twproj"));
    CHECK(cli({QStringLiteral("decrypt"), enc, QStringLiteral("--out"), plain2, QStringLiteral("--passphrase-file"), passFile},
              QStringLiteral("something else entirely"))
              .exitCode == 0);
}

TEST_CASE("cli: wrong passphrase, damaged or truncated file: exit 2, nothing written", "[cli][crypto]")
{
    QTemporaryDir dir;
    const QString enc = dir.filePath(QStringLiteral("p.enc"));
    REQUIRE(tw::saveEncryptedProjectFile(enc, twtest::sampleProject(), kPhrase).ok());
    const QByteArray good = twtest::readFile(enc);
    QByteArray flipped = good;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x01);
    struct Case {
        const char *name;
        QString file;
        QString phrase;
        const char *message;
    };
    const Case cases[] = {
        {"wrong passphrase", enc, QStringLiteral("not the passphrase"), "wrong passphrase"},
        {"flipped byte", write(dir, QStringLiteral("flipped.enc"), flipped), kPhrase, "error"},
        {"truncated", write(dir, QStringLiteral("cut.enc"), good.left(good.size() / 2)), kPhrase, "error"},
        {"no passphrase", enc, QString(), "TUNNELWRIGHT_PASSPHRASE"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString out = dir.filePath(QStringLiteral("out-") + QString::fromLatin1(c.name).replace(QLatin1Char(' '), QLatin1Char('-')));
        for (const QStringList &args :
             {QStringList{QStringLiteral("check"), c.file}, QStringList{QStringLiteral("render"), c.file, QStringLiteral("--out"), out},
              QStringList{QStringLiteral("decrypt"), c.file, QStringLiteral("--out"), out},
              QStringList{QStringLiteral("encrypt"), c.file, QStringLiteral("--out"), out}}) {
            INFO(args.first().toStdString());
            const Run r = cli(args, c.phrase);
            CHECK(r.exitCode == 2);
            CHECK(r.err.contains(c.message));
            CHECK(r.out.isEmpty());
            CHECK_FALSE(QFileInfo::exists(out));
            if (!c.phrase.isEmpty())
                CHECK_FALSE(r.err.contains(c.phrase.toUtf8()));
        }
    }
    // An existing output is left as it was.
    const QString existing = write(dir, QStringLiteral("existing.twproj"), "keep me");
    CHECK(cli({QStringLiteral("decrypt"), enc, QStringLiteral("--out"), existing}, QStringLiteral("wrong one!")).exitCode == 2);
    CHECK(twtest::readFile(existing) == "keep me");
}

TEST_CASE("cli check --json: an encrypted project that is no valid project keeps its JSON paths", "[cli][crypto]")
{
    // A file sealed by a newer version with a key this one does not know, say.
    QTemporaryDir dir;
    QByteArray plain = tw::serializeProject(twtest::sampleProject());
    plain.replace("\"nat_traversal\"", "\"nat_travesal\"");
    const auto sealed = tw::encryptBytes(plain, kPhrase);
    REQUIRE(sealed.ok());
    const QString enc = write(dir, QStringLiteral("typo.twproj.enc"), *sealed);
    const Run r = cli({QStringLiteral("check"), enc, QStringLiteral("--json")}, kPhrase);
    CHECK(r.exitCode == 2);
    const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].toObject().value(QStringLiteral("path")).toString() == enc); // the file, then what is in it
    CHECK(findings[1].toObject().value(QStringLiteral("path")).toString() == QStringLiteral("links[0].nat_travesal"));
    CHECK(findings[1].toObject().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("unknown key")));
}

TEST_CASE("cli: the passphrase never comes from the command line", "[cli][crypto]")
{
    QTemporaryDir dir;
    const QString example = twtest::examplePath(QStringLiteral("modern-ikev2"));
    const QString out = dir.filePath(QStringLiteral("x.enc"));
    for (const QStringList &args : {QStringList{QStringLiteral("encrypt"), example, QStringLiteral("--out"), out,
                                                QStringLiteral("--passphrase"), kPhrase},
                                    QStringList{QStringLiteral("encrypt"), example, QStringLiteral("--out"), out,
                                                QStringLiteral("--passphrase=") + kPhrase},
                                    QStringList{QStringLiteral("check"), example, QStringLiteral("--passphrase=") + kPhrase}}) {
        const Run r = cli(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("never taken from the command line"));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    // Passphrase file problems.
    const QString empty = write(dir, QStringLiteral("empty.txt"), "\n");
    CHECK(cli({QStringLiteral("encrypt"), example, QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), empty}).exitCode == 2);
    CHECK(cli({QStringLiteral("encrypt"), example, QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"),
               dir.filePath(QStringLiteral("absent.txt"))})
              .exitCode == 2);
    const QString shortOne = write(dir, QStringLiteral("short.txt"), "abc\n");
    const Run s = cli({QStringLiteral("encrypt"), example, QStringLiteral("--out"), out, QStringLiteral("--passphrase-file"), shortOne});
    CHECK(s.exitCode == 2);
    CHECK(s.err.contains("at least 8"));
    CHECK_FALSE(QFileInfo::exists(out));
    // decrypt of a plain project: nothing to do, nothing written.
    CHECK(cli({QStringLiteral("decrypt"), example, QStringLiteral("--out"), out}, kPhrase).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));
    // A plain project needs no passphrase at all.
    CHECK(cli({QStringLiteral("check"), example}).exitCode == 0);
}

TEST_CASE("cli --help names encrypt, decrypt and where the passphrase comes from", "[cli][crypto]")
{
    const Run help = cli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("encrypt PROJECT --out FILE"));
    CHECK(help.out.contains("decrypt FILE --out PROJECT"));
    CHECK(help.out.contains("--passphrase-file FILE"));
    CHECK(help.out.contains("TUNNELWRIGHT_PASSPHRASE"));
}

// Files (docs/hardening.md): limits before parsing, nothing written on errors, atomic export under
// SIGKILL, owner-only modes from creation whatever the umask, and no secret in any output.

#include "TestSupport.h"

#include "../bench/GeneratedProjects.h"
#include "io/OutputWriter.h"
#include "io/ProjectFile.h"
#include "render/ProjectRenderer.h"
#include "validate/ProjectValidator.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>

#include <sys/stat.h>
#include <sys/types.h>

using namespace tw;

namespace {

QString writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 07777;
}

// Sets the process umask for a scope (the CLI started inside inherits it).
class Umask final {
public:
    explicit Umask(mode_t m) : m_old(::umask(m)) {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

mode_t currentUmask()
{
    const mode_t m = ::umask(0);
    ::umask(m);
    return m;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

QByteArray listOf(const char *key, qsizetype n, const QByteArray &item)
{
    QByteArray out = QByteArray("{\"format\":\"tunnelwright-project\",\"version\":1,\"name\":\"x\",\"links\":") +
                     (qstrcmp(key, "links") == 0 ? "[" : "[],\"l2tp_servers\":[");
    for (qsizetype i = 0; i < n; ++i) {
        if (i)
            out += ',';
        out += item;
    }
    out += "]";
    if (qstrcmp(key, "links") == 0)
        out += ",\"l2tp_servers\":[]";
    out += "}";
    return out;
}

} // namespace

TEST_CASE("limits: a file over 16 MiB is refused by its size, before parsing", "[files]")
{
    QTemporaryDir dir;
    // Valid JSON of 17 MiB: a parser would accept it, so the message proves the size came first.
    QByteArray big = serializeProject(twtest::sampleProject());
    big.insert(1, QByteArray(17 * 1024 * 1024, ' '));
    for (const QByteArray &bytes : {big, QByteArray(kMaxProjectBytes + 1, ' '), QByteArray(24 * 1024 * 1024, '{')}) {
        const QString path = writeBytes(dir.filePath(QStringLiteral("big.twproj")), bytes);
        QElapsedTimer t;
        t.start();
        const auto p = loadProjectFile(path);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().contains(QStringLiteral("bytes; at most 16777216 are accepted")));
        CHECK(t.elapsed() < 5000);
    }
    // Exactly at the limit is read (and judged by the parser).
    QByteArray atLimit = serializeProject(twtest::sampleProject());
    atLimit.append(QByteArray(kMaxProjectBytes - atLimit.size(), ' '));
    REQUIRE(atLimit.size() == kMaxProjectBytes);
    const auto ok = loadProjectFile(writeBytes(dir.filePath(QStringLiteral("limit.twproj")), atLimit));
    CHECK(ok.ok());
}

TEST_CASE("limits: absurd counts are refused with the count and the limit", "[files]")
{
    struct Case {
        const char *name;
        QByteArray json;
        QString message;
    };
    const Case cases[] = {
        {"links", listOf("links", kMaxLinks + 1, "{}"), QStringLiteral("links: has 10001 items; at most 10000")},
        {"servers", listOf("l2tp_servers", kMaxServers + 1, "{}"), QStringLiteral("l2tp_servers: has 1001 items; at most 1000")},
        {"users",
         listOf("l2tp_servers", 1,
                "{\"users\":[" + QByteArray("{},").repeated(kMaxUsersPerServer) + "{}]}"),
         QStringLiteral("l2tp_servers[0].users: has 10001 items; at most 10000")},
        {"subnets",
         listOf("links", 1, "{\"a\":{\"lan_subnets\":[" + QByteArray("\"10.0.0.0/8\",").repeated(kMaxListItems) + "\"x\"]}}"),
         QStringLiteral("links[0].a.lan_subnets: has 257 items; at most 256")},
        {"dh groups",
         listOf("links", 1, "{\"ike\":{\"dh_groups\":[" + QByteArray("14,").repeated(kMaxListItems) + "14]}}"),
         QStringLiteral("links[0].ike.dh_groups: has 257 items; at most 256")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const auto p = parseProject(c.json);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().contains(c.message));
    }
}

TEST_CASE("nothing is written when writing cannot complete", "[files]")
{
    QTemporaryDir dir;
    const auto result = renderProject(twtest::sampleProject());
    REQUIRE(result.output);
    for (const QString &bad : {QStringLiteral("../escape.rsc"), QStringLiteral("/tmp/absolute.rsc"), QStringLiteral("a//b"),
                               QStringLiteral("manifest.json"), QString(), QStringLiteral("..\\escape.rsc")}) {
        INFO(bad.toStdString());
        RenderOutput out = *result.output;
        RenderedFile f = out.files.last();
        f.path = bad;
        out.files << f; // good files first, the bad one last
        const QString target = dir.filePath(QStringLiteral("out"));
        const auto w = writeRender(out, target);
        REQUIRE_FALSE(w.ok());
        CHECK_FALSE(QFileInfo::exists(target));
    }
    // A directory where a file must go: the error names it, the files before it are complete.
    const QString target = dir.filePath(QStringLiteral("blocked"));
    REQUIRE(QDir().mkpath(target + QLatin1Char('/') + result.output->files.first().path));
    CHECK_FALSE(writeRender(*result.output, target).ok());
    CHECK_FALSE(QFileInfo::exists(target + QStringLiteral("/manifest.json")));
}

TEST_CASE("a render that fails midway or replaces an earlier one leaves no temporary file", "[files]")
{
    QTemporaryDir dir;
    const auto result = renderProject(twtest::loadExample(QStringLiteral("fieldnotes-l2tp-server")));
    REQUIRE(result.output);
    const RenderOutput &output = *result.output;
    REQUIRE(output.files.size() >= 4);
    QStringList all{QStringLiteral("manifest.json")};
    for (const RenderedFile &f : output.files)
        all << f.path;
    all.sort();
    const RenderedFile &middle = output.files[output.files.size() / 2];
    auto onlyCompleteRenderFiles = [&](const QString &out) {
        for (const QString &f : filesUnder(out)) {
            INFO(f.toStdString());
            REQUIRE(all.contains(f));
            if (f != QStringLiteral("manifest.json"))
                CHECK(twtest::readFile(out + QLatin1Char('/') + f) ==
                      std::find_if(output.files.begin(), output.files.end(), [&](const RenderedFile &r) { return r.path == f; })->bytes);
        }
    };

    // A fresh directory: a directory in the way of a file in the middle stops the render there.
    const QString fresh = dir.filePath(QStringLiteral("fresh"));
    REQUIRE(QDir().mkpath(fresh + QLatin1Char('/') + middle.path));
    const auto failed = writeRender(output, fresh);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(middle.path));
    CHECK(failed.error().contains(QStringLiteral("something other than a file is in the way")));
    onlyCompleteRenderFiles(fresh);
    CHECK_FALSE(QFileInfo::exists(fresh + QStringLiteral("/manifest.json")));

    // Rendering twice into one directory replaces every file (new name or rename over the old one).
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(writeRender(output, out).ok());
    for (const RenderedFile &f : output.files)
        writeBytes(out + QLatin1Char('/') + f.path, "stale");
    REQUIRE(writeRender(output, out).ok());
    CHECK(filesUnder(out) == all);
    onlyCompleteRenderFiles(out);
    for (const RenderedFile &f : output.files)
        CHECK(modeOf(out + QLatin1Char('/') + f.path) == (f.holdsSecret ? 0600 : (0644 & ~currentUmask())));

    // A second render that fails midway leaves no manifest: the earlier one would vouch for a mix of
    // old and new files.
    {
        const QString again = dir.filePath(QStringLiteral("again"));
        REQUIRE(writeRender(output, again).ok());
        REQUIRE(QFileInfo::exists(again + QStringLiteral("/manifest.json")));
        REQUIRE(QFile::remove(again + QLatin1Char('/') + middle.path));
        REQUIRE(QDir().mkpath(again + QLatin1Char('/') + middle.path));
        CHECK_FALSE(writeRender(output, again).ok());
        CHECK_FALSE(QFileInfo::exists(again + QStringLiteral("/manifest.json")));
    }

    // A symbolic link in the way is refused, not followed and not replaced.
    const QString victim = writeBytes(dir.filePath(QStringLiteral("victim")), "untouched");
    const QString link = out + QLatin1Char('/') + middle.path;
    REQUIRE(QFile::remove(link));
    REQUIRE(QFile::link(victim, link));
    const auto refused = writeRender(output, out);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("something other than a file is in the way")));
    CHECK(twtest::readFile(victim) == "untouched");
    CHECK(QFileInfo(link).isSymLink());
    QStringList allButManifest = all;
    allButManifest.removeOne(QStringLiteral("manifest.json")); // withdrawn: this render failed
    CHECK(filesUnder(out) == allButManifest); // and no temporary file beside them

    // So is a symbolic link in place of a directory inside the output directory: the keys written
    // below it would land wherever it points. (The output directory itself may be a link.)
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    const QString linked = dir.filePath(QStringLiteral("linked"));
    const QString firstDir = output.files.first().path.section(QLatin1Char('/'), 0, 0);
    REQUIRE(QDir().mkpath(linked));
    REQUIRE(QFile::link(elsewhere, linked + QLatin1Char('/') + firstDir));
    const auto throughLink = writeRender(output, linked);
    REQUIRE_FALSE(throughLink.ok());
    CHECK(throughLink.error().contains(QStringLiteral("a symbolic link is in the way inside the output directory")));
    CHECK(QDir(elsewhere).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    const QString realOut = dir.filePath(QStringLiteral("real-out")), viaLink = dir.filePath(QStringLiteral("via-link"));
    REQUIRE(QDir().mkpath(realOut));
    REQUIRE(QFile::link(realOut, viaLink));
    CHECK(writeRender(output, viaLink).ok());
    CHECK(filesUnder(realOut) == all);
}

TEST_CASE("rendering on several threads writes what rendering one file after another writes", "[files]")
{
    // Links of every platform, then two L2TP servers (many files in one unit), as a checked project.
    Project project = twbench::manyLinks(23);
    Project servers = twbench::manyUsers(7);
    project.l2tpServers << servers.l2tpServers.first();
    servers.l2tpServers.first().name = QStringLiteral("second");
    project.l2tpServers << servers.l2tpServers.first();
    for (const Finding &f : checkProject(project))
        REQUIRE(f.severity != Severity::Error);
    const RenderOutput expected = renderChecked(project);
    QStringList expectedList;
    for (const RenderedFile &f : expected.files)
        expectedList << f.path;
    expectedList << QStringLiteral("manifest.json");
    QStringList sortedList = expectedList;
    sortedList.sort();

    for (int threads : {1, 2, 5, 40}) {
        INFO(threads << " threads");
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const auto written = renderToDirectory(project, {}, out, threads);
        REQUIRE(written.ok());
        CHECK(*written == expectedList); // manifest order, manifest last
        CHECK(filesUnder(out) == sortedList);
        CHECK(twtest::readFile(out + QStringLiteral("/manifest.json")) == expected.manifest);
        for (const RenderedFile &f : expected.files) {
            INFO(f.path.toStdString());
            CHECK(twtest::readFile(out + QLatin1Char('/') + f.path) == f.bytes);
            CHECK(modeOf(out + QLatin1Char('/') + f.path) == (f.holdsSecret ? 0600 : (0644 & ~currentUmask())));
            CHECK(modeOf(QFileInfo(out + QLatin1Char('/') + f.path).path()) == 0700);
        }
    }

    // The options reach every thread: Spanish sheets (one translator read by all), Letter, no passwords.
    RenderOptions spanish;
    spanish.sheetLanguage = i18n::Catalog::load(QStringLiteral("es"));
    REQUIRE(spanish.sheetLanguage.language() == QStringLiteral("es"));
    spanish.paperSize = PaperSize::Letter;
    spanish.passwordsOnSheets = false;
    const RenderOutput expectedSpanish = renderChecked(project, spanish);
    REQUIRE(expectedSpanish.manifest == expected.manifest);
    QTemporaryDir spanishDir;
    REQUIRE(renderToDirectory(project, spanish, spanishDir.path(), 4).ok());
    int differentFromEnglish = 0;
    for (qsizetype i = 0; i < expectedSpanish.files.size(); ++i) {
        const RenderedFile &f = expectedSpanish.files[i];
        INFO(f.path.toStdString());
        CHECK(twtest::readFile(spanishDir.filePath(f.path)) == f.bytes);
        differentFromEnglish += f.bytes != expected.files[i].bytes;
    }
    CHECK(differentFromEnglish >= 2 * 7 * 2); // both servers' users: at least the two sheets each

    // A directory in the way of one file: the error names it, no manifest, every file there is complete.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("blocked"));
    const RenderedFile &blocked = expected.files[expected.files.size() / 3];
    REQUIRE(QDir().mkpath(out + QLatin1Char('/') + blocked.path));
    const auto failed = renderToDirectory(project, {}, out, 3);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(blocked.path));
    CHECK(failed.error().contains(QStringLiteral("something other than a file is in the way")));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral("/manifest.json")));
    for (const QString &f : filesUnder(out)) {
        INFO(f.toStdString());
        const auto it = std::find_if(expected.files.begin(), expected.files.end(),
                                     [&](const RenderedFile &r) { return r.path == f; });
        REQUIRE(it != expected.files.end());
        CHECK(twtest::readFile(out + QLatin1Char('/') + f) == it->bytes);
    }
}

TEST_CASE("files holding secrets are owner-only whatever the umask; the umask is only narrowed", "[files]")
{
    const mode_t before = currentUmask();
    for (mode_t mask : {mode_t(0), mode_t(022), mode_t(077)}) {
        INFO("umask " << std::oct << mask);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out/deeper"));
        {
            Umask m(mask);
            const auto result = renderProject(twtest::loadExample(QStringLiteral("fieldnotes-l2tp-server")));
            REQUIRE(result.output);
            REQUIRE(writeRender(*result.output, out).ok());
            REQUIRE(saveProjectFile(dir.filePath(QStringLiteral("p.twproj")), twtest::sampleProject()).ok());
            CHECK(currentUmask() == mask); // restored
            for (const RenderedFile &f : result.output->files) {
                INFO(f.path.toStdString());
                const mode_t m = modeOf(out + QLatin1Char('/') + f.path);
                if (f.holdsSecret)
                    CHECK(m == 0600);
                else
                    CHECK(m == (0644 & ~mask)); // never wider than the user's umask allows
                CHECK(modeOf(QFileInfo(out + QLatin1Char('/') + f.path).path()) == 0700);
            }
            CHECK(modeOf(out) == 0700);
            CHECK(modeOf(dir.filePath(QStringLiteral("out"))) == 0700); // parents it created too
            CHECK(modeOf(out + QStringLiteral("/manifest.json")) == (0644 & ~mask));
            CHECK(modeOf(dir.filePath(QStringLiteral("p.twproj"))) == 0600);
        }
        // An existing wider file is replaced by an owner-only one.
        const QString existing = writeBytes(dir.filePath(QStringLiteral("old.twproj")), "old");
        REQUIRE(::chmod(QFile::encodeName(existing).constData(), 0644) == 0);
        REQUIRE(saveProjectFile(existing, twtest::sampleProject()).ok());
        CHECK(modeOf(existing) == 0600);
    }
    CHECK(currentUmask() == before);
}

TEST_CASE("rendered files via the CLI are owner-only under umask 022", "[files][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    Umask m(022);
    QProcess p;
    p.start(QStringLiteral(TW_CLI_PATH), {QStringLiteral("render"), twtest::examplePath(QStringLiteral("fieldnotes-l2tp-server")),
                                          QStringLiteral("--out"), out});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const auto expected = renderProject(twtest::loadExample(QStringLiteral("fieldnotes-l2tp-server")));
    REQUIRE(expected.output);
    for (const RenderedFile &f : expected.output->files) {
        INFO(f.path.toStdString());
        CHECK(modeOf(out + QLatin1Char('/') + f.path) == (f.holdsSecret ? 0600 : 0644));
        CHECK(modeOf(QFileInfo(out + QLatin1Char('/') + f.path).path()) == 0700);
    }
}

TEST_CASE("an export killed half-way leaves only complete files under their final names", "[files][cli][slow]")
{
    QTemporaryDir dir;
    // Many small files (IOS numbering stops at 553 links: the Cisco ends become RouterOS 6 ones).
    Project project = twbench::manyLinks(1200);
    for (SiteToSiteLink &l : project.links)
        if (l.b.platform == Platform::CiscoIos)
            l.b = Site{l.b.name, Platform::RouterOs6, l.b.wanAddress, QStringLiteral("ether1"), l.b.lanSubnets, true, true,
                       std::nullopt};
    const QString projectPath = writeBytes(dir.filePath(QStringLiteral("big.twproj")), serializeProject(project));
    const auto expected = renderProject(project);
    for (const Finding &f : expected.findings)
        if (f.severity == Severity::Error)
            FAIL_CHECK(f.path.toStdString() << ": " << f.message.toStdString());
    REQUIRE(expected.output);
    QMap<QString, QByteArray> want;
    for (const RenderedFile &f : expected.output->files)
        want.insert(f.path, f.bytes);
    want.insert(QStringLiteral("manifest.json"), expected.output->manifest);

    int killedMidway = 0;
    for (int threshold : {1, 40, 400, 2000}) {
        INFO("killed after " << threshold << " files");
        const QString out = dir.filePath(QStringLiteral("out%1").arg(threshold));
        QProcess p;
        p.start(QStringLiteral(TW_CLI_PATH), {QStringLiteral("render"), projectPath, QStringLiteral("--out"), out});
        REQUIRE(p.waitForStarted());
        QElapsedTimer t;
        t.start();
        // Poll until enough files appeared (or the render finished), then SIGKILL.
        while (p.state() == QProcess::Running && t.elapsed() < 120000) {
            if (QFileInfo::exists(out) && filesUnder(out).size() >= threshold)
                break;
            QThread::msleep(2);
        }
        const bool wasRunning = p.state() == QProcess::Running;
        if (wasRunning)
            ::kill(pid_t(p.processId()), SIGKILL);
        REQUIRE(p.waitForFinished(60000));
        const QStringList present = QFileInfo::exists(out) ? filesUnder(out) : QStringList();
        if (wasRunning && !present.contains(QStringLiteral("manifest.json")))
            ++killedMidway;
        // No temporary file, no half-written file: every file present is one of the render's, complete.
        for (const QString &f : present) {
            INFO(f.toStdString());
            REQUIRE(want.contains(f));
            CHECK(twtest::readFile(out + QLatin1Char('/') + f) == want.value(f));
        }
        // The manifest is written last: if it is there, so is everything it lists.
        if (present.contains(QStringLiteral("manifest.json")))
            CHECK(present.size() == want.size());
    }
    CHECK(killedMidway >= 2); // the test did interrupt exports in the middle
}

TEST_CASE("no secret reaches a finding, an error message, check output or the manifest", "[files][cli]")
{
    // Secrets with every kind of flaw; each is distinctive so that any 5 characters of it would be
    // recognised in any output.
    const QStringList pskFlaws{QStringLiteral("Zq9Xv 8Wj7Uk6Ty5"),      QStringLiteral("Zq9Xv"), // space / too short
                               QString::fromUtf8("Zq9Xv\xc3\xa9Wj7Uk6Ty5"), QStringLiteral("0xZq9Xv8Wj7Uk6Ty5"),
                               QStringLiteral("Zq9Xv?8Wj7Uk6Ty5"),      QStringLiteral("Zq9Xv\"8Wj7Uk6Ty5"),
                               QStringLiteral("!Zq9Xv8Wj7Uk6Ty5"),      QStringLiteral("zzzzzzzzzzzz"),
                               QStringLiteral("Zq9Xv\n8Wj7Uk6Ty5"),     QString(200, QLatin1Char('Q'))};
    const QStringList passwordFlaws{QStringLiteral("Pw3Rt"), QStringLiteral("Pw3Rt\t7Yu8Io9"), QString(90, QLatin1Char('P')),
                                    QString()};
    QTemporaryDir dir;
    int checked = 0;
    for (qsizetype i = 0; i < pskFlaws.size(); ++i) {
        Project p = twtest::loadExample(QStringLiteral("fieldnotes-l2tp-server"));
        Project links = twtest::sampleProject();
        p.links = links.links; // a RouterOS <-> Cisco link as well
        p.links[0].psk = pskFlaws[i];
        p.l2tpServers[0].psk = pskFlaws[(i + 3) % pskFlaws.size()];
        p.l2tpServers[0].users[0].password = passwordFlaws[i % passwordFlaws.size()];
        p.l2tpServers[0].users[1].password = pskFlaws[(i + 5) % pskFlaws.size()];
        QStringList secrets{p.links[0].psk, p.l2tpServers[0].psk};
        for (const User &u : p.l2tpServers[0].users)
            secrets << u.password;

        // Everything a person or a log can see: findings, CLI check (text and JSON), render's stderr
        // and stdout, and the manifest when the render goes through.
        QByteArray seen;
        for (const Finding &f : renderProject(p).findings)
            seen += f.path.toUtf8() + ' ' + f.message.toUtf8() + '\n';
        const QString path = dir.filePath(QStringLiteral("p%1.twproj").arg(i));
        REQUIRE(saveProjectFile(path, p).ok());
        for (const QStringList &args : {QStringList{QStringLiteral("check"), path},
                                        QStringList{QStringLiteral("check"), path, QStringLiteral("--json")},
                                        QStringList{QStringLiteral("render"), path, QStringLiteral("--out"),
                                                    dir.filePath(QStringLiteral("out%1").arg(i))}}) {
            QProcess cli;
            cli.start(QStringLiteral(TW_CLI_PATH), args);
            REQUIRE(cli.waitForFinished(60000));
            seen += cli.readAllStandardOutput() + cli.readAllStandardError();
        }
        QFile manifest(dir.filePath(QStringLiteral("out%1/manifest.json").arg(i)));
        if (manifest.open(QIODevice::ReadOnly))
            seen += manifest.readAll();
        const QString text = QString::fromUtf8(seen);
        REQUIRE_FALSE(text.isEmpty());
        for (const QString &s : secrets) {
            for (qsizetype k = 0; k + 5 <= s.size(); ++k) {
                const QString piece = s.mid(k, 5);
                if (piece.trimmed().size() < 5 || piece == QStringLiteral("zzzzz") || piece.count(piece[0]) == 5)
                    continue; // runs of one character are no evidence
                INFO("secret piece \"" << piece.toStdString() << "\" in:\n" << text.toStdString());
                CHECK_FALSE(text.contains(piece));
                ++checked;
            }
        }
    }
    CHECK(checked > 100);

    // Load errors: a key of the wrong type, and a file that is not JSON, never echo values.
    const QByteArray wrongType = serializeProject(twtest::sampleProject())
                                     .replace("\"Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu\"", "[\"Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu\"]");
    const auto e = parseProject(wrongType);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().contains(QStringLiteral("links[0].psk")));
    CHECK_FALSE(e.error().contains(QStringLiteral("Xq7vR")));
    const auto broken = parseProject(serializeProject(twtest::sampleProject()).left(400));
    REQUIRE_FALSE(broken.ok());
    CHECK_FALSE(broken.error().contains(QStringLiteral("Xq7vR")));
}

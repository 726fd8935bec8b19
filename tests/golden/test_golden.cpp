// Golden files (style point 6): every example x every RouterOS dialect, rendered and compared byte
// for byte with tests/golden/<example>/<dialect>/. On a mismatch NAME.actual is written beside the
// reference and a diff is shown. References change only through tests/update-golden.sh.

#include "TestSupport.h"

#include "io/OutputWriter.h"
#include "model/Vocabulary.h"
#include "render/ProjectRenderer.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

const QStringList kExamples{QStringLiteral("fieldnotes-mikrotik-cisco"), QStringLiteral("fieldnotes-l2tp-server"),
                            QStringLiteral("modern-ikev2"), QStringLiteral("multi-subnet-mikrotik"),
                            QStringLiteral("ipv6-mikrotik-cisco")};
const QList<tw::Platform> kDialects{tw::Platform::RouterOs7, tw::Platform::RouterOs6, tw::Platform::RouterOs6Legacy};

bool updating() { return qEnvironmentVariableIsSet("TW_UPDATE_GOLDEN"); }

tw::Project withDialect(tw::Project p, tw::Platform dialect)
{
    auto swap = [&](tw::Platform &pl) {
        if (tw::isRouterOs(pl))
            pl = dialect;
    };
    for (auto &l : p.links) {
        swap(l.a.platform);
        swap(l.b.platform);
    }
    for (auto &s : p.l2tpServers)
        swap(s.platform);
    return p;
}

QByteArray findingsText(const QList<tw::Finding> &fs)
{
    QByteArray out;
    for (const auto &f : fs)
        out += (tw::severityToken(f.severity) + QLatin1Char(' ') + f.path + QStringLiteral(": ") + f.message + QLatin1Char('\n')).toUtf8();
    return out;
}

// The files of one golden case: name -> bytes.
QMap<QString, QByteArray> expectedFiles(const tw::Project &p)
{
    QMap<QString, QByteArray> files;
    const tw::RenderResult r = tw::renderProject(p);
    files.insert(QStringLiteral("check.txt"), findingsText(r.findings));
    if (r.output) {
        for (const auto &f : r.output->files)
            files.insert(f.path, f.bytes);
        files.insert(QStringLiteral("manifest.json"), r.output->manifest);
    }
    return files;
}

void compareTree(const QString &dir, const QMap<QString, QByteArray> &actual)
{
    if (updating()) {
        QDir(dir).removeRecursively();
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            const QString path = dir + QLatin1Char('/') + it.key();
            QDir().mkpath(QFileInfo(path).path());
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(it.value());
        }
        WARN("golden files rewritten in " << dir.toStdString());
        return;
    }
    QStringList onDisk;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(dir).relativeFilePath(it.next());
        if (!rel.endsWith(QLatin1String(".actual")))
            onDisk << rel;
    }
    onDisk.sort();
    QStringList produced = actual.keys();
    produced.sort();
    INFO("golden directory " << dir.toStdString());
    // Joined text so that a difference in the file list is readable in the failure message.
    CHECK(onDisk.join(QLatin1Char('\n')).toStdString() == produced.join(QLatin1Char('\n')).toStdString());
    for (auto a = actual.begin(); a != actual.end(); ++a) {
        const QString path = dir + QLatin1Char('/') + a.key();
        QFile f(path);
        const QByteArray expected = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (expected == a.value()) {
            QFile::remove(path + QStringLiteral(".actual"));
            continue;
        }
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path + QStringLiteral(".actual"));
        if (out.open(QIODevice::WriteOnly))
            out.write(a.value());
        out.close();
        QProcess diff;
        diff.setProcessChannelMode(QProcess::MergedChannels);
        diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), path, path + QStringLiteral(".actual")});
        diff.waitForFinished();
        FAIL_CHECK("golden mismatch: " << a.key().toStdString() << "\n" << diff.readAll().left(4000).toStdString()
                                       << "\n(if the change is intended: tests/update-golden.sh, then review the diff)");
    }
}

} // namespace

TEST_CASE("golden files: every example on every RouterOS dialect", "[golden]")
{
    for (const QString &example : kExamples) {
        for (tw::Platform dialect : kDialects) {
            DYNAMIC_SECTION(example.toStdString() << " / " << tw::token(dialect).toStdString())
            {
                const tw::Project p = withDialect(twtest::loadExample(example), dialect);
                compareTree(twtest::sourceDir() + QStringLiteral("/tests/golden/") + example + QLatin1Char('/') +
                                tw::token(dialect),
                            expectedFiles(p));
            }
        }
    }
}

TEST_CASE("no rendered text holds a placeholder", "[golden]")
{
    // Lines are TextBuilder::fill patterns: one given fewer arguments than it numbers, or written
    // without fill, would leave a "%1" in a config. The examples' keys and names hold no '%'.
    const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    for (const QString &example : kExamples) {
        for (tw::Platform dialect : kDialects) {
            const tw::RenderResult r = tw::renderProject(withDialect(twtest::loadExample(example), dialect));
            if (!r.output)
                continue;
            for (const tw::RenderedFile &f : r.output->files) {
                if (f.kind == tw::FileKind::SetupSheetPdf)
                    continue; // binary, and PDF syntax uses '%'
                INFO(example.toStdString() << " / " << tw::token(dialect).toStdString() << ": " << f.path.toStdString());
                CHECK_FALSE(QString::fromUtf8(f.bytes).contains(placeholder));
            }
        }
    }
}

TEST_CASE("rendered examples pass rsc-lint on every dialect", "[golden][lint]")
{
    bool ran = false;
    for (const QString &example : kExamples) {
        for (tw::Platform dialect : kDialects) {
            const tw::RenderResult r = tw::renderProject(withDialect(twtest::loadExample(example), dialect));
            if (!r.output)
                continue; // e.g. IKEv2 on routeros-6-legacy: check.txt holds the error
            QTemporaryDir dir;
            REQUIRE(tw::writeRender(*r.output, dir.path()).ok());
            const auto lint = twtest::runRscLint(dir.filePath(QStringLiteral("manifest.json")));
            if (!lint) {
                WARN("skipped: ../shared/tools/rsc-lint or python3 not found, rendered scripts were not linted");
                return;
            }
            ran = true;
            INFO(example.toStdString() << " / " << tw::token(dialect).toStdString() << "\n" << lint->output.toStdString());
            CHECK(lint->exitCode == 0);
        }
    }
    CHECK(ran);
}

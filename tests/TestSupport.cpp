#include "TestSupport.h"

#include "io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <stdexcept>

namespace twtest {

QString sourceDir() { return QStringLiteral(TW_SOURCE_DIR); }
QString sharedDir() { return QDir::cleanPath(QStringLiteral(TW_SHARED_DIR)); }

QString examplePath(const QString &name) { return sourceDir() + QStringLiteral("/examples/") + name + QStringLiteral(".twproj"); }

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

qsizetype forEachString(const QString &alphabet, int maxLength, const std::function<void(const QString &)> &visit)
{
    qsizetype visited = 0;
    for (int length = 0; length <= maxLength; ++length) {
        QList<qsizetype> digit(length, 0);
        QString s(length, alphabet.isEmpty() ? QChar() : alphabet[0]);
        for (;;) {
            visit(s);
            ++visited;
            int i = length - 1;
            while (i >= 0 && ++digit[i] == alphabet.size()) {
                digit[i] = 0;
                s[i] = alphabet[0];
                --i;
            }
            if (i < 0)
                break;
            s[i] = alphabet[digit[i]];
        }
    }
    return visited;
}

tw::Project loadExample(const QString &name)
{
    const auto p = tw::loadProjectFile(examplePath(name));
    if (!p)
        throw std::runtime_error(p.error().toStdString());
    return *p;
}

tw::Project sampleProject()
{
    using namespace tw;
    Project p;
    p.name = QStringLiteral("sample");
    SiteToSiteLink l;
    l.name = QStringLiteral("hq-branch");
    l.ike.encryption = {Encryption::Aes256Cbc};
    l.ike.integrity = {Integrity::Sha256};
    l.ike.dhGroups = {DhGroup::G14};
    l.esp.encryption = {Encryption::Aes256Cbc};
    l.esp.integrity = {Integrity::Sha256};
    l.esp.pfsGroup = DhGroup::G14;
    l.psk = QStringLiteral("Xq7vR2mLp9TzW4kN8bHc3JfY6sGd5aEu");
    l.a = Site{QStringLiteral("hq"), Platform::RouterOs7, QStringLiteral("198.51.100.2"), QStringLiteral("ether1"),
               {QStringLiteral("192.168.88.0/24")}, true, true, std::nullopt};
    l.b = Site{QStringLiteral("branch"), Platform::CiscoIos, QStringLiteral("203.0.113.3"),
               QStringLiteral("GigabitEthernet0/0"), {QStringLiteral("192.168.0.0/24")}, true, true,
               QStringLiteral("GigabitEthernet0/1")};
    p.links << l;
    return p;
}

std::optional<LintResult> runRscLint(const QString &manifestPath)
{
    const QString lint = sharedDir() + QStringLiteral("/tools/rsc-lint");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!QFileInfo::exists(lint) || python.isEmpty())
        return std::nullopt;
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(python, {lint, QStringLiteral("--manifest"), manifestPath});
    proc.waitForFinished(120000);
    return LintResult{proc.exitCode(), QString::fromUtf8(proc.readAll())};
}

} // namespace twtest

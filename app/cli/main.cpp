// tunnelwright-cli: check, render and key generation on the command line (spec: "Command line").
// Core only: no display, no GUI library.

#include "io/OutputWriter.h"
#include "io/ProjectFile.h"
#include "render/FileHeader.h"
#include "render/ProjectRenderer.h"
#include "secrets/SecretGenerator.h"
#include "validate/ProjectValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace {

enum Exit { kOk = 0, kFindings = 1, kUnreadable = 2 };

const char kUsage[] =
    "Usage:\n"
    "  tunnelwright-cli check PROJECT [--json]      print every finding; exit 1 on errors\n"
    "  tunnelwright-cli render PROJECT --out DIR    write both ends' configs and DIR/manifest.json\n"
    "  tunnelwright-cli psk [--length N]            print a new random pre-shared key (default 32)\n"
    "  tunnelwright-cli --help | --version\n"
    "\n"
    "Exit codes: 0 no errors, 1 the project has errors (nothing is written), 2 unreadable or\n"
    "malformed project or bad usage.\n";

void out(const QString &s) { std::fputs(s.toUtf8().constData(), stdout); }
void err(const QString &s) { std::fputs(s.toUtf8().constData(), stderr); }

QString findingLine(const tw::Finding &f)
{
    return tw::severityToken(f.severity) + QLatin1Char(' ') + f.path + QStringLiteral(": ") + f.message + QLatin1Char('\n');
}

bool hasErrors(const QList<tw::Finding> &fs)
{
    return std::any_of(fs.begin(), fs.end(), [](const tw::Finding &f) { return f.severity == tw::Severity::Error; });
}

int usageError(const QString &message)
{
    err(QStringLiteral("tunnelwright-cli: %1\n\n").arg(message) + QString::fromLatin1(kUsage));
    return kUnreadable;
}

std::optional<tw::Project> load(const QString &path)
{
    const auto p = tw::loadProjectFile(path);
    if (!p) {
        for (const QString &line : p.error().split(QLatin1Char('\n')))
            err(QStringLiteral("error %1\n").arg(line));
        return std::nullopt;
    }
    return *p;
}

int check(const QStringList &args)
{
    QString path;
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1Char('-')) || !path.isEmpty())
            return usageError(QStringLiteral("check: unexpected argument \"%1\"").arg(a));
        else
            path = a;
    }
    if (path.isEmpty())
        return usageError(QStringLiteral("check: which project? (tunnelwright-cli check PROJECT)"));
    const auto project = load(path);
    if (!project)
        return kUnreadable;
    const QList<tw::Finding> findings = tw::checkProject(*project);
    if (json) {
        QJsonArray list;
        for (const tw::Finding &f : findings)
            list.append(QJsonObject{{QStringLiteral("severity"), tw::severityToken(f.severity)},
                                    {QStringLiteral("path"), f.path},
                                    {QStringLiteral("message"), f.message}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("findings"), list}}).toJson(QJsonDocument::Indented)));
    } else {
        for (const tw::Finding &f : findings)
            out(findingLine(f));
    }
    return hasErrors(findings) ? kFindings : kOk;
}

int render(const QStringList &args)
{
    QString path, dir;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--out") && i + 1 < args.size())
            dir = args[++i];
        else if (a.startsWith(QLatin1String("--out=")))
            dir = a.mid(6);
        else if (a.startsWith(QLatin1Char('-')) || !path.isEmpty())
            return usageError(QStringLiteral("render: unexpected argument \"%1\"").arg(a));
        else
            path = a;
    }
    if (path.isEmpty() || dir.isEmpty())
        return usageError(QStringLiteral("render: needs a project and --out DIR"));
    const auto project = load(path);
    if (!project)
        return kUnreadable;
    const tw::RenderResult result = tw::renderProject(*project);
    for (const tw::Finding &f : result.findings)
        err(findingLine(f));
    if (!result.output)
        return kFindings; // errors: nothing written
    const auto written = tw::writeRender(*result.output, dir);
    if (!written) {
        err(QStringLiteral("error %1\n").arg(written.error()));
        return kUnreadable;
    }
    out(QStringLiteral("wrote %1 files to %2 (list: %2/manifest.json)\n").arg(written->size()).arg(dir));
    return kOk;
}

int psk(const QStringList &args)
{
    int length = tw::kDefaultKeyLength;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        if (args[i] == QLatin1String("--length") && i + 1 < args.size())
            value = args[++i];
        else if (args[i].startsWith(QLatin1String("--length=")))
            value = args[i].mid(9);
        else
            return usageError(QStringLiteral("psk: unexpected argument \"%1\"").arg(args[i]));
        bool ok = false;
        length = value.toInt(&ok);
        if (!ok || length < tw::kMinGeneratedLength || length > tw::kMaxGeneratedLength)
            return usageError(QStringLiteral("psk: --length must be a number from %1 to %2")
                                  .arg(tw::kMinGeneratedLength)
                                  .arg(tw::kMaxGeneratedLength));
    }
    out(tw::generateSecret(length) + QLatin1Char('\n'));
    return kOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(QStringLiteral("tunnelwright-cli: matched IPsec configurations for MikroTik RouterOS and Cisco IOS.\n\n") +
            QString::fromLatin1(kUsage));
        return kOk;
    }
    if (command == QLatin1String("--version")) {
        out(tw::generatorName() + QLatin1Char('\n'));
        return kOk;
    }
    if (command == QLatin1String("check"))
        return check(args);
    if (command == QLatin1String("render"))
        return render(args);
    if (command == QLatin1String("psk"))
        return psk(args);
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

// tunnelwright-cli: check, render and key generation on the command line (spec: "Command line").
// Core only: no display, no GUI library.

#include "i18n/Translations.h"
#include "io/JsonText.h"
#include "io/OutputWriter.h"
#include "io/ProjectFile.h"
#include "render/FileHeader.h"
#include "render/ProjectRenderer.h"
#include "secrets/ProjectCrypto.h"
#include "secrets/SecretGenerator.h"
#include "validate/ProjectValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

// The CLI's messages follow the system language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); LANG=C keeps
// them in English. Severity tokens, JSON keys and file names are never translated.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

enum Exit { kOk = 0, kFindings = 1, kUnreadable = 2 };

QString usage()
{
    return Cli::tr(
    "Usage:\n"
    "  tunnelwright-cli check PROJECT [--json]      print every finding; exit 1 on errors\n"
    "  tunnelwright-cli render PROJECT --out DIR    write both ends' configs and DIR/manifest.json\n"
    "      [--paper a4|letter] [--no-passwords]     setup sheets: paper (default from the locale) and\n"
    "                                               without users' passwords (sheets and Apple profiles)\n"
    "      [--sheet-language de|es|en]              the setup sheets' language (default: the system's\n"
    "                                               when Tunnelwright has it, else English)\n"
    "  tunnelwright-cli encrypt PROJECT --out FILE  write PROJECT encrypted with a passphrase\n"
    "  tunnelwright-cli decrypt FILE --out PROJECT  write an encrypted project as a plain one\n"
    "  tunnelwright-cli psk [--length N]            print a new random pre-shared key (default 32)\n"
    "  tunnelwright-cli --help | --version\n"
    "\n"
    "check and render open encrypted projects too. The passphrase is read from\n"
    "--passphrase-file FILE (its first line) or else from the environment variable\n"
    "TUNNELWRIGHT_PASSPHRASE; never from the command line, where other users could see it.\n"
    "\n"
    "Exit codes: 0 no errors, 1 the project has errors (nothing is written), 2 unreadable,\n"
    "malformed or damaged project, wrong passphrase, or bad usage (nothing is written).\n");
}

void out(const QString &s) { std::fputs(s.toUtf8().constData(), stdout); }
void err(const QString &s) { std::fputs(s.toUtf8().constData(), stderr); }

// "error MESSAGE": the token stays English (outside tools look for it), the message is translated.
void errorLine(const QString &message) { err(QStringLiteral("error %1\n").arg(message)); }

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
    err(QStringLiteral("tunnelwright-cli: %1\n\n").arg(message) + usage());
    return kUnreadable;
}

// Where the passphrase comes from: --passphrase-file FILE, else TUNNELWRIGHT_PASSPHRASE. Read only
// when a file turns out to be encrypted (or for `encrypt`).
struct PassphraseSource {
    QString file;

    // Takes --passphrase-file FILE / --passphrase-file=FILE at args[i]; refuses a passphrase given
    // on the command line. Returns false when args[i] is not about the passphrase.
    bool take(const QStringList &args, qsizetype &i, QString &usageProblem)
    {
        const QString &a = args[i];
        if (a == QLatin1String("--passphrase-file") && i + 1 < args.size()) {
            file = args[++i];
            return true;
        }
        if (a.startsWith(QLatin1String("--passphrase-file="))) {
            file = a.mid(18);
            return true;
        }
        if (a == QLatin1String("--passphrase") || a.startsWith(QLatin1String("--passphrase="))) {
            usageProblem = Cli::tr("a passphrase is never taken from the command line (other users can see it in the "
                                   "process list); use --passphrase-file FILE or TUNNELWRIGHT_PASSPHRASE");
            return true;
        }
        return false;
    }

    // The passphrase, or nullopt after printing why there is none.
    std::optional<QString> get() const
    {
        if (!file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                errorLine(Cli::tr("%1: cannot read the passphrase file: %2").arg(file, f.errorString()));
                return std::nullopt;
            }
            const QByteArray bytes = f.read(4097);
            if (bytes.size() > 4096) {
                errorLine(Cli::tr("%1: the passphrase file is over 4096 bytes; it holds one line").arg(file));
                return std::nullopt;
            }
            QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty()) {
                errorLine(Cli::tr("%1: the passphrase file is empty (its first line is the passphrase)").arg(file));
                return std::nullopt;
            }
            return QString::fromUtf8(line);
        }
        const QByteArray env = qgetenv("TUNNELWRIGHT_PASSPHRASE");
        if (env.isEmpty()) {
            errorLine(Cli::tr("the project is encrypted: give its passphrase with --passphrase-file FILE or the "
                        "environment variable TUNNELWRIGHT_PASSPHRASE"));
            return std::nullopt;
        }
        return QString::fromUtf8(env);
    }
};

void printLoadProblems(const QList<tw::LoadProblem> &problems)
{
    for (const tw::LoadProblem &p : problems)
        errorLine(p.line());
}

// {"findings":[{"severity","path","message"}]}, members in the spec's order.
void printJsonFindings(const QList<tw::Finding> &findings)
{
    QByteArray json = "{\n    \"findings\": [";
    for (qsizetype i = 0; i < findings.size(); ++i) {
        json += i ? ",\n        {\"severity\": " : "\n        {\"severity\": ";
        tw::appendJsonString(json, tw::severityToken(findings[i].severity));
        json += ", \"path\": ";
        tw::appendJsonString(json, findings[i].path);
        json += ", \"message\": ";
        tw::appendJsonString(json, findings[i].message);
        json += '}';
    }
    json += findings.isEmpty() ? "]\n}\n" : "\n    ]\n}\n";
    out(QString::fromUtf8(json));
}

// An unreadable or malformed file's problems go to stderr, or with `json` as error findings to
// stdout (also when the passphrase is missing: stderr has said how to give it).
std::optional<tw::Project> load(const QString &path, const PassphraseSource &passphrase, bool json = false)
{
    bool missingPassphrase = false;
    QList<tw::LoadProblem> problems;
    const auto p = tw::loadProjectFile(
        path,
        [&]() -> std::optional<QString> {
            const auto phrase = passphrase.get();
            missingPassphrase = !phrase;
            return phrase;
        },
        nullptr, &problems);
    if (p)
        return *p;
    if (json) {
        QList<tw::Finding> findings;
        for (const tw::LoadProblem &problem : problems)
            findings << tw::Finding{tw::Severity::Error, problem.path, problem.message};
        printJsonFindings(findings);
    } else if (!missingPassphrase) { // else get() has said what is missing
        printLoadProblems(problems);
    }
    return std::nullopt;
}

int check(const QStringList &args)
{
    QString path, problem;
    bool json = false;
    PassphraseSource passphrase;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (passphrase.take(args, i, problem)) {
            if (!problem.isEmpty())
                return usageError(problem);
        } else if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1Char('-')) || !path.isEmpty())
            return usageError(Cli::tr("check: unexpected argument \"%1\"").arg(a));
        else
            path = a;
    }
    if (path.isEmpty())
        return usageError(Cli::tr("check: which project? (tunnelwright-cli check PROJECT)"));
    // With --json a malformed file is reported as findings on stdout too (exit 2 still tells it apart).
    const auto project = load(path, passphrase, json);
    if (!project)
        return kUnreadable;
    const QList<tw::Finding> findings = tw::checkProject(*project);
    if (json) {
        printJsonFindings(findings);
    } else {
        for (const tw::Finding &f : findings)
            out(findingLine(f));
    }
    return hasErrors(findings) ? kFindings : kOk;
}

int render(const QStringList &args)
{
    QString path, dir, problem;
    QString sheetLanguage = tw::i18n::systemLanguage();
    PassphraseSource passphrase;
    tw::RenderOptions options;
    options.paperSize = tw::systemPaperSize();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (passphrase.take(args, i, problem)) {
            if (!problem.isEmpty())
                return usageError(problem);
        } else if (a == QLatin1String("--out") && i + 1 < args.size())
            dir = args[++i];
        else if (a.startsWith(QLatin1String("--out=")))
            dir = a.mid(6);
        else if (a == QLatin1String("--no-passwords"))
            options.passwordsOnSheets = false;
        else if ((a == QLatin1String("--paper") && i + 1 < args.size()) || a.startsWith(QLatin1String("--paper="))) {
            const QString value = a.startsWith(QLatin1String("--paper=")) ? a.mid(8) : args[++i];
            const auto paper = tw::paperSizeFromToken(value);
            if (!paper)
                return usageError(Cli::tr("render: --paper takes a4 or letter, not \"%1\"").arg(value));
            options.paperSize = *paper;
        } else if (a == QLatin1String("--sheet-language") && i + 1 < args.size())
            sheetLanguage = args[++i];
        else if (a.startsWith(QLatin1String("--sheet-language=")))
            sheetLanguage = a.mid(17);
        else if (a.startsWith(QLatin1Char('-')) || !path.isEmpty())
            return usageError(Cli::tr("render: unexpected argument \"%1\"").arg(a));
        else
            path = a;
    }
    if (path.isEmpty() || dir.isEmpty())
        return usageError(Cli::tr("render: needs a project and --out DIR"));
    if (!tw::i18n::isShipped(sheetLanguage))
        return usageError(Cli::tr("render: --sheet-language must be one of %1, not \"%2\"")
                              .arg(tw::i18n::shippedLanguages().join(QStringLiteral(", ")), sheetLanguage));
    options.sheetLanguage = tw::i18n::Catalog::load(sheetLanguage);
    const auto project = load(path, passphrase);
    if (!project)
        return kUnreadable;
    const QList<tw::Finding> findings = tw::checkProject(*project);
    for (const tw::Finding &f : findings)
        err(findingLine(f));
    if (hasErrors(findings))
        return kFindings; // errors: nothing written
    const auto written = tw::renderToDirectory(*project, options, dir);
    if (!written) {
        errorLine(written.error());
        return kUnreadable;
    }
    // No English .qm carries plural forms: the count stands alone, so "1" reads as right as "7".
    out(Cli::tr("files written to %1: %n (list: %1/manifest.json)\n", nullptr, int(written->size())).arg(dir));
    return kOk;
}

// encrypt PROJECT --out FILE / decrypt FILE --out PROJECT: both read the input completely (and, for
// decrypt, authenticate it) before anything is written.
int convert(const QString &command, const QStringList &args)
{
    QString in, outPath, problem;
    PassphraseSource passphrase;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (passphrase.take(args, i, problem)) {
            if (!problem.isEmpty())
                return usageError(problem);
        } else if (a == QLatin1String("--out") && i + 1 < args.size())
            outPath = args[++i];
        else if (a.startsWith(QLatin1String("--out=")))
            outPath = a.mid(6);
        else if (a.startsWith(QLatin1Char('-')) || !in.isEmpty())
            return usageError(Cli::tr("%1: unexpected argument \"%2\"").arg(command, a));
        else
            in = a;
    }
    const bool encrypt = command == QLatin1String("encrypt");
    if (in.isEmpty() || outPath.isEmpty())
        return usageError(encrypt ? Cli::tr("encrypt: needs a project and --out FILE")
                                  : Cli::tr("decrypt: needs an encrypted project and --out PROJECT"));
    std::optional<QString> phrase; // asked once, whether the input is encrypted or not
    auto ask = [&]() -> std::optional<QString> {
        if (!phrase)
            phrase = passphrase.get();
        return phrase;
    };
    bool missingPassphrase = false;
    bool wasEncrypted = false;
    QList<tw::LoadProblem> problems;
    const auto project = tw::loadProjectFile(
        in,
        [&]() -> std::optional<QString> {
            wasEncrypted = true;
            const auto p = ask();
            missingPassphrase = !p;
            return p;
        },
        nullptr, &problems);
    if (!project) {
        if (!missingPassphrase)
            printLoadProblems(problems);
        return kUnreadable;
    }
    if (!encrypt && !wasEncrypted) {
        errorLine(Cli::tr("%1: is not encrypted; nothing to decrypt").arg(in));
        return kUnreadable;
    }
    tw::Result<bool> written = true;
    if (encrypt) {
        const auto p = ask();
        if (!p)
            return kUnreadable;
        written = tw::saveEncryptedProjectFile(outPath, *project, *p);
    } else {
        written = tw::saveProjectFile(outPath, *project);
    }
    if (!written) {
        errorLine(written.error());
        return kUnreadable;
    }
    out(encrypt ? Cli::tr("wrote %1 (encrypted)\n").arg(outPath) : Cli::tr("wrote %1 (plain, owner-only)\n").arg(outPath));
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
            return usageError(Cli::tr("psk: unexpected argument \"%1\"").arg(args[i]));
        bool ok = false;
        length = value.toInt(&ok);
        if (!ok || length < tw::kMinGeneratedLength || length > tw::kMaxGeneratedLength)
            return usageError(Cli::tr("psk: --length must be a number from %1 to %2")
                                  .arg(tw::kMinGeneratedLength)
                                  .arg(tw::kMaxGeneratedLength));
    }
    const QString key = tw::generateSecret(length);
    if (key.isEmpty()) {
        err(QStringLiteral("error the system random number generator failed; no key was made\n"));
        return kUnreadable;
    }
    out(key + QLatin1Char('\n'));
    return kOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    tw::i18n::installTranslations(tw::i18n::systemLanguage(), false);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usageError(Cli::tr("no command given"));
    const QString command = args.takeFirst();
    const auto isHelp = [](const QString &a) { return a == QLatin1String("--help") || a == QLatin1String("-h"); };
    // `tunnelwright-cli check --help` as well: the usage covers every command.
    if (isHelp(command) || command == QLatin1String("help") || std::any_of(args.begin(), args.end(), isHelp)) {
        out(Cli::tr("tunnelwright-cli: matched IPsec configurations for MikroTik RouterOS and Cisco IOS.\n\n") +
            usage());
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
    if (command == QLatin1String("encrypt") || command == QLatin1String("decrypt"))
        return convert(command, args);
    if (command == QLatin1String("psk"))
        return psk(args);
    return usageError(Cli::tr("unknown command \"%1\"").arg(command));
}

#pragma once

// Shared by the test_client_*.cpp files: the example L2TP project, its client files, and running the
// outside tools (pdftotext, pdfinfo, python3) that read them back.

#include "TestSupport.h"

#include "render/ProjectRenderer.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

namespace twtest::client {

inline tw::Project l2tpExample() { return loadExample(QStringLiteral("fieldnotes-l2tp-server")); }

// The rendered files of a project (check must pass), by path.
inline QMap<QString, tw::RenderedFile> renderFiles(const tw::Project &p, const tw::RenderOptions &options = {})
{
    const tw::RenderResult r = tw::renderProject(p, options);
    REQUIRE(r.output.has_value());
    QMap<QString, tw::RenderedFile> files;
    for (const tw::RenderedFile &f : r.output->files)
        files.insert(f.path, f);
    return files;
}

struct ToolResult {
    int exitCode = 0;
    QByteArray out;
};

// Runs a tool found on PATH on a temporary copy of bytes; nullopt when the tool is not installed.
inline std::optional<ToolResult> runOnBytes(const QString &tool, QStringList args, const QByteArray &bytes,
                                            const QString &suffix)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return std::nullopt;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("input") + suffix);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    for (QString &a : args)
        a.replace(QStringLiteral("{}"), path);
    QProcess proc;
    proc.start(exe, args);
    REQUIRE(proc.waitForFinished(60000));
    return ToolResult{proc.exitCode(), proc.readAllStandardOutput()};
}

// pdftotext FILE -: the text of a PDF (poppler-utils).
inline std::optional<QString> pdfText(const QByteArray &pdf)
{
    const auto r = runOnBytes(QStringLiteral("pdftotext"), {QStringLiteral("{}"), QStringLiteral("-")}, pdf,
                              QStringLiteral(".pdf"));
    if (!r)
        return std::nullopt;
    REQUIRE(r->exitCode == 0);
    return QString::fromUtf8(r->out);
}

// pdfinfo FILE: "Key: value" lines.
inline std::optional<QMap<QString, QString>> pdfInfo(const QByteArray &pdf)
{
    const auto r = runOnBytes(QStringLiteral("pdfinfo"), {QStringLiteral("{}")}, pdf, QStringLiteral(".pdf"));
    if (!r)
        return std::nullopt;
    REQUIRE(r->exitCode == 0);
    QMap<QString, QString> info;
    for (const QString &line : QString::fromUtf8(r->out).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

inline QString withoutWhitespace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

} // namespace twtest::client

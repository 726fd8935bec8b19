#include "GuiTestSupport.h"

#include "io/ProjectFile.h"
#include "render/ProjectRenderer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace twgui {

QString examplePath(const QString &name) { return QStringLiteral(TW_SOURCE_DIR "/examples/") + name + QStringLiteral(".twproj"); }

tw::Project loadExample(const QString &name)
{
    const auto p = tw::loadProjectFile(examplePath(name));
    if (!p)
        qFatal("%s", qPrintable(p.error()));
    return *p;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void isolateSettings()
{
    static QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
}

void typeInto(tw::ui::TunnelwrightWizard &w, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(&w, name);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void chooseData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    if (index < 0)
        qFatal("%s has no item with data %d", qPrintable(combo->objectName()), data);
    combo->setCurrentIndex(index);
}

void settle(tw::ui::TunnelwrightWizard &w)
{
    w.validateNow();
    QApplication::processEvents();
}

bool clickNext(tw::ui::TunnelwrightWizard &w)
{
    settle(w);
    const int before = w.currentId();
    QAbstractButton *next = w.button(QWizard::NextButton);
    if (!next->isEnabled() || !next->isVisible())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    QApplication::processEvents();
    return w.currentId() != before;
}

QMap<QString, QByteArray> readTree(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return out;
}

QMap<QString, QByteArray> coreRender(const QString &projectPath)
{
    tw::RenderOptions options; // what the wizard and the CLI start with: the locale's paper
    options.paperSize = tw::systemPaperSize();
    const tw::RenderResult r = tw::renderProject(loadExample(QFileInfo(projectPath).completeBaseName()), options);
    QMap<QString, QByteArray> out;
    if (!r.output)
        return out;
    for (const tw::RenderedFile &f : r.output->files)
        out.insert(f.path, f.bytes);
    out.insert(QStringLiteral("manifest.json"), r.output->manifest);
    return out;
}

QMap<QString, QByteArray> cliRender(const QString &projectPath, const QStringList &options)
{
    QTemporaryDir dir;
    QProcess cli;
    cli.start(QStringLiteral(TW_CLI_PATH),
              QStringList{QStringLiteral("render"), projectPath, QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))} + options);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        qFatal("tunnelwright-cli render failed: %s", cli.readAllStandardError().constData());
    return readTree(dir.filePath(QStringLiteral("out")));
}

} // namespace twgui

#pragma once

#include "TunnelwrightWizard.h"
#include "WizardPage.h"

#include "model/Project.h"

#include <QApplication>
#include <QByteArray>
#include <QTimer>

#include <functional>
#include <QMap>
#include <QString>
#include <QStringList>

class QComboBox;

// Shared by the GUI tests: they drive the wizard the way a person does, through widgets found by
// objectName, and compare what it writes with what core and the CLI write.

namespace twgui {

QString examplePath(const QString &name);
tw::Project loadExample(const QString &name);
QByteArray readFile(const QString &path);

// A private QSettings location (XDG_CONFIG_HOME) for the test process: no real recent list is read
// or changed. Call before the first QSettings use.
void isolateSettings();

// The named child of the wizard; fails the program loudly when it does not exist.
template <typename T> T *child(const QObject *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

// Calls answer with the modal dialog of type T as soon as one is open (checking every 10 ms, up to
// 10 s): for dialogs that exec() inside the call under test, also after work on another thread.
template <typename T> void whenModal(std::function<void(T *)> answer, int triesLeft = 1000)
{
    QTimer::singleShot(10, [answer, triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            answer(dialog);
        else if (triesLeft > 0)
            whenModal<T>(answer, triesLeft - 1);
        else
            qFatal("no %s was opened", T::staticMetaObject.className());
    });
}

// Focuses the line edit, selects all and types text key by key.
void typeInto(tw::ui::TunnelwrightWizard &w, const QString &name, const QString &text);
void chooseData(QComboBox *combo, int data);
// Runs the pending check at once (the 150 ms debounce) and lets the UI update.
void settle(tw::ui::TunnelwrightWizard &w);
// Clicks Next after the check has run; returns whether the page changed.
bool clickNext(tw::ui::TunnelwrightWizard &w);

// Every file under dir (relative path -> bytes).
QMap<QString, QByteArray> readTree(const QString &dir);
// What renderProject(loadProjectFile(project)) gives on the locale's paper: files and manifest.json.
QMap<QString, QByteArray> coreRender(const QString &projectPath);
// What `tunnelwright-cli render PROJECT --out DIR [options]` writes.
QMap<QString, QByteArray> cliRender(const QString &projectPath, const QStringList &options = {});

} // namespace twgui

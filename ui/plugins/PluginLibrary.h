#pragma once

#include <QFunctionPointer>
#include <QString>

// The wizard's plug-ins (print, crypto): libraries it loads the first time it needs them, so that
// starting the wizard does not load what they link (Qt Print Support with CUPS, Botan). Installed in
// ../lib/tunnelwright/plugins relative to the executable; in a build tree, where CMake put them.

namespace tw::ui {

// The symbol of the plug-in file (e.g. "libtunnelwright_print.so"), or nullptr with the reason in
// *why. Callers keep the result: a plug-in stays loaded for the life of the process.
QFunctionPointer resolvePlugin(const QString &fileName, const char *symbol, QString *why);

} // namespace tw::ui

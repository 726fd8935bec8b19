#include "PluginLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace tw::ui {

QFunctionPointer resolvePlugin(const QString &fileName, const char *symbol, QString *why)
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(TW_PLUGIN_DIR_INSTALLED "/") + fileName);
    QLibrary library(QFileInfo::exists(installed) ? installed : QStringLiteral(TW_PLUGIN_DIR_BUILT "/") + fileName);
    const QFunctionPointer f = library.resolve(symbol); // loads the library; it stays loaded
    if (!f && why)
        *why = library.errorString();
    return f;
}

} // namespace tw::ui

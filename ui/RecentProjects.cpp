#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace tw::ui {
namespace {

const QString kKey = QStringLiteral("recentProjects");

} // namespace

QStringList RecentProjects::list()
{
    QStringList out;
    for (const QString &p : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(p))
            out << p;
    return out;
}

void RecentProjects::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList l = settings.value(kKey).toStringList();
    l.removeAll(absolute);
    l.prepend(absolute);
    while (l.size() > kMax)
        l.removeLast();
    settings.setValue(kKey, l);
}

void RecentProjects::remove(const QString &path)
{
    QSettings settings;
    QStringList l = settings.value(kKey).toStringList();
    l.removeAll(QFileInfo(path).absoluteFilePath());
    settings.setValue(kKey, l);
}

} // namespace tw::ui

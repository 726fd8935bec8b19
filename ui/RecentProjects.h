#pragma once

#include <QStringList>

// The recently opened or saved project files, newest first, kept in QSettings.

namespace tw::ui {

class RecentProjects final {
public:
    static constexpr int kMax = 8;
    static QStringList list(); // existing files only
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace tw::ui

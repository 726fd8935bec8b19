#pragma once

#include "model/Project.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// Shared by the test files: paths, the example projects, the linter.
namespace twtest {

QString sourceDir();          // the repository root
QString sharedDir();          // ../shared (may be absent outside CI)
QString examplePath(const QString &name); // examples/NAME.twproj
tw::Project loadExample(const QString &name);

// A small valid project with one RouterOS 7 <-> Cisco link, for tests that change one field.
tw::Project sampleProject();

QByteArray readFile(const QString &path);

// Calls visit with every string of 0 to maxLength characters over alphabet, shortest first, one at
// a time (counted like an odometer: millions of strings need no list). Returns how many it visited.
qsizetype forEachString(const QString &alphabet, int maxLength, const std::function<void(const QString &)> &visit);

// Runs ../shared/tools/rsc-lint --manifest MANIFEST. Returns nullopt when the linter or python3
// is not there (the caller reports the skip), else (exit code, output).
struct LintResult {
    int exitCode = 0;
    QString output;
};
std::optional<LintResult> runRscLint(const QString &manifestPath);

} // namespace twtest

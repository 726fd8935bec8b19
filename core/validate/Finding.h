#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tw {

enum class Severity { Error, Warning, Info };

QString severityToken(Severity s); // "error" / "warning" / "info"

// One thing `check` has to say about a project: where (a JSON path such as links[0].b.lan_subnets[1])
// and what, in words that say what would be right. Never carries a secret's value.
struct Finding {
    Severity severity = Severity::Error;
    QString path;
    QString message;
    bool operator==(const Finding &) const = default;
};

// Text quoted from a user's file shown as one line: control characters, line or paragraph
// separators and format characters (bidirectional overrides, zero-width marks) become '?', so a
// quoted value can neither forge another line, send a terminal escape sequence nor reorder what
// is shown around it.
QString oneLine(QString s);

class Findings {
    // Messages are written with Findings::tr(): `check` and the wizard show them in the user's language
    // (the CLI: the system's; LANG=C keeps English). Paths and severity tokens are never translated.
    Q_DECLARE_TR_FUNCTIONS(tw::Findings)

public:
    void error(const QString &path, const QString &message) { append({Severity::Error, path, message}); }
    void warning(const QString &path, const QString &message) { append({Severity::Warning, path, message}); }
    void info(const QString &path, const QString &message) { append({Severity::Info, path, message}); }
    // Every finding is one line (`check` prints one a line): its path and message pass through oneLine.
    void append(const Finding &f);

    bool hasErrors() const;
    const QList<Finding> &list() const { return m_list; }

private:
    QList<Finding> m_list;
};

// Path building: path(base, "lan_subnets", 1) == "base.lan_subnets[1]".
QString childPath(const QString &base, const QString &key);
QString childPath(const QString &base, const QString &key, qsizetype index);

} // namespace tw

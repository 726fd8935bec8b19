#pragma once

#include "model/Project.h"
#include "model/Result.h"
#include "secrets/ProjectCrypto.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The project file of spec/project-format.md: strict JSON <-> model. Unknown keys, wrong types,
// missing keys, values outside the vocabulary and malformed JSON are load errors that name the
// JSON path; everything that is well-typed loads, and `check` judges it.

namespace tw {

inline constexpr const char *kProjectFormat = "tunnelwright-project";
inline constexpr int kProjectVersion = 1;
// Refused before parsing (hardening): no real project comes near these.
inline constexpr qint64 kMaxProjectBytes = 16 * 1024 * 1024;
inline constexpr int kMaxLinks = 10000;
inline constexpr int kMaxServers = 1000;
inline constexpr int kMaxUsersPerServer = 10000;
inline constexpr int kMaxListItems = 256; // subnets, algorithms, DNS servers

// One reason a file is not a project. path is a JSON path ("links[0].psk"), kTopLevelPath or
// kDocumentPath, or the file's name when the problem is the file itself (unreadable, too large,
// encrypted). Never translated, so that tools can match on it.
struct LoadProblem {
    QString path;
    QString message;
    QString line() const { return path + QStringLiteral(": ") + message; } // as the error text has it
};
inline constexpr char kTopLevelPath[] = "(top level)"; // the document's outermost value
inline constexpr char kDocumentPath[] = "(document)";  // a file that is not JSON at all

// Parses a project document. On failure the Result's error holds one line per problem (each a
// LoadProblem::line()); `problems`, when given, receives them with path and message apart.
Result<Project> parseProject(const QByteArray &json, QList<LoadProblem> *problems = nullptr);

// The canonical, deterministic form: two-space indented, keys in spec order, defaults written out.
QByteArray serializeProject(const Project &project);

// Reads a file (size limit first). The error names the file. An encrypted project
// (secrets/ProjectCrypto.h) is refused with a message that says it needs a passphrase.
Result<Project> loadProjectFile(const QString &path);

// Asked for the passphrase only when the file turns out to be encrypted; nullopt means the user
// declined (the load fails with a message saying so).
using PassphraseProvider = std::function<std::optional<QString>()>;

// Reads a plain or an encrypted project file. Nothing of an encrypted file is returned unless it
// decrypts and parses completely. `failure`, when given, says why decryption failed (WrongPassphrase:
// the wizard asks again) and stays None for plain files and other errors.
// `problems` as for parseProject.
Result<Project> loadProjectFile(const QString &path, const PassphraseProvider &passphrase,
                                DecryptFailure *failure = nullptr, QList<LoadProblem> *problems = nullptr);

// Writes the canonical form atomically (QSaveFile) and owner-only (0600): a project holds keys.
Result<bool> saveProjectFile(const QString &path, const Project &project);

// Writes the project encrypted with the passphrase (docs/encrypted-project.md), atomically and 0600.
Result<bool> saveEncryptedProjectFile(const QString &path, const Project &project, const QString &passphrase);

} // namespace tw

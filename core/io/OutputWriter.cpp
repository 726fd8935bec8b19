#include "io/OutputWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#include <sys/stat.h>
#include <sys/types.h>

namespace tw {
namespace {

// Narrows (never widens) the permissions of files and directories this process creates; restored
// on scope exit. The umask is process-wide: it is a second line of defence only. Files are written
// through QSaveFile, which on Linux writes an unnamed O_TMPFILE and gives it its name only on
// commit, after setPermissions(); directories are made with an explicit 0700 mode.
class UmaskGuard final {
public:
    // umask() can only be read by setting it: the value in between is owner-only, never wider.
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask | 077)) { ::umask(m_old | mask); }
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard &) = delete;
    UmaskGuard &operator=(const UmaskGuard &) = delete;

private:
    mode_t m_old;
};

bool safeRelativePath(const QString &p)
{
    if (p.isEmpty() || QDir::isAbsolutePath(p) || p.contains(QLatin1Char('\\')))
        return false;
    for (const QString &part : p.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

// Creates `path` and any missing parents with mode 0700 (mkdir's mode, not a chmod afterwards).
bool makeOwnerOnlyPath(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    if (QFileInfo(clean).isDir())
        return true;
    const QString parent = QFileInfo(clean).path();
    if (parent != clean && !makeOwnerOnlyPath(parent))
        return false;
    const QByteArray native = QFile::encodeName(clean);
    return ::mkdir(native.constData(), 0700) == 0 || (errno == EEXIST && QFileInfo(clean).isDir());
}

} // namespace

Result<bool> writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    // QSaveFile writes a temporary file beside the target and renames it over the target on commit.
    UmaskGuard mask(ownerOnly ? 077 : 022);
    // Refuse to follow a directory or a special file in place of the target.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile())
        return Result<bool>::failure(QStringLiteral("%1: cannot write: something other than a file is in the way").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Result<bool>::failure(QStringLiteral("%1: cannot write: %2").arg(path, f.errorString()));
    if (ownerOnly)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Result<bool>::failure(QStringLiteral("%1: cannot write: %2").arg(path, f.errorString()));
    return true;
}

Result<QStringList> writeRender(const RenderOutput &output, const QString &dir)
{
    // Every path is checked before anything is written: a refusal leaves no partial output.
    for (const RenderedFile &f : output.files)
        if (!safeRelativePath(f.path) || f.path == QLatin1String("manifest.json"))
            return Result<QStringList>::failure(QStringLiteral("refusing to write outside %1: %2").arg(dir, f.path));
    // Directories of a render hold keys: created 0700 (mkdir's own mode, whatever the umask).
    if (!makeOwnerOnlyPath(dir))
        return Result<QStringList>::failure(QStringLiteral("%1: cannot create the output directory").arg(dir));
    const QDir root(dir);
    QStringList written;
    for (const RenderedFile &f : output.files) {
        const QString target = root.filePath(f.path);
        if (!makeOwnerOnlyPath(QFileInfo(target).path()))
            return Result<QStringList>::failure(QStringLiteral("%1: cannot create directory").arg(QFileInfo(target).path()));
        const auto r = writeFileAtomically(target, f.bytes, f.holdsSecret);
        if (!r)
            return Result<QStringList>::failure(r.error());
        written << f.path;
    }
    // Last: a manifest on disk means every file it lists is complete.
    const auto m = writeFileAtomically(root.filePath(QStringLiteral("manifest.json")), output.manifest, false);
    if (!m)
        return Result<QStringList>::failure(m.error());
    written << QStringLiteral("manifest.json");
    return written;
}

} // namespace tw

#include "io/OutputWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace tw {
namespace {

// Restricts the permissions of files and directories this process creates; restored on scope exit.
class UmaskGuard final {
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
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

} // namespace

Result<bool> writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    // QSaveFile writes a temporary file beside the target and renames it over the target on commit.
    UmaskGuard mask(ownerOnly ? 077 : 022);
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
    UmaskGuard mask(077); // directories of a render hold keys: 0700 from the start
    QDir root(dir);
    if (!root.exists() && !QDir().mkpath(dir))
        return Result<QStringList>::failure(QStringLiteral("%1: cannot create the output directory").arg(dir));
    QStringList written;
    for (const RenderedFile &f : output.files) {
        if (!safeRelativePath(f.path))
            return Result<QStringList>::failure(QStringLiteral("refusing to write outside %1: %2").arg(dir, f.path));
        const QString target = root.filePath(f.path);
        if (!QDir().mkpath(QFileInfo(target).path()))
            return Result<QStringList>::failure(QStringLiteral("%1: cannot create directory").arg(QFileInfo(target).path()));
        const auto r = writeFileAtomically(target, f.bytes, f.holdsSecret);
        if (!r)
            return Result<QStringList>::failure(r.error());
        written << f.path;
    }
    const auto m = writeFileAtomically(root.filePath(QStringLiteral("manifest.json")), output.manifest, false);
    if (!m)
        return Result<QStringList>::failure(m.error());
    written << QStringLiteral("manifest.json");
    return written;
}

} // namespace tw

#include "io/OutputWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace tw {
namespace {

// Why files were not written: printed by the CLI and shown by the wizard in the user's language.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::OutputWriter)
};

// Narrows (never widens) the permissions of files and directories this process creates; restored
// on scope exit. The umask is process-wide: it is a second line of defence only, around QSaveFile
// (project files), which sets the permissions before the file has its name. Rendered files and
// directories get their mode from open() and mkdir() themselves.
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

QString systemError(int error) { return QString::fromLocal8Bit(::strerror(error)); }

// One file of a render on its way to its final name, without an fsync: written complete into an
// unnamed O_TMPFILE in the target directory (or, on file systems without one, a named temporary
// file created O_EXCL), then given its final name in one step. The mode is the open()'s own, so the
// file never exists with wider permissions. Whatever was not published is removed on destruction.
class StagedFile final {
public:
    StagedFile(QByteArray target, mode_t mode) : m_target(std::move(target))
    {
        const qsizetype slash = m_target.lastIndexOf('/');
        m_dir = slash < 0 ? QByteArray(".") : m_target.left(slash + 1);
        m_fd = ::open(m_dir.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
        if (m_fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL))
            m_fd = createNamedTemporary([&](const QByteArray &name) {
                return ::open(name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC | O_NOFOLLOW, mode);
            });
        if (m_fd < 0)
            m_error = errno;
    }
    ~StagedFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_temporary.isEmpty())
            ::unlink(m_temporary.constData());
    }
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    // errno of the first failure, 0 while all is well.
    int error() const { return m_error; }

    bool write(const QByteArray &bytes)
    {
        const char *p = bytes.constData();
        qsizetype left = bytes.size();
        while (m_error == 0 && left > 0) {
            const ssize_t n = ::write(m_fd, p, size_t(left));
            if (n < 0 && errno != EINTR)
                m_error = errno;
            else if (n > 0) {
                p += n;
                left -= n;
            }
        }
        return m_error == 0;
    }

    // Gives the complete file its final name, atomically: a new name is linked; an existing file is
    // replaced by rename(). Anything but a regular file under the name is refused (not followed).
    bool publish()
    {
        if (m_error != 0)
            return false;
        if (m_temporary.isEmpty()) {
            const QByteArray self = "/proc/self/fd/" + QByteArray::number(m_fd);
            if (::linkat(AT_FDCWD, self.constData(), AT_FDCWD, m_target.constData(), AT_SYMLINK_FOLLOW) == 0)
                return true;
            if (errno != EEXIST)
                return fail(errno);
            if (!targetReplaceable())
                return false;
            // linkat() cannot replace: link under a temporary name, then rename over the old file.
            if (createNamedTemporary([&](const QByteArray &name) {
                    return ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW);
                }) < 0)
                return fail(errno);
        } else if (!targetReplaceable()) {
            return false;
        }
        if (::rename(m_temporary.constData(), m_target.constData()) != 0)
            return fail(errno);
        m_temporary.clear();
        return true;
    }

    bool inTheWay() const { return m_inTheWay; }

private:
    bool fail(int error)
    {
        m_error = error;
        return false;
    }

    // True when the target is absent or a regular file, which rename() replaces.
    bool targetReplaceable()
    {
        struct stat st {};
        if (::lstat(m_target.constData(), &st) != 0)
            return errno == ENOENT || fail(errno);
        if (!S_ISREG(st.st_mode)) {
            m_inTheWay = true;
            return fail(EEXIST);
        }
        return true;
    }

    // Tries fresh ".NAME.tw-XXXXXXXX" names beside the target until `create` succeeds or fails for a
    // reason other than the name being taken; remembers the name (removed unless renamed).
    template <typename Create> int createNamedTemporary(Create create)
    {
        const qsizetype slash = m_target.lastIndexOf('/');
        const QByteArray base = m_target.mid(slash + 1);
        for (;;) {
            const QByteArray name = m_dir + '.' + base + ".tw-" +
                                    QByteArray::number(QRandomGenerator::global()->generate(), 16);
            const int r = create(name);
            if (r >= 0) {
                m_temporary = name;
                return r;
            }
            if (errno != EEXIST)
                return r;
        }
    }

    QByteArray m_target, m_dir, m_temporary;
    int m_fd = -1;
    int m_error = 0;
    bool m_inTheWay = false;
};

// Writes one file of a render (see StagedFile); the message names the path.
Result<bool> writeStaged(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    StagedFile f(QFile::encodeName(path), ownerOnly ? 0600 : 0644);
    if (f.write(bytes) && f.publish())
        return true;
    if (f.inTheWay())
        return Result<bool>::failure(Text::tr("%1: cannot write: something other than a file is in the way").arg(path));
    return Result<bool>::failure(Text::tr("%1: cannot write: %2").arg(path, systemError(f.error())));
}

} // namespace

Result<bool> writeFileAtomically(const QString &path, const QByteArray &bytes, bool ownerOnly)
{
    // QSaveFile writes a temporary file beside the target, fsyncs it and renames it over the target
    // on commit: a saved project survives a power cut.
    UmaskGuard mask(ownerOnly ? 077 : 022);
    // Refuse to follow a directory or a special file in place of the target.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile())
        return Result<bool>::failure(Text::tr("%1: cannot write: something other than a file is in the way").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Result<bool>::failure(Text::tr("%1: cannot write: %2").arg(path, f.errorString()));
    if (ownerOnly)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Result<bool>::failure(Text::tr("%1: cannot write: %2").arg(path, f.errorString()));
    return true;
}

Result<QStringList> writeRender(const RenderOutput &output, const QString &dir)
{
    // Every path is checked before anything is written: a refusal leaves no partial output.
    for (const RenderedFile &f : output.files)
        if (!safeRelativePath(f.path) || f.path == QLatin1String("manifest.json"))
            return Result<QStringList>::failure(Text::tr("refusing to write outside %1: %2").arg(dir, f.path));
    // Directories of a render hold keys: created 0700 (mkdir's own mode, whatever the umask).
    if (!makeOwnerOnlyPath(dir))
        return Result<QStringList>::failure(Text::tr("%1: cannot create the output directory").arg(dir));
    const QDir root(dir);
    QSet<QString> madeDirs; // a render has thousands of files in a few hundred directories
    QStringList written;
    written.reserve(output.files.size() + 1);
    for (const RenderedFile &f : output.files) {
        const QString target = root.filePath(f.path);
        const QString parent = QFileInfo(target).path();
        if (!madeDirs.contains(parent)) {
            if (!makeOwnerOnlyPath(parent))
                return Result<QStringList>::failure(Text::tr("%1: cannot create directory").arg(parent));
            madeDirs.insert(parent);
        }
        const auto r = writeStaged(target, f.bytes, f.holdsSecret);
        if (!r)
            return Result<QStringList>::failure(r.error());
        written << f.path;
    }
    // Last: a manifest on disk means every file it lists is complete.
    const auto m = writeStaged(root.filePath(QStringLiteral("manifest.json")), output.manifest, false);
    if (!m)
        return Result<QStringList>::failure(m.error());
    written << QStringLiteral("manifest.json");
    return written;
}

} // namespace tw

#include "io/OutputWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <thread>
#include <vector>

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

// The directory a path names a file in (QFileInfo::path() without the cost of a QFileInfo).
QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral(".") : slash == 0 ? QStringLiteral("/") : path.left(slash);
}

// Creates `path` and any missing parents with mode 0700 (mkdir's mode, not a chmod afterwards).
// mkdir first: a render makes thousands of new directories under one that exists.
bool makeOwnerOnlyPath(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    const QByteArray native = QFile::encodeName(clean);
    if (::mkdir(native.constData(), 0700) == 0)
        return true;
    if (errno == EEXIST)
        return QFileInfo(clean).isDir();
    if (errno != ENOENT)
        return false;
    const QString parent = parentOf(clean);
    if (parent == clean || !makeOwnerOnlyPath(parent))
        return false;
    return ::mkdir(native.constData(), 0700) == 0 || (errno == EEXIST && QFileInfo(clean).isDir());
}

// Every directory between root (exclusive) and dir must be a real directory, not a symbolic link:
// makeOwnerOnlyPath accepts any existing directory, and a link planted inside the output directory
// would carry the keys written below it somewhere else. The root itself is the user's choice.
bool realDirectoriesBelow(const QString &root, const QString &dir)
{
    for (QString d = dir; d.size() > root.size() && d.startsWith(root); d = parentOf(d)) {
        struct stat st;
        if (::lstat(QFile::encodeName(d).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
            return false;
    }
    return true;
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

namespace {

Result<bool> checkPath(const RenderedFile &f, const QString &dir)
{
    if (!safeRelativePath(f.path) || f.path == QLatin1String("manifest.json"))
        return Result<bool>::failure(Text::tr("refusing to write outside %1: %2").arg(dir, f.path));
    return true;
}

// Writes rendered files under one output directory, creating the directories they go in (0700:
// they hold keys). One per thread: each remembers the directories it has made.
class FileWriter final {
public:
    explicit FileWriter(const QString &dir) : m_root(dir) {}

    Result<bool> write(const RenderedFile &f)
    {
        const QString target = m_root.filePath(f.path);
        const QString parent = parentOf(target);
        if (!m_madeDirs.contains(parent)) {
            if (!makeOwnerOnlyPath(parent))
                return Result<bool>::failure(Text::tr("%1: cannot create directory").arg(parent));
            if (!realDirectoriesBelow(m_root.path(), parent))
                return Result<bool>::failure(
                    Text::tr("%1: a symbolic link is in the way inside the output directory; refusing to write "
                             "through it").arg(parent));
            m_madeDirs.insert(parent);
        }
        return writeStaged(target, f.bytes, f.holdsSecret);
    }

    // First: the files of a new render replace an earlier render's one by one, so its manifest must
    // go before they do; otherwise a render that fails or is killed midway would leave a list that
    // vouches for a mix of old and new files (one link's ends with different keys, say).
    Result<bool> withdrawManifest()
    {
        const QString path = m_root.filePath(QStringLiteral("manifest.json"));
        if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT && errno != EISDIR)
            return Result<bool>::failure(Text::tr("%1: cannot remove the earlier render's list: %2").arg(path, systemError(errno)));
        return true; // a directory in the way is refused when the new manifest is written
    }

    // Last: a manifest on disk means every file it lists is complete.
    Result<bool> writeManifest(const QByteArray &manifest)
    {
        return writeStaged(m_root.filePath(QStringLiteral("manifest.json")), manifest, false);
    }

private:
    QDir m_root;
    QSet<QString> m_madeDirs; // a render has thousands of files in a few hundred directories
};

QStringList pathsWritten(const QList<RenderedFile> &files)
{
    QStringList written;
    written.reserve(files.size() + 1);
    for (const RenderedFile &f : files)
        written << f.path;
    written << QStringLiteral("manifest.json");
    return written;
}

// One unit of a parallel render, as its worker left it: the files without their bytes (for the
// manifest), or why they were not all written.
struct UnitOutcome {
    QList<RenderedFile> files;
    QString error;
};

} // namespace

Result<QStringList> writeRender(const RenderOutput &output, const QString &dir)
{
    // Every path is checked before anything is written: a refusal leaves no partial output.
    for (const RenderedFile &f : output.files)
        if (const auto ok = checkPath(f, dir); !ok)
            return Result<QStringList>::failure(ok.error());
    if (!makeOwnerOnlyPath(dir))
        return Result<QStringList>::failure(Text::tr("%1: cannot create the output directory").arg(dir));
    FileWriter writer(dir);
    if (const auto ok = writer.withdrawManifest(); !ok)
        return Result<QStringList>::failure(ok.error());
    for (const RenderedFile &f : output.files)
        if (const auto ok = writer.write(f); !ok)
            return Result<QStringList>::failure(ok.error());
    if (const auto ok = writer.writeManifest(output.manifest); !ok)
        return Result<QStringList>::failure(ok.error());
    return pathsWritten(output.files);
}

Result<QStringList> renderToDirectory(const Project &checked, const RenderOptions &options, const QString &dir,
                                      int threads)
{
    if (!makeOwnerOnlyPath(dir))
        return Result<QStringList>::failure(Text::tr("%1: cannot create the output directory").arg(dir));
    if (const auto ok = FileWriter(dir).withdrawManifest(); !ok)
        return Result<QStringList>::failure(ok.error());
    const RenderPlan plan(checked);
    const int units = plan.unitCount();
    std::vector<UnitOutcome> outcomes(static_cast<size_t>(units)); // slot u is touched by the worker of unit u only
    std::atomic<int> nextUnit{0};
    std::atomic<bool> failed{false};
    // Rendering is user time and writing is mostly kernel time: workers that each render a unit and
    // then write it keep every core busy with one or the other.
    auto work = [&] {
        FileWriter writer(dir);
        for (int u = nextUnit++; u < units && !failed; u = nextUnit++) {
            UnitOutcome &outcome = outcomes[size_t(u)];
            outcome.files = plan.renderUnit(u, options);
            for (RenderedFile &f : outcome.files) {
                auto ok = checkPath(f, dir);
                if (ok)
                    ok = writer.write(f);
                if (!ok) {
                    outcome.error = ok.error();
                    failed = true;
                    break;
                }
                f.bytes = QByteArray(); // the manifest needs the rest; memory stays bounded
            }
        }
    };
    const int workers = std::clamp(threads > 0 ? threads : int(std::thread::hardware_concurrency()), 1,
                                   std::max(1, std::min(units, kMaxRenderThreads)));
    {
        std::vector<std::jthread> pool;
        for (int i = 1; i < workers; ++i)
            pool.emplace_back(work);
        work();
    } // joined
    QList<RenderedFile> files;
    for (UnitOutcome &outcome : outcomes) {
        if (!outcome.error.isEmpty())
            return Result<QStringList>::failure(outcome.error);
        files << std::move(outcome.files);
    }
    if (const auto ok = FileWriter(dir).writeManifest(manifestJson(files)); !ok)
        return Result<QStringList>::failure(ok.error());
    return pathsWritten(files);
}

} // namespace tw

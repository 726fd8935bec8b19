#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <unistd.h>

// Start-up measurement (bench/startup.sh): with TW_STARTUP_PROBE=1 the program quits right after
// the first paint of the first page and prints how long that took since the process started, the
// CPU time it used (user + system: steadier than wall time on a busy machine) and its peak RSS:
//   first-paint-ms 84.3 cpu-ms 40.1 maxrss-kb 61234
// The start is TW_STARTUP_T0 (epoch seconds with a fraction, e.g. bash's $EPOCHREALTIME, taken just
// before exec) when given, else the process start time from /proc (10 ms resolution). Header-only
// and Qt-Widgets-only, so that bench/bare_wizard.cpp measures itself the same way.

namespace tw::ui {

class StartupProbe final : public QObject {
public:
    static bool enabled() { return qEnvironmentVariableIsSet("TW_STARTUP_PROBE"); }

    // Watches `widget` (the first page) and quits the application after its first paint.
    static void watch(QWidget *widget)
    {
        if (enabled())
            widget->installEventFilter(new StartupProbe(widget));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            const double ms = elapsedMs();
            QTimer::singleShot(0, qApp, [ms] {
                rusage usage{};
                getrusage(RUSAGE_SELF, &usage);
                const double cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                                   (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
                std::printf("first-paint-ms %.1f cpu-ms %.1f maxrss-kb %ld\n", ms, cpu, usage.ru_maxrss);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit StartupProbe(QObject *parent) : QObject(parent) {}

    static double nowSeconds(clockid_t clock)
    {
        timespec ts{};
        clock_gettime(clock, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }

    static double elapsedMs()
    {
        const QByteArray t0 = qgetenv("TW_STARTUP_T0");
        if (!t0.isEmpty())
            return (nowSeconds(CLOCK_REALTIME) - QString::fromLatin1(t0).replace(QLatin1Char(','), QLatin1Char('.')).toDouble()) * 1000.0;
        // Field 22 of /proc/self/stat: start time in clock ticks after boot.
        std::ifstream stat("/proc/self/stat");
        std::string content((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
        const auto close = content.rfind(')');
        if (close == std::string::npos)
            return -1;
        const QStringList fields = QString::fromStdString(content.substr(close + 2)).split(QLatin1Char(' '));
        if (fields.size() < 20)
            return -1;
        const double start = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
        return (nowSeconds(CLOCK_BOOTTIME) - start) * 1000.0;
    }

    bool m_done = false;
};

} // namespace tw::ui

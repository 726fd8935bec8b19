#pragma once

#include "io/ProjectFile.h"
#include "model/Project.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

// Shared by the fuzz targets (docs/hardening.md). A target finds crashes and sanitizer reports by
// itself; TW_FUZZ_ASSERT adds the properties that must hold for every input (an abort is a finding
// that libFuzzer saves like a crash).

#define TW_FUZZ_ASSERT(cond, what)                                                                  \
    do {                                                                                            \
        if (!(cond)) {                                                                              \
            std::fprintf(stderr, "tw fuzz property violated: %s (%s:%d)\n", what, __FILE__, __LINE__); \
            std::abort();                                                                           \
        }                                                                                           \
    } while (0)

namespace twfuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // A copy, not fromRawData: QJsonDocument may keep a pointer into the buffer, and libFuzzer's
    // buffer is exactly `size` bytes (ASan finds any read past it).
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Fuzz inputs are bounded well below the 16 MiB project limit: large inputs only slow the search.
inline constexpr size_t kMaxInput = 256 * 1024;

inline std::optional<tw::Project> parsed(const uint8_t *data, size_t size)
{
    if (size > kMaxInput)
        return std::nullopt;
    auto p = tw::parseProject(bytesOf(data, size));
    if (!p)
        return std::nullopt;
    return *p;
}

} // namespace twfuzz

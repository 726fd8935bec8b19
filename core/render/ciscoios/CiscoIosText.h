#pragma once

#include "render/FileHeader.h"
#include "render/TextBuilder.h"

#include <QByteArray>
#include <QStringView>

#include <initializer_list>

namespace tw::ciscoios {

// The text of an IOS file (config, rollback, troubleshooting sheet), written as whole lines, each
// with its indent and its line break as the file shows it: sub-mode lines with their leading space
// as `show running-config` prints them, "! " comments, "!" separators; in a sheet, commands to type
// indented by four spaces. A block of lines is one TextBuilder::fill pattern: one piece to write,
// not three a line.
class CiscoIosText final {
public:
    void lines(const FillPattern &pattern, std::initializer_list<QStringView> args = {}) { m_out.fill(pattern, args); }
    // Starts the text with its header ("! " comments), which the caller completes and ends.
    FileHeader header(const FillPattern &title) { return FileHeader(m_out, "! ", title); }
    QByteArray bytes() { return m_out.take(); }

private:
    TextBuilder m_out{8192}; // a file is a few kB: no growing step by step
};

} // namespace tw::ciscoios

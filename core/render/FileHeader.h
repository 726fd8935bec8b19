#pragma once

#include "render/TextBuilder.h"

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <string_view>

// The block every rendered text file starts with: generator, what it is for, how to apply it.
// Each line is prefixed with the vendor's comment marker ("# " RouterOS, "! " IOS); user-typed
// values that appear here are names, which the model restricts to [A-Za-z0-9_.-].

namespace tw {

QString generatorName(); // "tunnelwright 0.1.0"

class HeaderFacts;

// Writes the header straight into the file's text: the title and the generator line at once, then
// the facts ("project: acme", "link: hq-branch", "platform: routeros-7"), then the instructions
// (how to apply it, one step per line) after an empty comment line, then end() closes it with an
// empty line. Facts and instructions are blocks of whole lines, each starting with the comment
// marker and ending with its line break, as the file shows them: a TextBuilder::fill pattern of our
// own, one piece to write.
class FileHeader final {
public:
    using Args = std::initializer_list<QStringView>;

    FileHeader(TextBuilder &out, std::string_view commentMarker, const FillPattern &title, Args args = {});
    FileHeader(const FileHeader &) = delete;
    FileHeader &operator=(const FileHeader &) = delete;

    // The facts, written ahead with the same comment marker (HeaderFacts).
    void facts(const HeaderFacts &facts);
    void instructions(const FillPattern &lines, Args args = {});
    // The empty line after the header: the file's own text follows.
    void end() { m_out << '\n'; }

private:
    TextBuilder &m_out;
    std::string_view m_marker;
    bool m_instructions = false; // the empty comment line before the first instruction is written
};

// The facts a header lists, one line each, written ahead: all of one side's files list the same,
// so they are filled in once and copied into each header (FileHeader::facts). Lines as
// FileHeader::instructions takes them.
class HeaderFacts final {
public:
    explicit HeaderFacts(std::string_view commentMarker) : m_marker(commentMarker) {}
    void lines(const FillPattern &lines, FileHeader::Args args = {})
    {
        Q_ASSERT(lines.text().starts_with(m_marker) && lines.text().ends_with('\n'));
        m_lines.fill(lines, args);
    }

private:
    friend class FileHeader;
    std::string_view m_marker;
    TextBuilder m_lines{512}; // a few lines (a Cisco header's outgrew 256 bytes)
};

} // namespace tw

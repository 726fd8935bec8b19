#pragma once

#include "render/FileHeader.h"
#include "render/TextBuilder.h"
#include "render/routeros/RouterOsQuote.h"

#include <QString>

#include <algorithm>
#include <initializer_list>
#include <string_view>

// Builds the text of a RouterOS script one command at a time. A command is a pattern of our own,
// checked when compiled (RouterOsCommand), and its values fill placeholders: each quoted once by
// RouterOsQuote in a RouterOsValueSet, or a keyword literal checked when compiled
// (RouterOsKeyword). No renderer concatenates `name=value` by hand.

namespace tw::routeros {

namespace detail {
// Called only for a literal that breaks the rule of RouterOsKeyword, RouterOsCommand (or
// RouterOsArguments) or RouterOsCommentLines: the compiler names it.
void routerOsKeywordMustBeABareWord();
void routerOsCommandMustBeMenuThenNameEqualsValueArguments();
void routerOsCommentLinesMustBeEmptyOrStartWithHash();
} // namespace detail

// A keyword, number or list of our own ("input", "2m", "500,4500"): a string literal of the
// characters RouterOsQuote::isBareWord leaves bare, checked when compiled, so it is written as it
// stands and can never need quoting.
class RouterOsKeyword final {
public:
    template <size_t N> consteval RouterOsKeyword(const char (&text)[N]) : m_text(text, N - 1)
    {
        if (m_text.empty())
            detail::routerOsKeywordMustBeABareWord();
        for (const char c : m_text)
            if (!RouterOsQuote::isBareWordByte(c))
                detail::routerOsKeywordMustBeABareWord();
    }
    constexpr std::string_view text() const { return m_text; }

private:
    std::string_view m_text;
};

// A value quoted once for RouterOS (RouterOsQuote::value), as a troubleshooting sheet shows it in
// the commands a person types (the comment tag every object of a link carries). Scripts quote
// their values in a RouterOsValueSet instead.
class RouterOsQuotedValue final {
public:
    explicit RouterOsQuotedValue(QStringView raw);
    const QString &text() const { return m_text; }

private:
    QString m_text;
};

// Comment lines of our own, as the script shows them: "# Phase 1 (IKE).\n# More.\n". Checked when
// compiled: every line ends with a line break and is empty, "#" or "# " and printable ASCII, so
// no line of it can be a command. Several lines are one piece to write.
class RouterOsCommentLines final {
public:
    template <size_t N> consteval RouterOsCommentLines(const char (&text)[N]) : m_text(text, N - 1)
    {
        if (m_text.empty() || m_text.back() != '\n')
            detail::routerOsCommentLinesMustBeEmptyOrStartWithHash();
        for (size_t start = 0; start < m_text.size();) {
            const size_t end = m_text.find('\n', start);
            const std::string_view line = m_text.substr(start, end - start);
            if (!line.empty() && line != "#" && !line.starts_with("# "))
                detail::routerOsCommentLinesMustBeEmptyOrStartWithHash();
            for (const char c : line)
                if (c < ' ' || c > '~')
                    detail::routerOsCommentLinesMustBeEmptyOrStartWithHash();
            start = end + 1;
        }
    }
    constexpr std::string_view text() const { return m_text; }

private:
    std::string_view m_text;
};

// Values a script writes, each quoted for RouterOS and encoded as UTF-8 once, however many of its
// commands use it (a subnet stands in a policy and in three firewall rules): all in one buffer, one
// allocation for all of a script's values. A value is named by the Id its maker returns, and
// written through the view operator[] gives: views are taken where a command is written, since
// adding a value may move the buffer.
class RouterOsValueSet final {
public:
    struct Id {
        qint32 begin = 0;
        qint32 end = 0;
    };
    explicit RouterOsValueSet(qsizetype capacity = 1024) : m_bytes(capacity) {}

    // Text that came from the user (keys, passwords, interface names, names, comments): quoted
    // unless it is a plain [A-Za-z0-9._-] token (RouterOsQuote::value).
    Id text(QStringView raw);
    // A value the renderer composed (address, prefix, algorithm list, number): bare when it is a
    // bare word (RouterOsQuote::word).
    Id word(QStringView raw);
    // "[find name=tw-x]", "[find comment=\"tunnelwright:x\"]": a positional argument naming
    // what a command changes or removes, the value quoted as text().
    Id findBy(std::string_view property, QStringView raw);

    // Forgets every value (their Ids with them), keeping the buffer: a loop's values, one
    // iteration at a time.
    void clear() { m_bytes.truncate(0); }

    class View;
    View operator[](Id id) const &;
    View operator[](Id id) const && = delete; // the view would outlive the set's bytes

private:
    template <typename Write> Id add(Write write);
    TextBuilder m_bytes;
};

// A value of a RouterOsValueSet as the script writes it. Only the set makes one, so a command's
// slot holds a quoted value or one of our keywords, never raw text.
class RouterOsValueSet::View final {
public:
    std::string_view bytes() const { return m_bytes; }

private:
    friend class RouterOsValueSet;
    explicit View(std::string_view bytes) : m_bytes(bytes) {}
    std::string_view m_bytes;
};

inline RouterOsValueSet::View RouterOsValueSet::operator[](Id id) const &
{
    return View(m_bytes.text().substr(size_t(id.begin), size_t(id.end - id.begin)));
}

// What fills a placeholder of a RouterOsCommand: a value of a RouterOsValueSet, or a keyword of
// our own (RouterOsKeyword, or a string literal checked as one).
class RouterOsSlot final {
public:
    RouterOsSlot(RouterOsValueSet::View value) : m_bytes(value.bytes()) {}
    constexpr RouterOsSlot(RouterOsKeyword keyword) : m_bytes(keyword.text()) {}
    template <size_t N> consteval RouterOsSlot(const char (&keyword)[N]) : m_bytes(RouterOsKeyword(keyword).text()) {}
    std::string_view bytes() const { return m_bytes; }

private:
    std::string_view m_bytes;
};

namespace detail {
// The characters of a menu word, a verb and an argument name: "l2tp-server", "add", "dst-port".
constexpr bool isCommandWordByte(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// The rules of a command pattern, checked when compiled: `text` from `from` on is arguments one
// space before each: `name=VALUE` with a name of [a-z0-9-] and a VALUE that is a placeholder, a
// RouterOsKeyword or "" (the empty string); or a placeholder alone (a positional argument).
consteval void checkRouterOsArguments(std::string_view text, size_t from)
{
    const auto placeholder = [&](size_t at, size_t end) {
        return end - at == 2 && text[at] == '%' && text[at + 1] >= '1' && text[at + 1] <= '9';
    };
    for (size_t i = from; i < text.size();) {
        if (text[i] != ' ')
            routerOsCommandMustBeMenuThenNameEqualsValueArguments();
        const size_t start = ++i;
        const size_t end = std::min(text.find(' ', start), text.size());
        if (placeholder(start, end)) {
            i = end;
            continue;
        }
        size_t at = start;
        while (at < end && isCommandWordByte(text[at]))
            ++at;
        if (at == start || at == end || text[at] != '=')
            routerOsCommandMustBeMenuThenNameEqualsValueArguments();
        const size_t value = at + 1;
        bool bare = value < end;
        for (size_t k = value; k < end; ++k)
            bare = bare && RouterOsQuote::isBareWordByte(text[k]);
        if (!bare && !placeholder(value, end) && text.substr(value, end - value) != "\"\"")
            routerOsCommandMustBeMenuThenNameEqualsValueArguments();
        i = end;
    }
}
} // namespace detail

// A whole command as the script reads it, with placeholders %1 ... %9 for values:
// "/ip ipsec policy add peer=%1 tunnel=yes src-address=%2 comment=%3". Checked when compiled: a
// menu path and verb ("/ip ipsec policy add": a '/', then words of [a-z0-9-] one space apart),
// then arguments as detail::checkRouterOsArguments takes them. A placeholder is a whole value,
// and the values that fill them are quoted (RouterOsSlot), so no value can end the command or the
// line.
class RouterOsCommand final {
public:
    template <size_t N> consteval RouterOsCommand(const char (&text)[N]) : m_fill(text)
    {
        const std::string_view t(text, N - 1);
        if (t.empty() || t[0] != '/')
            detail::routerOsCommandMustBeMenuThenNameEqualsValueArguments();
        size_t i = 1; // a menu word or the verb starts here
        for (;;) {
            const size_t end = std::min(t.find(' ', i), t.size());
            if (i == end)
                detail::routerOsCommandMustBeMenuThenNameEqualsValueArguments();
            for (; i < end; ++i)
                if (!detail::isCommandWordByte(t[i]))
                    detail::routerOsCommandMustBeMenuThenNameEqualsValueArguments();
            if (i == t.size())
                break;
            const std::string_view next = t.substr(i + 1, std::min(t.find(' ', i + 1), t.size()) - i - 1);
            if (next.find('=') != std::string_view::npos || next.starts_with('%'))
                break; // the arguments start
            ++i;
        }
        detail::checkRouterOsArguments(t, i);
    }
    constexpr const FillPattern &pattern() const { return m_fill; }

private:
    FillPattern m_fill;
};

// Arguments that follow a command's first ones, for arguments some scripts write and others not:
// " dns-server=%1 change-tcp-mss=yes". Checked as the arguments of a RouterOsCommand: each starts
// with its space.
class RouterOsArguments final {
public:
    template <size_t N> consteval RouterOsArguments(const char (&text)[N]) : m_fill(text)
    {
        const std::string_view t(text, N - 1);
        if (t.empty())
            detail::routerOsCommandMustBeMenuThenNameEqualsValueArguments();
        detail::checkRouterOsArguments(t, 0);
    }
    constexpr const FillPattern &pattern() const { return m_fill; }

private:
    FillPattern m_fill;
};

using RouterOsSlots = std::initializer_list<RouterOsSlot>;

// A table whose rules RouterOsScriptWriter::addAtTop puts above its first static rule, with the
// text around each rule spelled out when compiled (one piece each, not the menu three times).
struct RouterOsRuleTable {
    std::string_view menu;        // "/ip firewall filter"
    std::string_view addIfEmpty;  // ":if ([:len [MENU find dynamic=no]] = 0) do={MENU add"
    std::string_view placeBefore; // " place-before=[:pick [MENU find dynamic=no] 0]}\n"

    // The add command that ends addIfEmpty ("MENU add"), which addAtTop copies for its second
    // branch: its length.
    constexpr size_t addCommandSize() const { return menu.size() + std::string_view(" add").size(); }
    // addIfEmpty really ends with that command (checked for every table when compiled).
    constexpr bool endsWithAddCommand() const
    {
        return addIfEmpty.size() >= addCommandSize() && addIfEmpty.ends_with(" add") &&
               addIfEmpty.substr(addIfEmpty.size() - addCommandSize(), menu.size()) == menu;
    }
};

// Absolute menu paths inside the blocks: a block does not inherit the current menu reliably. The
// backslash at the end of the first line joins the two physical lines into one command (as
// /export does).
#define TW_ROUTEROS_RULE_TABLE(menu)                                                                   \
    RouterOsRuleTable{menu, ":if ([:len [" menu " find dynamic=no]] = 0) do={" menu " add",              \
                      " place-before=[:pick [" menu " find dynamic=no] 0]}\n"}
inline constexpr RouterOsRuleTable kIpFilterTable = TW_ROUTEROS_RULE_TABLE("/ip firewall filter");
inline constexpr RouterOsRuleTable kIpv6FilterTable = TW_ROUTEROS_RULE_TABLE("/ipv6 firewall filter");
inline constexpr RouterOsRuleTable kIpNatTable = TW_ROUTEROS_RULE_TABLE("/ip firewall nat");
#undef TW_ROUTEROS_RULE_TABLE
static_assert(kIpFilterTable.endsWithAddCommand() && kIpv6FilterTable.endsWithAddCommand() &&
              kIpNatTable.endsWithAddCommand());

// Commands and comments are our own UTF-8 text (std::string_view), written as they are.
class RouterOsScriptWriter final {
public:
    // An empty script. A site script is up to about 10 kB: reserved at once, it is not copied over
    // and over while it grows.
    RouterOsScriptWriter() : m_text(12288) {}
    // Starts the script with its header ("# " comments); the caller adds facts and instructions
    // and ends it before the first command.
    FileHeader header(const FillPattern &title) { return FileHeader(m_text, "# ", title); }
    // Comment lines of our own words, and empty lines between blocks. Only a checked string
    // literal is taken: a value in a comment could end the line and start a command.
    void comment(RouterOsCommentLines lines) { m_text << lines.text(); }
    void blank() { m_text << '\n'; }
    // One command, its placeholders filled in order by `values` (as many as the pattern numbers).
    void command(const RouterOsCommand &command, RouterOsSlots values)
    {
        fill(command.pattern(), values);
        m_text << '\n';
    }
    // A command whose arguments depend on choices: its first part, then any further arguments,
    // then the end of its line.
    void startCommand(const RouterOsCommand &command, RouterOsSlots values) { fill(command.pattern(), values); }
    void addArguments(const RouterOsArguments &arguments, RouterOsSlots values) { fill(arguments.pattern(), values); }
    void endCommand() { m_text << '\n'; }
    // Adds a firewall rule (its arguments after "add") above the first static rule of `table`, or
    // as the only rule of an empty table. `place-before=0` is unreliable in an imported script
    // (numbers come from an earlier `print`, an empty table has no item 0), so the id of the first
    // rule is looked up instead; dynamic rules (FastTrack counters, services) are skipped because
    // they always stay on top.
    void addAtTop(const RouterOsRuleTable &table, const RouterOsArguments &rule, RouterOsSlots values);

    // The script as UTF-8, leaving the writer empty.
    QByteArray take() { return m_text.take(); }

private:
    void fill(const FillPattern &pattern, RouterOsSlots values);
    TextBuilder m_text;
};

} // namespace tw::routeros

#pragma once

#include "render/FileHeader.h"
#include "render/TextBuilder.h"
#include "render/routeros/RouterOsQuote.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <span>
#include <string_view>

// Builds the text of a RouterOS script one command at a time, so that no renderer concatenates
// `name=value` by hand: every value goes through RouterOsQuote, unless it is an expression we
// wrote or a keyword literal checked when compiled (RouterOsKeyword).

namespace tw::routeros {

namespace detail {
// Called only for a keyword literal that breaks RouterOsKeyword's or RouterOsKeywordRun's rule: the
// compiler names it.
void routerOsKeywordMustBeABareWord();
void routerOsKeywordRunMustBeNameEqualsWordPairs();
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

// Several keyword arguments of our own in a row, as the command reads them: "chain=input
// action=accept". Checked when compiled: arguments one space apart, each a name of [a-z0-9-] and
// a RouterOsKeyword value. Written as one piece instead of a name and a value per argument.
class RouterOsKeywordRun final {
public:
    template <size_t N> consteval RouterOsKeywordRun(const char (&text)[N]) : m_text(text, N - 1)
    {
        const auto nameChar = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
        size_t i = 0;
        do {
            const size_t nameStart = i;
            while (i < m_text.size() && nameChar(m_text[i]))
                ++i;
            if (i == nameStart || i == m_text.size() || m_text[i] != '=')
                detail::routerOsKeywordRunMustBeNameEqualsWordPairs();
            const size_t valueStart = ++i;
            while (i < m_text.size() && RouterOsQuote::isBareWordByte(m_text[i]))
                ++i;
            if (i == valueStart || (i < m_text.size() && m_text[i] != ' '))
                detail::routerOsKeywordRunMustBeNameEqualsWordPairs();
        } while (i++ < m_text.size());
    }
    constexpr std::string_view text() const { return m_text; }

private:
    std::string_view m_text;
};

// A value quoted once for RouterOS (RouterOsQuote::value), for the arguments of many commands (the
// comment tag every object of a link carries): written as it is each time.
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

// One argument of a command. It refers to its value, it does not copy it: an argument list is
// built and written within one statement or a few, and copying a QString into each argument cost
// two atomic reference counts per argument (perf, bench/). The value must outlive the argument,
// so a temporary QString is refused when compiled: name it first.
struct RouterOsArg {
    // Our own word; empty for a positional argument ("remove [find ...]") and a keyword run.
    std::string_view name;
    // Text and Word: the value as RouterOS should read it back, quoted when written. Expression
    // and Quoted: the text written as it is. Keyword: empty (keywordValue holds it).
    QStringView value;
    enum class Kind { Text, Word, Expression, Keyword, Quoted };
    Kind kind = Kind::Text;
    std::string_view keywordValue; // the value of a Keyword

    // Text that came from the user (keys, passwords, interface names, names, comments): quoted
    // unless it is a plain [A-Za-z0-9._-] token.
    static RouterOsArg text(std::string_view name, QStringView value) { return {name, value, Kind::Text, {}}; }
    static RouterOsArg text(std::string_view name, QString &&value) = delete;
    // A value quoted ahead (RouterOsQuotedValue).
    static RouterOsArg quoted(std::string_view name, const RouterOsQuotedValue &value)
    {
        return {name, value.text(), Kind::Quoted, {}};
    }
    static RouterOsArg quoted(std::string_view name, RouterOsQuotedValue &&value) = delete;
    // A value the renderer composed at run time (number, address, prefix, algorithm list): bare
    // when it is a bare word.
    static RouterOsArg word(std::string_view name, QStringView value) { return {name, value, Kind::Word, {}}; }
    static RouterOsArg word(std::string_view name, QString &&value) = delete;
    // A script expression written by the renderer itself, e.g. [find name=tw-x]: kept as it is.
    static RouterOsArg expr(std::string_view name, QStringView value) { return {name, value, Kind::Expression, {}}; }
    static RouterOsArg expr(std::string_view name, QString &&value) = delete;
    // A keyword or number of our own, a literal in the renderer (chain=input, dpd-interval=2m).
    static RouterOsArg keyword(std::string_view name, RouterOsKeyword value)
    {
        return {name, QStringView(), Kind::Keyword, value.text()};
    }
    // Keyword arguments in a row (chain=input action=accept), written as they stand.
    static RouterOsArg keywords(RouterOsKeywordRun run) { return {{}, QStringView(), Kind::Keyword, run.text()}; }
};

// The arguments of one command, built up in steps: any contiguous list, e.g. a RouterOsArgList,
// which keeps them on the stack. A braced list goes to the initializer_list overloads.
using RouterOsArgs = std::span<const RouterOsArg>;
using RouterOsArgList = QVarLengthArray<RouterOsArg, 20>;

// A table whose rules RouterOsScriptWriter::addAtTop puts above its first static rule, with the
// text around each rule spelled out when compiled (one piece each, not the menu three times).
struct RouterOsRuleTable {
    std::string_view menu;        // "/ip firewall filter"
    std::string_view addIfEmpty;  // ":if ([:len [MENU find dynamic=no]] = 0) do={MENU add"
    std::string_view placeBefore; // " place-before=[:pick [MENU find dynamic=no] 0]}\n"
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

// Commands and comments are our own UTF-8 text (std::string_view), written as they are.
class RouterOsScriptWriter final {
public:
    // An empty script. A site script is up to about 10 kB: reserved at once, it is not copied over
    // and over while it grows.
    RouterOsScriptWriter() : m_text(12288) {}
    // Starts the script with its header ("# " comments); the caller adds facts and instructions
    // and ends it before the first command.
    FileHeader header(FillPattern title) { return FileHeader(m_text, "# ", title); }
    // Comment lines of our own words, and empty lines between blocks. Only a checked string
    // literal is taken: a value in a comment could end the line and start a command.
    void comment(RouterOsCommentLines lines) { m_text << lines.text(); }
    void blank() { m_text << '\n'; }
    // "/menu verb args...": `command` is the menu, written with spaces, and the verb ("/ip ipsec
    // peer add").
    void command(std::string_view command, std::initializer_list<RouterOsArg> args)
    {
        this->command(command, RouterOsArgs(args.begin(), args.size()));
    }
    void command(std::string_view command, RouterOsArgs args);
    // Adds a firewall rule above the first static rule of `table`, or as the only rule of an empty
    // table. `place-before=0` is unreliable in an imported script (numbers come from an earlier
    // `print`, an empty table has no item 0), so the id of the first rule is looked up instead;
    // dynamic rules (FastTrack counters, services) are skipped because they always stay on top.
    void addAtTop(const RouterOsRuleTable &table, std::initializer_list<RouterOsArg> args)
    {
        addAtTop(table, RouterOsArgs(args.begin(), args.size()));
    }
    void addAtTop(const RouterOsRuleTable &table, RouterOsArgs args);

    // The script as UTF-8, leaving the writer empty.
    QByteArray take() { return m_text.take(); }

    // "[find name=tw-x]" / "[find comment=\"tunnelwright:x\"]".
    static QString findBy(std::string_view property, const QString &value);

private:
    // " name=value..." appended to the text.
    void appendArgs(RouterOsArgs args);
    TextBuilder m_text;
};

// What a rollback removes by: the positional arguments "[find comment=\"tunnelwright:x\"]" and
// "[find name=tw-x]", each made once for all its commands.
class RouterOsRollbackFinds final {
public:
    RouterOsRollbackFinds(const QString &tag, const QString &object)
        : m_byTag(RouterOsScriptWriter::findBy("comment", tag)), m_byName(RouterOsScriptWriter::findBy("name", object))
    {
    }
    RouterOsArg byTag() const { return RouterOsArg::expr({}, m_byTag); }
    RouterOsArg byName() const { return RouterOsArg::expr({}, m_byName); }

private:
    QString m_byTag, m_byName;
};

} // namespace tw::routeros

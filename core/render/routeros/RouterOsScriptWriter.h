#pragma once

#include "render/TextBuilder.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <initializer_list>
#include <span>

// Builds the text of a RouterOS script one command at a time, so that no renderer concatenates
// `name=value` by hand: every value goes through RouterOsQuote unless it is an expression we wrote.

namespace tw::routeros {

struct RouterOsArg {
    QString name;  // empty for a positional argument ("remove [find ...]")
    QString value; // as RouterOS should read it back
    enum class Kind { Text, Word, Expression };
    Kind kind = Kind::Text;

    // Text that came from the user (keys, passwords, interface names, names, comments): quoted
    // unless it is a plain [A-Za-z0-9._-] token.
    static RouterOsArg text(const QString &name, const QString &value) { return {name, value, Kind::Text}; }
    // A value the renderer composed (keyword, number, address, list): bare when it is a bare word.
    static RouterOsArg word(const QString &name, const QString &value) { return {name, value, Kind::Word}; }
    // A script expression written by the renderer itself, e.g. [find name=tw-x]: kept as it is.
    static RouterOsArg expr(const QString &name, const QString &value) { return {name, value, Kind::Expression}; }
};

// The arguments of one command, built up in steps: any contiguous list, e.g. a RouterOsArgList,
// which keeps them on the stack. A braced list goes to the initializer_list overloads.
using RouterOsArgs = std::span<const RouterOsArg>;
using RouterOsArgList = QVarLengthArray<RouterOsArg, 20>;

class RouterOsScriptWriter final {
public:
    // Starts the script with `header` (a FileHeader block). A site script is up to about 10 kB:
    // reserved at once, it is not copied over and over while it grows.
    explicit RouterOsScriptWriter(const QString &header = QString()) : m_text(12288) { m_text << header; }
    // "# text" (a comment line; the text must be one line of our own words).
    void comment(const QString &text);
    void blank();
    // "/menu verb args..."; menu is written with spaces ("/ip ipsec peer").
    void command(const QString &menu, const QString &verb, std::initializer_list<RouterOsArg> args)
    {
        command(menu, verb, RouterOsArgs(args.begin(), args.size()));
    }
    void command(const QString &menu, const QString &verb, RouterOsArgs args);
    // Adds a firewall rule above the first static rule of `menu`, or as the only rule of an empty
    // table. `place-before=0` is unreliable in an imported script (numbers come from an earlier
    // `print`, an empty table has no item 0), so the id of the first rule is looked up instead;
    // dynamic rules (FastTrack counters, services) are skipped because they always stay on top.
    void addAtTop(const QString &menu, std::initializer_list<RouterOsArg> args)
    {
        addAtTop(menu, RouterOsArgs(args.begin(), args.size()));
    }
    void addAtTop(const QString &menu, RouterOsArgs args);
    // A line that is not a command (plain text in the troubleshooting file).
    void line(const QString &text);

    // The script, leaving the writer empty.
    QString take() { return m_text.take(); }

    // "[find name=tw-x]" / "[find comment=\"tunnelwright:x\"]".
    static QString findBy(const QString &property, const QString &value);

private:
    // "/menu verb args..." appended to out.
    static void appendCommand(TextBuilder &out, const QString &menu, const QString &verb, RouterOsArgs args);
    TextBuilder m_text;
};

} // namespace tw::routeros

// One case of tests/compile-fail/CMakeLists.txt per build: TW_CASE 0 must compile, every other
// case must be refused by the compiler for the reason its test names.
#include "render/TextBuilder.h"
#include "render/routeros/RouterOsScriptWriter.h"

void compileFailCase(tw::TextBuilder &out, tw::routeros::RouterOsScriptWriter &script, bool flag)
{
#if TW_CASE == 0 // the rules' good side: all of this compiles
    out.fill("peer %2, key %1, 100%", {u"key", u"peer"});
    out.fill("%1%1%1%1%1%1%1%1%1", {u"nine placeholders"});
    out << "literal" << 'c' << tw::NumberText(5);
    script.comment("# a comment of our own\n#\n\n# and a block after an empty line\n");
    using tw::routeros::RouterOsKeyword;
    tw::routeros::RouterOsValueSet set;
    const tw::routeros::RouterOsValueSet::Id mtu = set.word(QString::number(1460));
    script.command("/ip pool add name=tw-x ranges=%1", {flag ? RouterOsKeyword("10.0.0.1-10.0.0.9")
                                                              : RouterOsKeyword("10.0.1.0/24")});
    script.command("/ip firewall filter add chain=input action=accept dst-port=500,4500 comment=\"\"", {});
    script.startCommand("/ppp profile set %1", {set[mtu]});
    script.addArguments(" max-mtu=%1 max-mru=%1 use-encryption=%2", {set[mtu], "no"});
    script.endCommand();
#elif TW_CASE == 1 // a gap in the numbering: %2 without %1
    out.fill("peer %2", {u"key", u"peer"});
#elif TW_CASE == 2 // a digit after a placeholder, which QString::arg would read as %12
    out.fill("group %12", {u"1"});
#elif TW_CASE == 3 // a keyword that would need quoting
    script.command("/ip pool add name=%1", {"two words"});
#elif TW_CASE == 4 // a number is not a character
    out << 5;
#elif TW_CASE == 5 // comment lines that are not a string literal
    script.comment(flag ? "one" : "other");
#elif TW_CASE == 6 // a value would refer to a set gone before the command is written
    const tw::routeros::RouterOsValueSet::View mtu = tw::routeros::RouterOsValueSet()[{}];
    script.command("/ppp profile add max-mtu=%1", {mtu});
#elif TW_CASE == 7 // more placeholders than FillPattern keeps the places of
    out.fill("%1%1%1%1%1%1%1%1%1%1", {u"x"});
#elif TW_CASE == 8 // an argument without its value
    script.command("/ip firewall filter add chain=input disabled", {});
#elif TW_CASE == 9 // comment lines with a command among them
    script.comment("# a comment\n/system reboot\n");
#elif TW_CASE == 10 // a placeholder that is only part of a value: the value's quotes would split it
    script.command("/ip pool add name=tw-%1", {"x"});
#elif TW_CASE == 11 // a raw text for a value: only a value set's quoted values and keywords fill a slot
    const QString name = QStringLiteral("a b");
    script.command("/ip pool add name=%1", {name});
#endif
    (void)out;
    (void)script;
    (void)flag;
}

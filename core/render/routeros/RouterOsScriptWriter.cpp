#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

namespace tw::routeros {

RouterOsQuotedValue::RouterOsQuotedValue(QStringView raw) : m_text(RouterOsQuote::value(raw)) {}

void RouterOsScriptWriter::appendCommand(TextBuilder &out, std::string_view menu, std::string_view verb,
                                         RouterOsArgs args)
{
    out << menu << ' ' << verb;
    for (const RouterOsArg &a : args) {
        if (a.name.empty())
            out << ' ';
        else
            out.appendBetween(' ', a.name, '=');
        switch (a.kind) {
        case RouterOsArg::Kind::Text:
            RouterOsQuote::appendValue(out, a.value);
            break;
        case RouterOsArg::Kind::Word:
            RouterOsQuote::appendWord(out, a.value);
            break;
        case RouterOsArg::Kind::Expression:
        case RouterOsArg::Kind::Quoted:
            out << a.value;
            break;
        case RouterOsArg::Kind::Keyword:
            out << a.keywordValue;
            break;
        }
    }
}

void RouterOsScriptWriter::command(std::string_view menu, std::string_view verb, RouterOsArgs args)
{
    appendCommand(m_text, menu, verb, args);
    m_text << '\n';
}

void RouterOsScriptWriter::addAtTop(std::string_view menu, RouterOsArgs args)
{
    // Absolute menu paths inside the blocks: a block does not inherit the current menu reliably.
    // The trailing backslash joins the two physical lines into one command (as /export does).
    m_text << ":if ([:len [" << menu << " find dynamic=no]] = 0) do={";
    const qsizetype addStart = m_text.size();
    appendCommand(m_text, menu, "add", args);
    const qsizetype addLength = m_text.size() - addStart;
    m_text << "} \\\n    else={";
    // The same add command again, copied from the text just written.
    m_text.repeat(addStart, addLength);
    m_text << " place-before=[:pick [" << menu << " find dynamic=no] 0]}\n";
}

QString RouterOsScriptWriter::findBy(std::string_view property, const QString &value)
{
    return u"[find " + QLatin1StringView(property.data(), qsizetype(property.size())) + u'=' +
           RouterOsQuote::value(value) + u']';
}

} // namespace tw::routeros

#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

namespace tw::routeros {

RouterOsQuotedValue::RouterOsQuotedValue(QStringView raw) : m_text(RouterOsQuote::value(raw)) {}

void RouterOsScriptWriter::appendArgs(RouterOsArgs args)
{
    TextBuilder &out = m_text;
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

void RouterOsScriptWriter::command(std::string_view command, RouterOsArgs args)
{
    m_text << command;
    appendArgs(args);
    m_text << '\n';
}

void RouterOsScriptWriter::addAtTop(const RouterOsRuleTable &table, RouterOsArgs args)
{
    m_text << table.addIfEmpty;
    // The add command ("MENU add args", addIfEmpty ends with its start), written once and copied
    // for the second branch.
    const qsizetype addStart = m_text.size() - qsizetype(table.menu.size() + std::string_view(" add").size());
    appendArgs(args);
    const qsizetype addLength = m_text.size() - addStart;
    m_text << "} \\\n    else={";
    m_text.repeat(addStart, addLength);
    m_text << table.placeBefore;
}

QString RouterOsScriptWriter::findBy(std::string_view property, const QString &value)
{
    return u"[find " + QLatin1StringView(property.data(), qsizetype(property.size())) + u'=' +
           RouterOsQuote::value(value) + u']';
}

} // namespace tw::routeros

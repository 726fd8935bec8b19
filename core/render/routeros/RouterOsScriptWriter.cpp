#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

#include <algorithm>

namespace tw::routeros {

RouterOsArg RouterOsArg::quotedText(std::string_view name, QStringView value)
{
    return {name, RouterOsQuote::value(value), Kind::Quoted, {}};
}

RouterOsScriptWriter::RouterOsScriptWriter(const FileHeader &h) : RouterOsScriptWriter() { appendHeader(m_text, h, "# "); }

void RouterOsScriptWriter::ownComment(std::string_view text)
{
    if (text.empty())
        m_text << "#\n";
    else
        m_text << "# " << text << '\n';
}

void RouterOsScriptWriter::comment(QStringView text)
{
    // Every physical line of a comment starts with '#', even if a name ever carried a line break:
    // a line without it would be read as a command.
    const auto isBreak = [](QChar ch) {
        const char16_t c = ch.unicode();
        return c < u' ' ? c == u'\n' || c == u'\r' : c == u'\u2028' || c == u'\u2029';
    };
    QStringView rest(text);
    for (;;) {
        const auto end = std::find_if(rest.begin(), rest.end(), isBreak);
        const QStringView part(rest.begin(), end);
        if (part.isEmpty())
            m_text << "#\n";
        else
            m_text << "# " << part << '\n';
        if (end == rest.end())
            return;
        rest = QStringView(end + 1, rest.end());
    }
}

void RouterOsScriptWriter::blank() { m_text << '\n'; }

void RouterOsScriptWriter::appendCommand(TextBuilder &out, std::string_view menu, std::string_view verb,
                                         RouterOsArgs args)
{
    out << menu << ' ' << verb;
    for (const RouterOsArg &a : args) {
        if (a.name.empty())
            out << ' ';
        else
            out << ' ' << a.name << '=';
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
    TextBuilder out(qsizetype(property.size()) + value.size() + 16);
    out << "[find " << property << '=';
    RouterOsQuote::appendValue(out, value);
    out << ']';
    return QString::fromUtf8(out.take());
}

} // namespace tw::routeros

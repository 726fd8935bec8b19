#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

#include <algorithm>

namespace tw::routeros {

void RouterOsScriptWriter::comment(const QString &text)
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
            m_text << "# " << part << u'\n';
        if (end == rest.end())
            return;
        rest = QStringView(end + 1, rest.end());
    }
}

void RouterOsScriptWriter::blank() { m_text << u'\n'; }

void RouterOsScriptWriter::line(const QString &text) { m_text << text << u'\n'; }

void RouterOsScriptWriter::appendCommand(TextBuilder &out, const QString &menu, const QString &verb, RouterOsArgs args)
{
    out << menu << u' ' << verb;
    for (const RouterOsArg &a : args) {
        if (a.name.isEmpty())
            out << u' ';
        else
            out << u' ' << a.name << u'=';
        switch (a.kind) {
        case RouterOsArg::Kind::Text:
            RouterOsQuote::appendValue(out, a.value);
            break;
        case RouterOsArg::Kind::Word:
            RouterOsQuote::appendWord(out, a.value);
            break;
        case RouterOsArg::Kind::Expression:
            out << a.value;
            break;
        }
    }
}

void RouterOsScriptWriter::command(const QString &menu, const QString &verb, RouterOsArgs args)
{
    appendCommand(m_text, menu, verb, args);
    m_text << u'\n';
}

void RouterOsScriptWriter::addAtTop(const QString &menu, RouterOsArgs args)
{
    // Absolute menu paths inside the blocks: a block does not inherit the current menu reliably.
    // The trailing backslash joins the two physical lines into one command (as /export does).
    m_text << ":if ([:len [" << menu << " find dynamic=no]] = 0) do={";
    const qsizetype addStart = m_text.size();
    appendCommand(m_text, menu, QStringLiteral("add"), args);
    const qsizetype addLength = m_text.size() - addStart;
    m_text << "} \\\n    else={";
    // The same add command again, copied from the text just written.
    m_text.repeat(addStart, addLength);
    m_text << " place-before=[:pick [" << menu << " find dynamic=no] 0]}\n";
}

QString RouterOsScriptWriter::findBy(const QString &property, const QString &value)
{
    TextBuilder out(property.size() + value.size() + 16);
    out << "[find " << property << u'=';
    RouterOsQuote::appendValue(out, value);
    out << u']';
    return out.take();
}

} // namespace tw::routeros

#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

#include <QStringBuilder>

namespace tw::routeros {

void RouterOsScriptWriter::comment(const QString &text)
{
    // Every physical line of a comment starts with '#', even if a name ever carried a line break:
    // a line without it would be read as a command.
    // Split by hand: this runs for every comment of every file (a regex here was half the render time).
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size()) {
            const char16_t c = text[i].unicode();
            if (c != u'\r' && c != u'\n' && c != u'\u2028' && c != u'\u2029')
                continue;
        }
        const QStringView part = QStringView(text).mid(start, i - start);
        if (part.isEmpty())
            m_text += QLatin1String("#\n");
        else
            m_text += QLatin1String("# ") % part % QLatin1Char('\n');
        start = i + 1;
    }
}

void RouterOsScriptWriter::blank() { m_text += QLatin1Char('\n'); }

void RouterOsScriptWriter::line(const QString &text)
{
    m_text += text;
    m_text += QLatin1Char('\n');
}

void RouterOsScriptWriter::appendCommand(QString &out, const QString &menu, const QString &verb, Args args)
{
    out += menu % QLatin1Char(' ') % verb;
    for (const RouterOsArg &a : args) {
        if (a.name.isEmpty())
            out += QLatin1Char(' ');
        else
            out += QLatin1Char(' ') % a.name % QLatin1Char('=');
        switch (a.kind) {
        case RouterOsArg::Kind::Text:
            RouterOsQuote::appendValue(out, a.value);
            break;
        case RouterOsArg::Kind::Word:
            RouterOsQuote::appendWord(out, a.value);
            break;
        case RouterOsArg::Kind::Expression:
            out += a.value;
            break;
        }
    }
}

void RouterOsScriptWriter::command(const QString &menu, const QString &verb, Args args)
{
    appendCommand(m_text, menu, verb, args);
    m_text += QLatin1Char('\n');
}

void RouterOsScriptWriter::addAtTop(const QString &menu, Args args)
{
    const QString statics = QLatin1Char('[') % menu % QLatin1String(" find dynamic=no]");
    // Absolute menu paths inside the blocks: a block does not inherit the current menu reliably.
    // The trailing backslash joins the two physical lines into one command (as /export does).
    m_text += QLatin1String(":if ([:len ") % statics % QLatin1String("] = 0) do={");
    const qsizetype addStart = m_text.size();
    appendCommand(m_text, menu, QStringLiteral("add"), args);
    const qsizetype addLength = m_text.size() - addStart;
    m_text += QLatin1String("} \\\n    else={");
    // The same add command again, copied from the text just written (QString::append copes with a
    // source inside the string itself).
    m_text.append(m_text.constData() + addStart, addLength);
    m_text += QLatin1String(" place-before=[:pick ") % statics % QLatin1String(" 0]}\n");
}

QString RouterOsScriptWriter::findBy(const QString &property, const QString &value)
{
    QString out = QLatin1String("[find ") + property + QLatin1Char('=');
    RouterOsQuote::appendValue(out, value);
    out += QLatin1Char(']');
    return out;
}

} // namespace tw::routeros

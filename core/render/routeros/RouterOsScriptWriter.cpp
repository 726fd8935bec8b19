#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

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
        m_text += part.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ");
        m_text += part;
        m_text += QLatin1Char('\n');
        start = i + 1;
    }
}

void RouterOsScriptWriter::blank() { m_text += QLatin1Char('\n'); }

void RouterOsScriptWriter::line(const QString &text)
{
    m_text += text;
    m_text += QLatin1Char('\n');
}

QString RouterOsScriptWriter::formatArgs(const QList<RouterOsArg> &args)
{
    QString out;
    for (const RouterOsArg &a : args) {
        out += QLatin1Char(' ');
        if (!a.name.isEmpty())
            out += a.name + QLatin1Char('=');
        switch (a.kind) {
        case RouterOsArg::Kind::Text:
            out += RouterOsQuote::value(a.value);
            break;
        case RouterOsArg::Kind::Word:
            out += RouterOsQuote::word(a.value);
            break;
        case RouterOsArg::Kind::Expression:
            out += a.value;
            break;
        }
    }
    return out;
}

QString RouterOsScriptWriter::formatCommand(const QString &menu, const QString &verb, const QList<RouterOsArg> &args)
{
    return menu + QLatin1Char(' ') + verb + formatArgs(args);
}

void RouterOsScriptWriter::command(const QString &menu, const QString &verb, const QList<RouterOsArg> &args)
{
    line(formatCommand(menu, verb, args));
}

void RouterOsScriptWriter::addAtTop(const QString &menu, const QList<RouterOsArg> &args)
{
    const QString statics = QStringLiteral("[%1 find dynamic=no]").arg(menu);
    const QString add = formatCommand(menu, QStringLiteral("add"), args);
    // Absolute menu paths inside the blocks: a block does not inherit the current menu reliably.
    // The trailing backslash joins the two physical lines into one command (as /export does).
    line(QStringLiteral(":if ([:len %1] = 0) do={%2} \\").arg(statics, add));
    line(QStringLiteral("    else={%1 place-before=[:pick %2 0]}").arg(add, statics));
}

QString RouterOsScriptWriter::findBy(const QString &property, const QString &value)
{
    return QStringLiteral("[find %1=%2]").arg(property, RouterOsQuote::value(value));
}

} // namespace tw::routeros

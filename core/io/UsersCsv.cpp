#include "io/UsersCsv.h"

#include "io/ProjectFile.h"
#include "model/Vocabulary.h"
#include "validate/ProjectValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>

namespace tw {
namespace {

// Why a row of a user list is not imported: shown by the wizard in the user's language.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::UsersCsv)
};

struct Record {
    QStringList fields;
    QString quoteError; // the first quoting problem of the record, if any
};

// RFC 4180 records: fields split at ',', records at CRLF / LF / CR outside quotes.
class CsvReader final {
public:
    explicit CsvReader(const QString &text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    Record next()
    {
        Record r;
        QString field;
        bool quoted = false;   // inside a quoted field
        bool wasQuoted = false; // the current field started with a quote
        bool afterClose = false; // a quoted field's closing quote was seen
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const QChar c = m_text[m_pos];
            if (quoted) {
                ++m_pos;
                if (c == QLatin1Char('"')) {
                    if (m_pos < n && m_text[m_pos] == QLatin1Char('"')) {
                        field += c; // "" inside quotes: one quote
                        ++m_pos;
                    } else {
                        quoted = false;
                        afterClose = true;
                    }
                } else {
                    field += c;
                }
                continue;
            }
            if (c == QLatin1Char(',')) {
                ++m_pos;
                r.fields << field;
                field.clear();
                wasQuoted = afterClose = false;
                continue;
            }
            if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                ++m_pos;
                if (c == QLatin1Char('\r') && m_pos < n && m_text[m_pos] == QLatin1Char('\n'))
                    ++m_pos;
                r.fields << field;
                return r;
            }
            ++m_pos;
            if (c == QLatin1Char('"')) {
                if (field.isEmpty() && !wasQuoted) {
                    quoted = wasQuoted = true;
                    continue;
                }
                if (r.quoteError.isEmpty())
                    r.quoteError = afterClose
                                       ? Text::tr("a quote follows the end of a quoted field; inside quotes write a "
                                                        "quote twice (\"\")")
                                       : Text::tr("a quote inside a field that does not start with one; enclose the "
                                                        "field in quotes and write the inner quote twice (\"\")");
            } else if (afterClose && r.quoteError.isEmpty()) {
                r.quoteError = Text::tr("text follows the closing quote of a field; put a comma after the quote or "
                                              "move the text inside the quotes");
            }
            field += c;
        }
        if (quoted && r.quoteError.isEmpty())
            r.quoteError = Text::tr("a quoted field is never closed (the file ends inside quotes); add the closing "
                                          "quote");
        r.fields << field;
        return r;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

bool isHeader(const QStringList &fields)
{
    if (fields.size() != 2)
        return false;
    const QString first = fields[0].trimmed().toLower(), second = fields[1].trimmed().toLower();
    return (first == QLatin1String("name") || first == QLatin1String("user") || first == QLatin1String("username")) &&
           second == QLatin1String("password");
}

QString shown(const QString &s)
{
    QString out = s.left(40);
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            c = QLatin1Char('?');
    return out;
}

QByteArray csvField(const QString &s)
{
    const bool quote = s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
                       s.contains(QLatin1Char('\r')) || (!s.isEmpty() && (s.front().isSpace() || s.back().isSpace()));
    if (!quote)
        return s.toUtf8();
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + q.toUtf8() + '"';
}

} // namespace

CsvImport parseUsersCsv(const QByteArray &bytes)
{
    CsvImport result;
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError()) {
        result.rowErrors << Text::tr("row 1: the file is not UTF-8 text; save it as \"CSV UTF-8\" and import again");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    CsvReader reader(text);
    QHash<QString, int> rowOfName; // lower-case name -> row
    bool first = true;
    for (int row = 1; !reader.atEnd(); ++row) {
        const Record r = reader.next();
        const auto fail = [&](const QString &message) { result.rowErrors << Text::tr("row %1: %2").arg(row).arg(message); };
        if (r.fields.size() == 1 && r.fields[0].isEmpty() && r.quoteError.isEmpty())
            continue; // blank line
        if (first) {
            first = false;
            if (r.quoteError.isEmpty() && isHeader(r.fields))
                continue;
        }
        if (!r.quoteError.isEmpty()) {
            fail(r.quoteError);
            continue;
        }
        if (r.fields.size() != 2) {
            fail(r.fields.size() == 1
                     ? Text::tr("has 1 field; a row is name,password (enclose a password that contains a comma in quotes)")
                     : Text::tr("has %1 fields; a row is name,password (enclose a password that contains a comma in "
                                      "quotes)").arg(r.fields.size()));
            continue;
        }
        const QString &name = r.fields[0], &password = r.fields[1];
        if (name.isEmpty()) {
            fail(Text::tr("the name is empty"));
            continue;
        }
        if (!isValidName(name)) {
            fail(Text::tr("\"%1\" is not a valid user name: start with a letter, then up to 31 letters, digits, "
                                "'.', '_' or '-' (no spaces)").arg(shown(name)));
            continue;
        }
        if (const auto earlier = rowOfName.constFind(name.toLower()); earlier != rowOfName.constEnd()) {
            fail(Text::tr("\"%1\" is already on row %2; user names must be unique (ignoring case)").arg(name).arg(*earlier));
            continue;
        }
        if (password.isEmpty()) {
            fail(Text::tr("the password of \"%1\" is empty").arg(name));
            continue;
        }
        if (hasControlCharacter(password)) {
            fail(Text::tr("the password of \"%1\" contains a control character (tab, line break ...); passwords must "
                                "be typeable").arg(name));
            continue;
        }
        if (result.users.size() >= kMaxUsersPerServer) {
            fail(Text::tr("more than %1 users; a server holds at most %1").arg(kMaxUsersPerServer));
            break;
        }
        rowOfName.insert(name.toLower(), row);
        result.users << User{name, password};
    }
    return result;
}

QByteArray writeUsersCsv(const QList<User> &users)
{
    QByteArray out = "name,password\r\n";
    for (const User &u : users)
        out += csvField(u.name) + ',' + csvField(u.password) + "\r\n";
    return out;
}

} // namespace tw

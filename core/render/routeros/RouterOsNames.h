#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <string_view>

// How the scripts mark what they create, so that the rollback removes exactly that: objects with a
// `name` are called tw-<link or server>, every object with a `comment` carries tunnelwright:<...>.
// Link and server names match [A-Za-z][A-Za-z0-9_.-]{0,31} (the model checks), so both are plain.

namespace tw::routeros {

// One of those names, held in place: a link's two names are made on every side it renders, and
// a name the model allows (32 characters) never needs the heap. Converts to a view of itself, so
// keep it as a named object or an argument, never a view of a temporary.
class RouterOsName final {
public:
    RouterOsName(std::u16string_view prefix, QStringView name)
    {
        m_text.append(prefix.data(), qsizetype(prefix.size()));
        m_text.append(name.utf16(), name.size());
    }
    operator QStringView() const { return QStringView(m_text.constData(), m_text.size()); }
    QString toString() const { return QStringView(*this).toString(); }

private:
    QVarLengthArray<char16_t, 48> m_text;
};

class RouterOsNames final {
public:
    RouterOsNames() = delete;
    static RouterOsName object(QStringView name) { return {u"tw-", name}; }
    static RouterOsName comment(QStringView name) { return {u"tunnelwright:", name}; }
};

} // namespace tw::routeros

#include "render/routeros/RouterOsScriptWriter.h"

#include "render/routeros/RouterOsQuote.h"

namespace tw::routeros {

RouterOsQuotedValue::RouterOsQuotedValue(QStringView raw) : m_text(RouterOsQuote::value(raw)) {}

template <typename Write> RouterOsValueSet::Id RouterOsValueSet::add(Write write)
{
    const auto begin = qint32(m_bytes.size());
    write(m_bytes);
    return {begin, qint32(m_bytes.size())};
}

RouterOsValueSet::Id RouterOsValueSet::text(QStringView raw)
{
    return add([&](TextBuilder &out) { RouterOsQuote::appendValue(out, raw); });
}

RouterOsValueSet::Id RouterOsValueSet::word(QStringView raw)
{
    return add([&](TextBuilder &out) { RouterOsQuote::appendWord(out, raw); });
}

RouterOsValueSet::Id RouterOsValueSet::findBy(std::string_view property, QStringView raw)
{
    return add([&](TextBuilder &out) {
        out << "[find " << property << '=';
        RouterOsQuote::appendValue(out, raw);
        out << ']';
    });
}

void RouterOsScriptWriter::fill(const FillPattern &pattern, RouterOsSlots values)
{
    Q_ASSERT(qsizetype(values.size()) == pattern.argumentCount()); // a placeholder left as it is would be a command's text
    m_text.fillWith(pattern, values, [](const RouterOsSlot &value) { return value.bytes(); });
}

void RouterOsScriptWriter::addAtTop(const RouterOsRuleTable &table, const RouterOsArguments &rule, RouterOsSlots values)
{
    m_text << table.addIfEmpty;
    // The add command ("MENU add args", addIfEmpty ends with its start), written once and copied
    // for the second branch.
    const qsizetype addStart = m_text.size() - qsizetype(table.addCommandSize());
    fill(rule.pattern(), values);
    const qsizetype addLength = m_text.size() - addStart;
    m_text << "} \\\n    else={";
    m_text.repeat(addStart, addLength);
    m_text << table.placeBefore;
}

} // namespace tw::routeros

#pragma once

#include <QByteArray>
#include <QStringView>

// JSON written by hand where the member order is part of a contract (manifest.json, `check --json`):
// QJsonDocument sorts an object's keys.

namespace tw {

// Appends s as a JSON string literal in UTF-8: quote, backslash and control characters escaped, the
// rest as it is. Half a surrogate pair (no character) becomes '?', as QString::toUtf8 writes it.
void appendJsonString(QByteArray &out, QStringView s);

} // namespace tw

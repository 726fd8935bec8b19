#pragma once

#include <QString>

// The one quoting function for PowerShell (style point 4). Values go into single-quoted strings,
// which PowerShell takes verbatim: no $variable or $(subexpression) expansion, no backtick escapes
// (about_Quoting_Rules). Inside them a quote is written twice, and PowerShell counts the typographic
// single quotes U+2018, U+2019, U+201A and U+201B as quotes too (PowerShell issue #16084), so each of
// those is doubled as well. A control character cannot be written in a single-quoted string without
// changing when the file's line ends are converted, so it becomes [char]N in a parenthesised
// concatenation: ('a' + [char]10 + 'b'). `check` already rejects control characters in every value
// that reaches a script; this keeps the function total.

namespace tw {

QString powerShellQuote(const QString &value);

} // namespace tw

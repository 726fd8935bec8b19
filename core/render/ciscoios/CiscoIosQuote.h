#pragma once

#include <QString>

#include <optional>

// The IOS CLI has no quoting or escaping: a value is one word, written as is, or it cannot be written
// at all. So this "quoting" is a gate, not a transformation: it decides whether text may stand as a
// word on a `crypto isakmp key KEY address ...` / ` pre-shared-key KEY` / `interface NAME` line.
// The rules and their reasons are in docs/quoting-cisco.md.

namespace tw::ciscoios {

class CiscoIosQuote final {
public:
    CiscoIosQuote() = delete;

    // What IOS in particular cannot take in a pre-shared key, beyond the generic rules (8..128
    // printable ASCII, no space) that checkPsk reports: '?', quotes, a leading '!'. The message names
    // the character and its position, never the key. nullopt when there is nothing IOS-specific.
    static std::optional<QString> keyProblem(const QString &key);

    // The whole rule, generic and IOS: true when the key can be pasted as one word. The renderer
    // writes a key only when this holds.
    static bool isWritableKey(const QString &key);

    // An IOS interface name as `show ip interface brief` prints it: letters (and '-', for
    // Port-channel), then the number with '/', '.' or ':' between digits. Examples:
    // GigabitEthernet0/0, Gi0/0.10, Dialer1, Serial0/0/0:0, Port-channel1.
    static bool isInterfaceName(const QString &name);
    // Whether two interface names (both isInterfaceName) can name one interface: IOS takes any
    // abbreviation of the type, so Fa1/0 and FastEthernet1/0 are the same; the numbers must match.
    // Ignores case.
    static bool maySameInterface(const QString &a, const QString &b);
};

} // namespace tw::ciscoios

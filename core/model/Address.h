#pragma once

#include "model/Result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <tuple>
#include <utility>

// Address maths for the intent, on QHostAddress. Parsing is strict: an IPv4 literal is exactly
// four decimal octets without leading zeros (some systems read 010 as octal), an IPv6 literal has
// no scope id. Errors say what would be right.

namespace tw {

enum class Family { V4, V6 };

Family familyOf(const QHostAddress &a);
QString familyName(Family f); // "IPv4" / "IPv6"

Result<QHostAddress> parseAddress(QStringView text);
// The IPv4 literal parseAddress accepts (four decimal octets without leading zeros), as its
// number, without making a QHostAddress (each allocates); nullopt for anything else.
std::optional<quint32> parseIpv4(QStringView text);
// The host part of an IPv4 address under a prefix of `prefixLength` bits (0 to 32) as a mask: the
// bits after the network's, 0.0.0.255 for a /24 (also the wildcard mask Cisco ACLs write).
constexpr quint32 ipv4HostMask(int prefixLength) { return prefixLength >= 32 ? 0u : ~quint32(0) >> prefixLength; }

// The canonical text of an address (IPv4 dotted quad, IPv6 as QHostAddress writes it).
QString addressText(const QHostAddress &a);
// addressText(parsed), where parseAddress made `parsed` of `typed`. An IPv4 literal is parsed
// only in its canonical spelling (four decimal octets without leading zeros), so its text is
// `typed` itself, shared rather than written again; IPv6 has many spellings of one address.
QString canonicalAddressText(const QString &typed, const QHostAddress &parsed);
// addressText of an address, held in place rather than in a heap string: the renderers write a
// host of every pair of every link. Converts to a view of itself, so keep it as a named object (a
// local, a member), never a view of a temporary.
class AddressText final {
public:
    AddressText() = default; // empty
    explicit AddressText(const QHostAddress &a);
    static AddressText ofIpv4(quint32 address);
    operator QStringView() const { return QStringView(m_text, m_size); }

private:
    char16_t m_text[48] = {}; // the longest IPv6 text, eight groups or six and an IPv4 tail, is 45
    quint8 m_size = 0;
};
// addressText of each, in order (DNS server lists, say).
QStringList addressTexts(const QList<QHostAddress> &addresses);

struct Subnet {
    QHostAddress network;
    int prefixLength = 0;

    Family family() const { return familyOf(network); }
    int maxPrefixLength() const { return family() == Family::V4 ? 32 : 128; }
    bool isHost() const { return prefixLength == maxPrefixLength(); }
    bool contains(const QHostAddress &a) const { return a.isInSubnet(network, prefixLength); }
    bool overlaps(const Subnet &o) const { return contains(o.network) || o.contains(network); }
    QString toString() const; // canonical "network/length"
    // The address after the network address, or the network itself when the subnet has no other
    // (/31, /32, /127, /128): the host a troubleshooting sheet pings.
    AddressText firstHost() const;
    bool operator==(const Subnet &o) const { return network == o.network && prefixLength == o.prefixLength; }
};

// "192.168.88.0/24". Host bits set is an error that names the network that was probably meant.
Result<Subnet> parseSubnet(QStringView text);
// parsed.toString(), where parseSubnet made `parsed` of `typed`: for IPv4 `typed` itself, as
// canonicalAddressText (the prefix length too is taken only without leading zeros).
QString canonicalSubnetText(const QString &typed, const Subnet &parsed);

// A subnet as the numbers of its first and last address, for sorting and for overlap tests over
// every network of a project (QHostAddress::isInSubnet is too slow for that). Ordered by family,
// then first address, then the wider subnet first.
struct SubnetSpan {
    Family family = Family::V4;
    std::pair<quint64, quint64> first, last; // (high, low) 64 bits; IPv4 in the low 32

    static SubnetSpan of(const Subnet &s);
    bool overlaps(const SubnetSpan &o) const { return family == o.family && first <= o.last && o.first <= last; }
    bool operator<(const SubnetSpan &o) const
    {
        return std::tie(family, first, o.last) < std::tie(o.family, o.first, last);
    }
};

struct AddressRange {
    QHostAddress first;
    QHostAddress last;
    Family family() const { return familyOf(first); }
    bool contains(const QHostAddress &a) const;
    quint64 size() const; // saturates at UINT64_MAX for huge IPv6 ranges
    bool overlaps(const Subnet &s) const;
    QString toString() const;
};

// "FIRST-LAST" with both ends of one family and FIRST <= LAST.
Result<AddressRange> parseRange(QStringView text);

// The address as 16 bytes in network order, an IPv4 one in the last four (the family tells them
// apart).
Q_IPV6ADDR bytesOf(const QHostAddress &a);

// Numeric order of two addresses of the same family: <0, 0, >0.
int compareAddresses(const QHostAddress &a, const QHostAddress &b);

// RFC 1918, RFC 6598 shared (CGNAT) and RFC 4193 unique-local space: not reachable from the Internet.
bool isPrivateAddress(const QHostAddress &a);

// A DNS host name (RFC 1123 labels): what an L2TP server's public_address may be besides a literal.
bool isHostName(QStringView text);

} // namespace tw

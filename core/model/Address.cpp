#include "model/Address.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <optional>
#include <cstring>
#include <limits>

namespace tw {
namespace {

// Parse errors end up in check's findings: translated with them (translations/README.md).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(tw::Findings)
};

QHostAddress maskedNetwork(const QHostAddress &a, int prefix)
{
    if (familyOf(a) == Family::V4)
        return QHostAddress(a.toIPv4Address() & ~ipv4HostMask(prefix));
    Q_IPV6ADDR b = a.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int bits = qBound(0, prefix - i * 8, 8);
        b[i] &= quint8(bits == 0 ? 0 : 0xFF << (8 - bits));
    }
    return QHostAddress(b);
}

// True when `a` has bits set after its first `prefix` bits. IPv4 on the number itself: a subnet
// without host bits, the common case, then costs no second QHostAddress.
bool hasHostBits(const QHostAddress &a, int prefix)
{
    if (familyOf(a) == Family::V4)
        return (a.toIPv4Address() & ipv4HostMask(prefix)) != 0;
    return maskedNetwork(a, prefix) != a;
}

} // namespace

Q_IPV6ADDR bytesOf(const QHostAddress &a)
{
    if (familyOf(a) == Family::V6)
        return a.toIPv6Address();
    Q_IPV6ADDR out{};
    const quint32 v = a.toIPv4Address();
    out[12] = quint8(v >> 24);
    out[13] = quint8(v >> 16);
    out[14] = quint8(v >> 8);
    out[15] = quint8(v);
    return out;
}

Family familyOf(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol ? Family::V6 : Family::V4;
}

QString familyName(Family f) { return f == Family::V4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"); }

int compareAddresses(const QHostAddress &a, const QHostAddress &b)
{
    const Q_IPV6ADDR x = bytesOf(a), y = bytesOf(b);
    return std::memcmp(x.c, y.c, 16);
}

// Dotted-quad IPv4 without leading zeros; hand-written because it runs for every keystroke and every
// link of a large project.
std::optional<quint32> parseIpv4(QStringView s)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        const qsizetype start = i;
        int octet = 0;
        while (i < s.size() && s[i] >= u'0' && s[i] <= u'9' && i - start < 3)
            octet = octet * 10 + (s[i++].unicode() - '0');
        const qsizetype digits = i - start;
        if (digits == 0 || octet > 255 || (digits > 1 && s[start] == u'0'))
            return std::nullopt;
        value = (value << 8) | quint32(octet);
        if (++parts < 4) {
            if (i >= s.size() || s[i] != u'.')
                return std::nullopt;
            ++i;
        }
    }
    if (i != s.size())
        return std::nullopt;
    return value;
}

Result<QHostAddress> parseAddress(QStringView text)
{
    if (text.isEmpty())
        return Result<QHostAddress>::failure(Text::tr("is empty; expected an IP address such as 203.0.113.7"));
    if (text.trimmed().size() != text.size())
        return Result<QHostAddress>::failure(Text::tr("has spaces around it; write the address alone"));
    if (const auto v4 = parseIpv4(text))
        return Result<QHostAddress>(std::in_place, *v4);
    const QString s = text.toString();
    if (s.contains(QLatin1Char(':'))) {
        if (s.contains(QLatin1Char('%')))
            return Result<QHostAddress>::failure(Text::tr("carries a scope id (%...); write the global IPv6 address"));
        QHostAddress a;
        if (!a.setAddress(s) || a.protocol() != QAbstractSocket::IPv6Protocol)
            return Result<QHostAddress>::failure(Text::tr("\"%1\" is not an IPv6 address (example: 2001:db8::1)").arg(s));
        // ::ffff:a.b.c.d names an IPv4 host inside an IPv6 socket API: no router puts it on the wire,
        // and rendered as IPv6 it would send IKE to an address nobody answers.
        // (By its bytes: QHostAddress::toIPv4Address also converts "::".)
        const Q_IPV6ADDR b = a.toIPv6Address();
        if (std::all_of(b.c, b.c + 10, [](quint8 x) { return x == 0; }) && b.c[10] == 0xff && b.c[11] == 0xff)
            return Result<QHostAddress>::failure(
                Text::tr("\"%1\" is an IPv4 address written as IPv6 (IPv4-mapped); write %2")
                    .arg(s, addressText(QHostAddress(qFromBigEndian<quint32>(b.c + 12)))));
        return a;
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"));
    if (shape.match(s).hasMatch())
        return Result<QHostAddress>::failure(
            Text::tr("\"%1\" is not an IPv4 address: each of the four numbers must be 0-255, written without "
                           "leading zeros").arg(s));
    return Result<QHostAddress>::failure(
        Text::tr("\"%1\" is not an IPv4 address: expected four decimal numbers 0-255 without leading zeros, "
                       "such as 203.0.113.7").arg(s));
}

namespace {

// Writes the dotted quad of v at p (at most 15 characters); returns the end.
char *writeIpv4(char *p, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (v >> shift) & 0xFF;
        if (octet >= 100)
            *p++ = char('0' + octet / 100);
        if (octet >= 10)
            *p++ = char('0' + octet / 10 % 10);
        *p++ = char('0' + octet % 10);
        if (shift)
            *p++ = '.';
    }
    return p;
}

} // namespace

QString addressText(const QHostAddress &a)
{
    if (familyOf(a) == Family::V6)
        return a.toString();
    // Dotted quad by hand: QHostAddress::toString is a large share of rendering time.
    char buf[16];
    return QString::fromLatin1(buf, writeIpv4(buf, a.toIPv4Address()) - buf);
}

QString canonicalAddressText(const QString &typed, const QHostAddress &parsed)
{
    return familyOf(parsed) == Family::V4 ? typed : addressText(parsed);
}

QString canonicalSubnetText(const QString &typed, const Subnet &parsed)
{
    return parsed.family() == Family::V4 ? typed : parsed.toString();
}

QStringList addressTexts(const QList<QHostAddress> &addresses)
{
    QStringList out;
    out.reserve(addresses.size());
    for (const QHostAddress &a : addresses)
        out << addressText(a);
    return out;
}

QString Subnet::toString() const
{
    if (family() == Family::V6)
        return addressText(network) + QLatin1Char('/') + QString::number(prefixLength);
    // One string, no temporaries: this runs several times for every pair of networks of a render.
    char buf[20];
    char *p = writeIpv4(buf, network.toIPv4Address());
    *p++ = '/';
    if (prefixLength >= 10)
        *p++ = char('0' + prefixLength / 10);
    *p++ = char('0' + prefixLength % 10);
    return QString::fromLatin1(buf, p - buf);
}

AddressText::AddressText(const QHostAddress &a)
{
    if (familyOf(a) == Family::V4) {
        *this = ofIpv4(a.toIPv4Address());
        return;
    }
    const QString text = addressText(a);
    Q_ASSERT(text.size() <= qsizetype(std::size(m_text)));
    m_size = quint8(std::min(text.size(), qsizetype(std::size(m_text))));
    std::copy_n(text.utf16(), m_size, m_text);
}

AddressText AddressText::ofIpv4(quint32 address)
{
    char buf[16];
    char *const end = writeIpv4(buf, address);
    AddressText t;
    t.m_size = quint8(std::copy(buf, end, t.m_text) - t.m_text);
    return t;
}

AddressText Subnet::firstHost() const
{
    const bool noOther = prefixLength >= maxPrefixLength() - 1;
    if (family() == Family::V6) {
        Q_IPV6ADDR b = network.toIPv6Address();
        if (!noOther)
            b[15] |= 1; // a /126 or wider network has the last bit of its last byte free
        return AddressText(QHostAddress(b));
    }
    return AddressText::ofIpv4(network.toIPv4Address() + (noOther ? 0 : 1));
}

namespace {

// A prefix length as parseSubnet takes it: 1 to 3 ASCII digits without a leading zero, read by
// hand (QStringView::toInt cost as much as the rest of a valid subnet's parse); -1 for anything
// else. The caller checks the range.
int prefixLengthOf(QStringView text)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text[0] == u'0'))
        return -1;
    int length = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        length = length * 10 + (c.unicode() - u'0');
    }
    return length;
}

} // namespace

Result<Subnet> parseSubnet(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    // The common case, a valid IPv4 network, on its numbers alone: no QHostAddress until the
    // result, none made only to be asked its family and bits (every subnet of every link is
    // parsed by check and again by the render).
    if (slash > 0) {
        if (const std::optional<quint32> v4 = parseIpv4(text.left(slash))) {
            const int length = prefixLengthOf(text.mid(slash + 1));
            if (length >= 0 && length <= 32 && (*v4 & ipv4HostMask(length)) == 0)
                return Subnet{QHostAddress(*v4), length};
        }
    }
    if (slash < 0) {
        const auto a = parseAddress(text);
        if (!a)
            return Result<Subnet>::failure(a.error());
        const int full = familyOf(*a) == Family::V4 ? 32 : 128;
        return Result<Subnet>::failure(Text::tr("has no prefix length; write a network in CIDR such as %1/%2 "
                                                      "(a single host is /%2)")
                                           .arg(a->toString())
                                           .arg(full));
    }
    const auto a = parseAddress(text.left(slash));
    if (!a)
        return Result<Subnet>::failure(a.error());
    const Family fam = familyOf(*a);
    const int max = fam == Family::V4 ? 32 : 128;
    const QStringView lenText = text.mid(slash + 1);
    const int len = prefixLengthOf(lenText);
    if (len < 0 || len > max)
        return Result<Subnet>::failure(
            Text::tr("prefix length \"%1\" is not a number from 0 to %2").arg(lenText.toString()).arg(max));
    if (hasHostBits(*a, len))
        return Result<Subnet>::failure(Text::tr("has host bits set; the network is %1/%2")
                                           .arg(maskedNetwork(*a, len).toString())
                                           .arg(len));
    return Subnet{*a, len};
}

bool AddressRange::contains(const QHostAddress &a) const
{
    return familyOf(a) == family() && compareAddresses(first, a) <= 0 && compareAddresses(a, last) <= 0;
}

quint64 AddressRange::size() const
{
    const Q_IPV6ADDR x = bytesOf(first), y = bytesOf(last);
    for (int i = 0; i < 8; ++i)
        if (x[i] != y[i])
            return std::numeric_limits<quint64>::max();
    quint64 lo = 0, hi = 0;
    for (int i = 8; i < 16; ++i) {
        lo = (lo << 8) | x[i];
        hi = (hi << 8) | y[i];
    }
    const quint64 d = hi - lo;
    return d == std::numeric_limits<quint64>::max() ? d : d + 1;
}

SubnetSpan SubnetSpan::of(const Subnet &s)
{
    const Q_IPV6ADDR b = bytesOf(s.network);
    quint64 hi = 0, lo = 0;
    for (int i = 0; i < 8; ++i) {
        hi = hi << 8 | b[i];
        lo = lo << 8 | b[8 + i];
    }
    // Host bits: the low (width - prefix) bits of the 128-bit number.
    const int hostBits = s.maxPrefixLength() - s.prefixLength;
    const quint64 loHost = hostBits >= 64 ? ~quint64(0) : hostBits == 0 ? 0 : (quint64(1) << hostBits) - 1;
    const quint64 hiHost = hostBits <= 64 ? 0 : hostBits >= 128 ? ~quint64(0) : (quint64(1) << (hostBits - 64)) - 1;
    return {s.family(), {hi, lo}, {hi | hiHost, lo | loHost}};
}

bool AddressRange::overlaps(const Subnet &s) const
{
    if (s.family() != family())
        return false;
    // The subnet's first and last addresses bound it; ranges overlap when neither lies wholly before the other.
    Q_IPV6ADDR hiBytes = bytesOf(s.network);
    const int offset = s.family() == Family::V4 ? 96 : 0;
    for (int bit = offset + s.prefixLength; bit < 128; ++bit)
        hiBytes[bit / 8] |= quint8(0x80 >> (bit % 8));
    QHostAddress sLast;
    if (s.family() == Family::V4)
        sLast = QHostAddress(quint32(hiBytes[12]) << 24 | quint32(hiBytes[13]) << 16 | quint32(hiBytes[14]) << 8 |
                             hiBytes[15]);
    else
        sLast = QHostAddress(hiBytes);
    return compareAddresses(first, sLast) <= 0 && compareAddresses(s.network, last) <= 0;
}

QString AddressRange::toString() const { return addressText(first) + QLatin1Char('-') + addressText(last); }

Result<AddressRange> parseRange(QStringView text)
{
    const qsizetype dash = text.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return Result<AddressRange>::failure(
            Text::tr("is not a range; write FIRST-LAST such as 172.31.86.1-172.31.86.14"));
    const auto first = parseAddress(text.left(dash));
    if (!first)
        return Result<AddressRange>::failure(Text::tr("first address %1").arg(first.error()));
    const auto last = parseAddress(text.mid(dash + 1));
    if (!last)
        return Result<AddressRange>::failure(Text::tr("last address %1").arg(last.error()));
    if (familyOf(*first) != familyOf(*last))
        return Result<AddressRange>::failure(
            Text::tr("mixes %1 and %2; both ends must be of one family")
                .arg(familyName(familyOf(*first)), familyName(familyOf(*last))));
    if (compareAddresses(*first, *last) > 0)
        return Result<AddressRange>::failure(Text::tr("runs backwards; write %1-%2")
                                                 .arg(last->toString(), first->toString()));
    return AddressRange{*first, *last};
}

bool isPrivateAddress(const QHostAddress &a)
{
    static const QList<Subnet> ranges = [] {
        QList<Subnet> r;
        for (const char *t : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"})
            r << parseSubnet(QString::fromLatin1(t)).value();
        return r;
    }();
    return std::any_of(ranges.begin(), ranges.end(), [&](const Subnet &s) { return s.contains(a); });
}

bool isHostName(QStringView text)
{
    // \z, not $: '$' also matches before a final newline ("vpn.example.com\n" is no host name).
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}\\z)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?\\z"));
    // The last label is never a number (RFC 3696 section 2): "10.1" or "0x7f000001" is an address in
    // a notation inet_aton reads (Windows dials 127.0.0.1 for the latter), not a name.
    static const QRegularExpression number(QStringLiteral("^([0-9]+|0[xX][0-9A-Fa-f]*)\\z"));
    const QString s = text.toString();
    if (!re.match(s).hasMatch())
        return false;
    const QStringView name = s.endsWith(QLatin1Char('.')) ? QStringView(s).chopped(1) : QStringView(s);
    const QStringView last = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1);
    return !number.match(last).hasMatch();
}

} // namespace tw

// The Windows script: the quoting table (style point 4), the file's encoding and line ends, and the
// Add-VpnConnection call for each server setting.

#include "test_client_support.h"

#include "render/client/ClientMaterial.h"
#include "render/client/PowerShellQuote.h"
#include "validate/ProjectValidator.h"

using namespace tw;
using namespace twtest::client;

namespace {

const QString kScript = QStringLiteral("office/clients/alice/alice-setup.ps1");

QString scriptText(const Project &p)
{
    const QByteArray bytes = renderFiles(p)[kScript].bytes;
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3));
}

} // namespace

TEST_CASE("PowerShell quoting: single-quoted, quotes doubled, controls spelled out", "[client]")
{
    struct Row {
        const char *input;
        const char *quoted;
    };
    const Row rows[] = {
        {"abc", "'abc'"},
        {"", "''"},
        {"it's", "'it''s'"},
        {"''", "''''''"},
        {"$env:PATH $(Get-Date) ${x}", "'$env:PATH $(Get-Date) ${x}'"}, // no expansion in single quotes
        {"`n`t``", "'`n`t``'"},                                         // backticks are literal too
        {"\"double\" and “smart double”", "'\"double\" and “smart double”'"},
        {"‘left’ ‚low‛", "'‘‘left’’ ‚‚low‛‛'"},                          // U+2018..U+201B are quotes
        {"; & | < > # @( )", "'; & | < > # @( )'"},
        {"Grüße €", "'Grüße €'"},
        {"a\nb", "('a' + [char]10 + 'b')"},
        {"\tx", "('' + [char]9 + 'x')"},
        {"x\r\n", "('x' + [char]13 + [char]10)"},
        {"\x7f", "('' + [char]127)"},
        {"a\xc2\x85" "b", "('a' + [char]133 + 'b')"}, // U+0085 NEXT LINE, a C1 control: PowerShell ends a line there
        {"it's\nme", "('it''s' + [char]10 + 'me')"},
    };
    for (const Row &r : rows) {
        INFO("input: " << r.input);
        CHECK(powerShellQuote(QString::fromUtf8(r.input)).toStdString() == std::string(r.quoted));
    }
}

TEST_CASE("a newline in a password never reaches a script: check rejects it", "[client]")
{
    Project p = l2tpExample();
    p.l2tpServers[0].users[0].password = QStringLiteral("first\nsecond-line");
    const RenderResult r = renderProject(p);
    CHECK_FALSE(r.output.has_value());
    const bool rejected = std::any_of(r.findings.begin(), r.findings.end(), [](const Finding &f) {
        return f.severity == Severity::Error && f.path == QStringLiteral("l2tp_servers[0].users[0].password");
    });
    CHECK(rejected);
}

TEST_CASE("the script is UTF-8 with a byte order mark and CRLF line ends", "[client]")
{
    const QByteArray bytes = renderFiles(l2tpExample())[kScript].bytes;
    CHECK(bytes.startsWith("\xEF\xBB\xBF# "));
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.count("\n") == bytes.count("\r\n"));
    CHECK(bytes.count("\r") == bytes.count("\r\n"));
}

TEST_CASE("the script creates the L2TP connection as the server expects", "[client]")
{
    const Project p = l2tpExample();
    const QString text = scriptText(p);
    CHECK(text.contains(QStringLiteral("$ConnectionName = 'office VPN'")));
    CHECK(text.contains(QStringLiteral("$ServerAddress = 'vpn.example.com'")));
    CHECK(text.contains(QStringLiteral("$PreSharedKey = '") + p.l2tpServers[0].psk + QLatin1Char('\'')));
    CHECK(text.contains(QStringLiteral("Add-VpnConnection -Name $ConnectionName -ServerAddress $ServerAddress "
                                       "-TunnelType L2tp -L2tpPsk $PreSharedKey -AuthenticationMethod MSChapv2 "
                                       "-EncryptionLevel Required -Force -RememberCredential -PassThru")));
    // Remove first, so that running the script again replaces the connection.
    CHECK(text.indexOf(QStringLiteral("Remove-VpnConnection -Name $ConnectionName -Force")) <
          text.indexOf(QStringLiteral("Add-VpnConnection")));
    CHECK(text.contains(QStringLiteral("[switch]$SkipNatTraversal")));
    CHECK(text.contains(QStringLiteral("AssumeUDPEncapsulationContextOnSendRule")));
    CHECK(text.contains(QStringLiteral("-PropertyType DWord -Value 2")));
    // The elevation check comes before any change.
    CHECK(text.indexOf(QStringLiteral("IsInRole(")) < text.indexOf(QStringLiteral("Remove-VpnConnection")));
    // The connection goes to the account running the script, which an elevation may have changed: say which.
    CHECK(text.contains(QStringLiteral("Write-Host ('It was made for the Windows account {0} only.' -f $identity.Name)")));
    // The script never holds a user's password.
    for (const User &u : p.l2tpServers[0].users)
        CHECK_FALSE(text.contains(u.password));
}

TEST_CASE("authentication methods and encryption level follow the server", "[client]")
{
    struct Row {
        QList<PppAuth> auth;
        const char *methods;
        const char *level;
    };
    const Row rows[] = {
        {{PppAuth::Mschap2}, "MSChapv2", "Required"},
        {{PppAuth::Mschap2, PppAuth::Chap}, "MSChapv2, Chap", "Optional"},
        {{PppAuth::Chap, PppAuth::Pap}, "Chap, Pap", "Optional"},
    };
    for (const Row &r : rows) {
        Project p = l2tpExample();
        p.l2tpServers[0].authentication = r.auth;
        p.l2tpServers[0].clients = {ClientPlatform::Windows}; // the iPhone needs MS-CHAP v2
        const QString text = scriptText(p);
        INFO("methods: " << r.methods);
        CHECK(text.contains(QStringLiteral("-AuthenticationMethod %1 -EncryptionLevel %2 ")
                                .arg(QLatin1String(r.methods), QLatin1String(r.level))));
    }
}

TEST_CASE("hostile values in the script stay inside their quotes", "[client]")
{
    Project p = l2tpExample();
    // A key may hold any printable ASCII but a space (spec): quotes, $, backticks, semicolons.
    p.l2tpServers[0].psk = QStringLiteral("a'b$(calc)`n;\"x\"|#Zq9Lw2RnT7b");
    const QList<Finding> findings = checkProject(p);
    REQUIRE_FALSE(std::any_of(findings.begin(), findings.end(),
                              [](const Finding &f) { return f.severity == Severity::Error; }));
    const QString text = scriptText(p);
    CHECK(text.contains(QStringLiteral("$PreSharedKey = 'a''b$(calc)`n;\"x\"|#Zq9Lw2RnT7b'\r\n")));
}

TEST_CASE("even an unchecked address cannot break out of the script's comments or strings", "[client]")
{
    Project p = l2tpExample();
    L2tpServer &s = p.l2tpServers[0];
    s.publicAddress = QStringLiteral("vpn.example.com\nRemove-Item C:\\ -Recurse #");
    const ClientContext ctx{&p, &s, &s.users[0], {}};
    const QString text = QString::fromUtf8(windowsScript(ctx).mid(3));
    for (const QString &line : text.split(QStringLiteral("\r\n")))
        CHECK_FALSE(line.startsWith(QStringLiteral("Remove-Item")));
    CHECK(text.contains(QStringLiteral("# server address: vpn.example.com?Remove-Item")));
    CHECK(text.contains(QStringLiteral("$ServerAddress = ('vpn.example.com' + [char]10 + 'Remove-Item C:\\ -Recurse #')")));
}

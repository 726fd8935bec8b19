// The SetupSheet document itself: what the wizard shows (toHtml) and what every layout gets.

#include "test_client_support.h"

#include "render/client/ClientMaterial.h"
#include "render/client/ClientRenderer.h"

using namespace tw;
using namespace twtest::client;

namespace {

ClientContext contextFor(const Project &p, int user, bool passwords = true)
{
    RenderOptions o;
    o.passwordsOnSheets = passwords;
    return ClientContext{&p, &p.l2tpServers[0], &p.l2tpServers[0].users[user], o};
}

const SheetSection *section(const SetupSheet &s, const QString &heading)
{
    for (const SheetSection &sec : s.sections)
        if (sec.heading == heading)
            return &sec;
    return nullptr;
}

} // namespace

TEST_CASE("each sheet has the sections a user needs", "[client]")
{
    const Project p = l2tpExample();
    for (const SetupSheet &s : {iphoneSetupSheet(contextFor(p, 0)), windowsSetupSheet(contextFor(p, 0))}) {
        INFO(s.title.toStdString());
        for (const char *h : {"Your settings", "How to tell it works", "Leave these as they are", "If it does not connect"})
            CHECK(section(s, QString::fromLatin1(h)));
        const SheetSection *settingsSection = section(s, QStringLiteral("Your settings"));
        REQUIRE(settingsSection);
        CHECK(settingsSection->blocks[0].kind == SheetBlock::Kind::Settings);
    }
    const SetupSheet iphone = iphoneSetupSheet(contextFor(p, 0));
    const SheetSection *setup = section(iphone, QStringLiteral("Set up the connection"));
    REQUIRE(setup);
    REQUIRE(setup->blocks[0].kind == SheetBlock::Kind::Steps);
    CHECK(setup->blocks[0].items.size() == 13);
    const SetupSheet windows = windowsSetupSheet(contextFor(p, 0));
    CHECK(section(windows, QStringLiteral("Quick setup with the script")));
    CHECK(section(windows, QStringLiteral("Or set it up by hand")));
    CHECK(section(windows, QStringLiteral("The NAT setting (once per PC)")));
}

TEST_CASE("field names are labels and values to type are code", "[client]")
{
    const Project p = l2tpExample();
    const SetupSheet s = iphoneSetupSheet(contextFor(p, 1));
    const QList<SettingRow> rows = section(s, QStringLiteral("Your settings"))->blocks[0].rows;
    QMap<QString, RichText> byField;
    for (const SettingRow &r : rows)
        byField.insert(r.field, r.value);
    CHECK(byField.value(QStringLiteral("Server")).runs() == QList<TextRun>{code(QStringLiteral("vpn.example.com"))});
    CHECK(byField.value(QStringLiteral("Account")).runs() == QList<TextRun>{code(QStringLiteral("bob"))});
    CHECK(byField.value(QStringLiteral("Secret")).runs() == QList<TextRun>{code(p.l2tpServers[0].psk)});
    CHECK(byField.value(QStringLiteral("Type")).runs() == QList<TextRun>{label(QStringLiteral("L2TP"))});
}

TEST_CASE("toHtml escapes every text and keeps the structure", "[client]")
{
    Project p = l2tpExample();
    p.l2tpServers[0].users[0].password = QStringLiteral("<script>alert('x')</script>&amp;");
    const QString html = iphoneSetupSheet(contextFor(p, 0)).toHtml();
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;&amp;amp;")));
    CHECK(html.contains(QStringLiteral("<h1>VPN on your iPhone or iPad</h1>")));
    CHECK(html.contains(QStringLiteral("<ol>")));
    CHECK(html.contains(QStringLiteral("<table")));
    CHECK(html.contains(QStringLiteral("<b>Add VPN Configuration")));
    CHECK(html.contains(QStringLiteral("<code>vpn.example.com</code>")));
    const QString windows = windowsSetupSheet(contextFor(p, 0)).toHtml();
    CHECK(windows.contains(QStringLiteral("<ol start=\"4\">")));
    CHECK(windows.contains(QStringLiteral("<pre>cd $env:USERPROFILE\\Downloads\npowershell -ExecutionPolicy Bypass")));
}

TEST_CASE("without passwords neither document holds one", "[client]")
{
    const Project p = l2tpExample();
    const QString pw = p.l2tpServers[0].users[0].password;
    for (const SetupSheet &s : {iphoneSetupSheet(contextFor(p, 0, false)), windowsSetupSheet(contextFor(p, 0, false))}) {
        CHECK_FALSE(s.toHtml().contains(pw));
        CHECK_FALSE(s.toPlainText().contains(pw));
        CHECK(s.toPlainText().contains(QStringLiteral("given separately")));
    }
    CHECK(iphoneSetupSheet(contextFor(p, 0)).toPlainText().contains(pw));
}

TEST_CASE("a server that does not encrypt PPP gets the Security tab step", "[client]")
{
    Project p = l2tpExample();
    CHECK_FALSE(windowsSetupSheet(contextFor(p, 0)).toPlainText().contains(QStringLiteral("Data encryption")));
    p.l2tpServers[0].authentication = {PppAuth::Mschap2, PppAuth::Chap};
    const QString text = windowsSetupSheet(contextFor(p, 0)).toPlainText();
    CHECK(text.contains(QStringLiteral("Optional encryption (connect even if no encryption)")));
    CHECK(text.contains(QStringLiteral("Microsoft CHAP Version 2 (MS-CHAP v2) and Challenge Handshake Authentication "
                                       "Protocol (CHAP)")));
}

TEST_CASE("setupSheets lists every user's sheets in the order of the PDF files", "[client]")
{
    Project p = l2tpExample();
    L2tpServer &server = p.l2tpServers[0];
    server.clients = {ClientPlatform::Windows, ClientPlatform::IPhone, ClientPlatform::Windows}; // listed twice: once
    RenderOptions noPasswords;
    noPasswords.passwordsOnSheets = false;
    const QList<UserSheet> sheets = setupSheets(p, server, noPasswords);
    REQUIRE(sheets.size() == server.users.size() * 2);
    for (qsizetype u = 0; u < server.users.size(); ++u) {
        const ClientContext ctx = contextFor(p, int(u), false);
        const UserSheet &windows = sheets[2 * u];
        const UserSheet &iphone = sheets[2 * u + 1];
        CHECK(windows.user == server.users[u].name);
        CHECK(windows.platform == ClientPlatform::Windows);
        CHECK(windows.sheet.toHtml() == windowsSetupSheet(ctx).toHtml());
        CHECK(iphone.platform == ClientPlatform::IPhone);
        CHECK(iphone.sheet.toHtml() == iphoneSetupSheet(ctx).toHtml());
        // The options reach the sheets: no password on them.
        CHECK_FALSE(iphone.sheet.toPlainText().contains(server.users[u].password));
    }
    server.clients.clear();
    CHECK(setupSheets(p, server, {}).isEmpty());
}

TEST_CASE("look-alike notes speak of the printed values only", "[client]")
{
    Project p = l2tpExample();
    L2tpServer &server = p.l2tpServers[0];
    server.psk = QStringLiteral("XqZvRmKpWtNbHcJfYsGdAeUu"); // none of 0 O 1 l I
    server.users[0].password = QStringLiteral("Pass0wordQ");
    const QString zero = QStringLiteral("0 is the digit zero");
    CHECK(iphoneSetupSheet(contextFor(p, 0, true)).toPlainText().contains(zero));
    CHECK_FALSE(iphoneSetupSheet(contextFor(p, 0, false)).toPlainText().contains(zero)); // the password is not on it
}

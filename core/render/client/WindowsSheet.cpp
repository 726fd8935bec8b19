// The Windows 10/11 setup sheet. Fields as the Settings app names them (reference/clients.md section 2:
// hwdsl2/setup-ipsec-vpn for Windows 11, TorGuard's guide for Windows 10), the NAT-T registry value
// (section 3, Microsoft KB 926179) and the error codes (section 4).

#include "model/L2tpPresets.h"
#include "render/client/ClientMaterial.h"
#include "render/client/SheetText.h"

namespace tw {
namespace {

using namespace sheet;

// The adapter's Security tab names the PPP methods like this (Windows 10/11 English UI).
QString securityTabLabel(PppAuth a)
{
    switch (a) {
    case PppAuth::Mschap2:
        return QStringLiteral("Microsoft CHAP Version 2 (MS-CHAP v2)");
    case PppAuth::Chap:
        return QStringLiteral("Challenge Handshake Authentication Protocol (CHAP)");
    case PppAuth::Pap:
        return QStringLiteral("Unencrypted password (PAP)");
    }
    return {};
}

// In PowerShell (what Terminal (Admin) opens): two lines, so that each fits the sheet in a readable size.
const QStringList kNatCommands{QStringLiteral("$key = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent'"),
                               QStringLiteral("reg add $key /v AssumeUDPEncapsulationContextOnSendRule /t REG_DWORD /d 2 /f")};

} // namespace

SetupSheet windowsSetupSheet(const ClientContext &ctx)
{
    const L2tpServer &s = *ctx.server;
    const User &u = *ctx.user;
    const QString name = connectionName(s);
    const QString script = scriptFileName(u);

    SetupSheet doc;
    doc.title = QStringLiteral("VPN on your Windows PC");
    doc.subtitle = subtitle(ctx);
    doc.footer = footer(ctx);
    doc.sections << introduction(ctx, QStringLiteral("Windows 10 or 11 PC"));

    SheetSection table{
        QStringLiteral("Your settings"),
        {settings({{QStringLiteral("VPN provider"), RichText() << label(QStringLiteral("Windows (built-in)"))},
                   {QStringLiteral("Connection name"), RichText() << code(name)},
                   {QStringLiteral("Server name or address"), RichText() << code(s.publicAddress)},
                   {QStringLiteral("VPN type"), RichText() << label(QStringLiteral("L2TP/IPsec with pre-shared key"))},
                   {QStringLiteral("Pre-shared key"), RichText() << code(s.psk)},
                   {QStringLiteral("Type of sign-in info"), RichText() << label(QStringLiteral("User name and password"))},
                   {QStringLiteral("User name"), RichText() << code(u.name)},
                   {QStringLiteral("Password"), passwordValue(ctx)}})}};
    table.blocks << valueNotes(ctx);
    doc.sections << table;

    // Quick setup with the script: two short lines rather than one long one, so that neither wraps.
    RichText admin;
    admin << plain(QStringLiteral("Right-click the ")) << label(QStringLiteral("Start"))
          << plain(QStringLiteral(" button and choose ")) << label(QStringLiteral("Terminal (Admin)"))
          << plain(QStringLiteral(" (Windows 11) or ")) << label(QStringLiteral("Windows PowerShell (Admin)"))
          << plain(QStringLiteral(" (Windows 10). Answer ")) << label(QStringLiteral("Yes"))
          << plain(QStringLiteral(" when Windows asks for permission."));
    RichText why;
    why << code(QStringLiteral("-ExecutionPolicy Bypass"))
        << plain(QStringLiteral(" lets this one script run where Windows blocks scripts; it changes no setting. Without "
                                "administrator rights, use a normal window and add "))
        << code(QStringLiteral("-SkipNatTraversal"))
        << plain(QStringLiteral(" to the second line: the connection is made, the NAT setting (below) is not."));
    doc.sections << SheetSection{
        QStringLiteral("Quick setup with the script"),
        {steps({RichText() << plain(QStringLiteral("Save the file ")) << code(script)
                           << plain(QStringLiteral(" in your ")) << label(QStringLiteral("Downloads"))
                           << plain(QStringLiteral(" folder.")),
                admin, RichText(QStringLiteral("Type these two lines, each followed by Enter:"))}),
         command({QStringLiteral("cd $env:USERPROFILE\\Downloads"),
                  QStringLiteral("powershell -ExecutionPolicy Bypass -File .\\") + script}),
         steps({RichText(QStringLiteral("If the script asks you to, restart Windows.")),
                RichText() << plain(QStringLiteral("Connect as described under ")) << plain(quoted(QStringLiteral("Connect")))
                           << plain(QStringLiteral(" below."))},
               4),
         paragraph(why)}};

    // Manual setup.
    RichText add;
    add << plain(QStringLiteral("Windows 11: open "));
    appendPath(add, {QStringLiteral("Settings"), QStringLiteral("Network & internet"), QStringLiteral("VPN")});
    add << plain(QStringLiteral(" and click ")) << label(QStringLiteral("Add VPN"))
        << plain(QStringLiteral(". Windows 10: open "));
    appendPath(add, {QStringLiteral("Settings"), QStringLiteral("Network & Internet"), QStringLiteral("VPN")});
    add << plain(QStringLiteral(" and click ")) << label(QStringLiteral("Add a VPN connection"))
        << plain(QStringLiteral("."));
    RichText password;
    password << label(QStringLiteral("Password")) << plain(QStringLiteral(": "));
    if (ctx.options.passwordsOnSheets)
        password << plain(QStringLiteral("type ")) << code(printableOnSheet(u.password));
    else
        password << plain(QStringLiteral("type the password you were given separately"));
    QList<RichText> manual{
        add,
        RichText() << label(QStringLiteral("VPN provider")) << plain(QStringLiteral(": choose "))
                   << label(QStringLiteral("Windows (built-in)")),
        RichText() << label(QStringLiteral("Connection name")) << plain(QStringLiteral(": type ")) << code(name),
        RichText() << label(QStringLiteral("Server name or address")) << plain(QStringLiteral(": type "))
                   << code(s.publicAddress),
        RichText() << label(QStringLiteral("VPN type")) << plain(QStringLiteral(": choose "))
                   << label(QStringLiteral("L2TP/IPsec with pre-shared key")),
        RichText() << label(QStringLiteral("Pre-shared key")) << plain(QStringLiteral(": type ")) << code(s.psk),
        RichText() << label(QStringLiteral("Type of sign-in info")) << plain(QStringLiteral(": choose "))
                   << label(QStringLiteral("User name and password")),
        RichText() << label(QStringLiteral("User name")) << plain(QStringLiteral(": type ")) << code(u.name),
        password,
        RichText() << plain(QStringLiteral("Tick ")) << label(QStringLiteral("Remember my sign-in info"))
                   << plain(QStringLiteral(" and click ")) << label(QStringLiteral("Save")) << plain(QStringLiteral(".")),
        RichText() << plain(QStringLiteral("Make the NAT setting below if it is not made yet."))};
    // A connection made in Settings requires PPP encryption and allows CHAP and MS-CHAP v2. A server that
    // does not encrypt PPP (any method besides MS-CHAP v2 allowed) needs the Security tab changed.
    if (!pppEncryptionRequired(s)) {
        RichText security;
        security << plain(QStringLiteral("Press Windows key + R, type ")) << code(QStringLiteral("ncpa.cpl"))
                 << plain(QStringLiteral(" and press Enter. Right-click ")) << label(name)
                 << plain(QStringLiteral(", choose ")) << label(QStringLiteral("Properties"))
                 << plain(QStringLiteral(" and open the ")) << label(QStringLiteral("Security"))
                 << plain(QStringLiteral(" tab. Set ")) << label(QStringLiteral("Data encryption"))
                 << plain(QStringLiteral(" to ")) << label(QStringLiteral("Optional encryption (connect even if no encryption)"))
                 << plain(QStringLiteral(" and under ")) << label(QStringLiteral("Allow these protocols"))
                 << plain(QStringLiteral(" tick only "));
        for (qsizetype i = 0; i < s.authentication.size(); ++i) {
            if (i)
                security << plain(i + 1 == s.authentication.size() ? QStringLiteral(" and ") : QStringLiteral(", "));
            security << label(securityTabLabel(s.authentication[i]));
        }
        security << plain(QStringLiteral(". Click ")) << label(QStringLiteral("OK")) << plain(QStringLiteral("."));
        manual << security;
    }
    doc.sections << SheetSection{QStringLiteral("Or set it up by hand"), {steps(manual)}};

    // The NAT-T registry value.
    RichText nat;
    nat << plain(QStringLiteral("Windows connects to a VPN server behind a router that translates addresses (NAT) only "
                                "once this setting is made, else it fails with error 809. It does no harm otherwise, so "
                                "the script always makes it. By hand: type these two lines in "))
        << label(QStringLiteral("Terminal (Admin)")) << plain(QStringLiteral(", then restart Windows:"));
    doc.sections << SheetSection{QStringLiteral("The NAT setting (once per PC)"), {paragraph(nat), command(kNatCommands)}};

    // Connecting.
    RichText connect;
    connect << plain(QStringLiteral("Open "));
    appendPath(connect, {QStringLiteral("Settings"), QStringLiteral("Network & internet"), QStringLiteral("VPN")});
    connect << plain(QStringLiteral(", click ")) << label(name) << plain(QStringLiteral(" and then "))
            << label(QStringLiteral("Connect")) << plain(QStringLiteral(". (Quicker: the network icon at the right of "
                                                                        "the taskbar, then "))
            << label(QStringLiteral("VPN")) << plain(QStringLiteral(".)"));
    RichText signIn;
    signIn << plain(QStringLiteral("The first time after the script, Windows asks for your sign-in info: "))
           << label(QStringLiteral("User name")) << plain(QStringLiteral(" ")) << code(u.name)
           << plain(QStringLiteral(" and your ")) << label(QStringLiteral("Password"))
           << plain(QStringLiteral(". Windows remembers them."));
    doc.sections << SheetSection{QStringLiteral("Connect"), {steps({connect, signIn})}};

    doc.sections << SheetSection{
        QStringLiteral("How to tell it works"),
        {paragraph(RichText() << plain(QStringLiteral("In ")) << label(QStringLiteral("Settings"))
                              << plain(QStringLiteral(", ")) << label(name) << plain(QStringLiteral(" shows "))
                              << label(QStringLiteral("Connected"))
                              << plain(QStringLiteral(", and services of the network behind the VPN open as if you "
                                                      "were there.")))}};

    doc.sections << SheetSection{
        QStringLiteral("Leave these as they are"),
        {bullets({RichText() << label(QStringLiteral("VPN type")) << plain(QStringLiteral(" stays "))
                             << label(QStringLiteral("L2TP/IPsec with pre-shared key")) << plain(QStringLiteral("; "))
                             << label(QStringLiteral("Automatic")) << plain(QStringLiteral(" does not work with this server.")),
                  RichText() << plain(QStringLiteral("Everything else, such as the connection's "))
                             << label(QStringLiteral("Security")) << plain(QStringLiteral(" tab, stays as the script or "
                                                                                          "the steps above left it."))})}};

    doc.sections << SheetSection{
        QStringLiteral("If it does not connect"),
        {bullets({RichText() << label(QStringLiteral("Error 809: "))
                             << plain(QStringLiteral("the server did not answer. Usually the NAT setting is missing: "
                                                     "run the script again as administrator (or the two lines under "))
                             << plain(quoted(QStringLiteral("The NAT setting")))
                             << plain(QStringLiteral(") and restart Windows. Otherwise the network you are on blocks "
                                                     "VPNs (UDP ports 500 and 4500): try another one.")),
                  RichText() << label(QStringLiteral("Error 789: "))
                             << plain(QStringLiteral("the security check with the server failed. Type the "))
                             << label(QStringLiteral("Pre-shared key")) << plain(QStringLiteral(" again; check the NAT "
                                                                                               "setting; if both are "
                                                                                               "right, tell your "
                                                                                               "administrator.")),
                  RichText() << label(QStringLiteral("Error 691: "))
                             << plain(QStringLiteral("user name or password not accepted. Connect again and type them "
                                                     "carefully; if they are right, tell your administrator.")),
                  RichText() << label(QStringLiteral("Error 628 or 766: ")) << label(QStringLiteral("VPN type"))
                             << plain(QStringLiteral(" is not ")) << label(QStringLiteral("L2TP/IPsec with pre-shared key"))
                             << plain(QStringLiteral(" or the key is missing: set both again."))}),
         paragraph(RichText(QStringLiteral("Still no luck? Tell your administrator the error number and when you tried.")))}};
    return doc;
}

} // namespace tw

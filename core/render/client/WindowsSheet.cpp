// The Windows 10/11 setup sheet. Fields as the Settings app names them (reference/clients.md section 2:
// hwdsl2/setup-ipsec-vpn for Windows 11, TorGuard's guide for Windows 10), the NAT-T registry value
// (section 3, Microsoft KB 926179) and the error codes (section 4). In German and Spanish the labels are
// those of Windows in that language (translations/README.md lists the ones not verified on a device).

#include "model/L2tpPresets.h"
#include "render/client/ClientMaterial.h"
#include "render/client/SheetText.h"

namespace tw {
namespace {

using namespace sheet;

// The adapter's Security tab names the PPP methods like this.
QString securityTabLabel(const i18n::Catalog &tr, PppAuth a)
{
    switch (a) {
    case PppAuth::Mschap2:
        return tr.translate("WindowsSheet", "Microsoft CHAP Version 2 (MS-CHAP v2)");
    case PppAuth::Chap:
        return tr.translate("WindowsSheet", "Challenge Handshake Authentication Protocol (CHAP)");
    case PppAuth::Pap:
        return tr.translate("WindowsSheet", "Unencrypted password (PAP)");
    }
    return {};
}

// In PowerShell (what Terminal (Admin) opens): two lines, so that each fits the sheet in a readable size.
const QStringList kNatCommands{QStringLiteral("$key = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent'"),
                               QStringLiteral("reg add $key /v AssumeUDPEncapsulationContextOnSendRule /t REG_DWORD /d 2 /f")};

} // namespace

SetupSheet windowsSetupSheet(const ClientContext &ctx)
{
    const i18n::Catalog &tr = ctx.options.sheetLanguage;
    const L2tpServer &s = *ctx.server;
    const User &u = *ctx.user;
    const QString name = connectionName(s);
    const QString script = scriptFileName(u);

    // Windows' own words, each looked up once.
    const QString settingsApp = tr.translate("WindowsSheet", "Settings");
    const QString vpn = QStringLiteral("VPN");
    const QString provider = tr.translate("WindowsSheet", "VPN provider");
    const QString builtIn = tr.translate("WindowsSheet", "Windows (built-in)");
    const QString connectionNameField = tr.translate("WindowsSheet", "Connection name");
    const QString serverField = tr.translate("WindowsSheet", "Server name or address");
    const QString vpnType = tr.translate("WindowsSheet", "VPN type");
    const QString l2tpWithKey = tr.translate("WindowsSheet", "L2TP/IPsec with pre-shared key");
    const QString preSharedKey = tr.translate("WindowsSheet", "Pre-shared key");
    const QString signInType = tr.translate("WindowsSheet", "Type of sign-in info");
    const QString userAndPassword = tr.translate("WindowsSheet", "User name and password");
    const QString userName = tr.translate("WindowsSheet", "User name");
    const QString password = tr.translate("WindowsSheet", "Password");
    const QString terminalAdmin = tr.translate("WindowsSheet", "Terminal (Admin)");
    const QString connectButton = tr.translate("WindowsSheet", "Connect");
    const QString connected = tr.translate("WindowsSheet", "Connected");
    const QString securityTab = tr.translate("WindowsSheet", "Security");
    //: The heading of the section, quoted in the text (keep both the same)
    const QString connectHeading = tr.translate("WindowsSheet", "Connect", "section heading");
    const QString natHeading = tr.translate("WindowsSheet", "The NAT setting");

    SetupSheet doc;
    doc.title = tr.translate("WindowsSheet", "VPN on your Windows PC");
    doc.subtitle = subtitle(ctx);
    doc.footer = footer(ctx);
    doc.pageNumber = pageNumber(ctx);
    //: Completes "...add the VPN connection X to your %1 with..."
    doc.sections << introduction(ctx, tr.translate("WindowsSheet", "Windows 10 or 11 PC"));

    SheetSection table{tr.translate("SetupSheet", "Your settings"),
                       {settings({{provider, RichText() << label(builtIn)},
                                  {connectionNameField, RichText() << code(name)},
                                  {serverField, RichText() << code(s.publicAddress)},
                                  {vpnType, RichText() << label(l2tpWithKey)},
                                  {preSharedKey, RichText() << code(s.psk)},
                                  {signInType, RichText() << label(userAndPassword)},
                                  {userName, RichText() << code(u.name)},
                                  {password, passwordValue(ctx)}})}};
    table.blocks << valueNotes(ctx);
    doc.sections << table;

    // Quick setup with the script: two short lines rather than one long one, so that neither wraps.
    const RichText admin = compose(
        tr.translate("WindowsSheet", "Right-click the %1 button and choose %2 (Windows 11) or %3 (Windows 10). Answer "
                                     "%4 when Windows asks for permission."),
        {label(tr.translate("WindowsSheet", "Start")), label(terminalAdmin),
         label(tr.translate("WindowsSheet", "Windows PowerShell (Admin)")), label(tr.translate("WindowsSheet", "Yes"))});
    const RichText why = compose(
        tr.translate("WindowsSheet", "%1 lets this one script run where Windows blocks scripts; it changes no setting. "
                                     "Without administrator rights, use a normal window and add %2 to the second line: "
                                     "the connection is made, the NAT setting (below) is not."),
        {code(QStringLiteral("-ExecutionPolicy Bypass")), code(QStringLiteral("-SkipNatTraversal"))});
    doc.sections << SheetSection{
        tr.translate("WindowsSheet", "Quick setup with the script"),
        {steps({compose(tr.translate("WindowsSheet", "Save the file %1 in your %2 folder."),
                        {code(script), label(tr.translate("WindowsSheet", "Downloads"))}),
                admin, RichText(tr.translate("WindowsSheet", "Type these two lines, each followed by Enter:"))}),
         command({QStringLiteral("cd $env:USERPROFILE\\Downloads"),
                  QStringLiteral("powershell -ExecutionPolicy Bypass -File .\\") + script}),
         steps({RichText(tr.translate("WindowsSheet", "If the script asks you to, restart Windows.")),
                RichText(tr.translate("WindowsSheet", "Connect as described under %1 below.").arg(quoted(connectHeading)))},
               4),
         paragraph(why)}};

    // Manual setup.
    RichText add(tr.translate("WindowsSheet", "Windows 11: open "));
    appendPath(add, {settingsApp, tr.translate("WindowsSheet", "Network & internet"), vpn});
    add << compose(tr.translate("WindowsSheet", " and click %1. Windows 10: open "),
                   {label(tr.translate("WindowsSheet", "Add VPN"))});
    appendPath(add, {settingsApp, tr.translate("WindowsSheet", "Network & Internet"), vpn});
    add << compose(tr.translate("WindowsSheet", " and click %1."),
                   {label(tr.translate("WindowsSheet", "Add a VPN connection"))});
    //: %1: a field's name, %2: what to type in it
    const QString typeValue = tr.translate("WindowsSheet", "%1: type %2");
    //: %1: a field's name, %2: the choice to make in it
    const QString chooseValue = tr.translate("WindowsSheet", "%1: choose %2");
    const RichText passwordStep =
        ctx.options.passwordsOnSheets
            ? compose(typeValue, {label(password), code(printableOnSheet(u.password))})
            : compose(tr.translate("WindowsSheet", "%1: type the password you were given separately"), {label(password)});
    QList<RichText> manual{
        add,
        compose(chooseValue, {label(provider), label(builtIn)}),
        compose(typeValue, {label(connectionNameField), code(name)}),
        compose(typeValue, {label(serverField), code(s.publicAddress)}),
        compose(chooseValue, {label(vpnType), label(l2tpWithKey)}),
        compose(typeValue, {label(preSharedKey), code(s.psk)}),
        compose(chooseValue, {label(signInType), label(userAndPassword)}),
        compose(typeValue, {label(userName), code(u.name)}),
        passwordStep,
        compose(tr.translate("WindowsSheet", "Tick %1 and click %2."),
                {label(tr.translate("WindowsSheet", "Remember my sign-in info")),
                 label(tr.translate("WindowsSheet", "Save"))}),
        RichText(tr.translate("WindowsSheet", "Make the NAT setting below if it is not made yet."))};
    // A connection made in Settings requires PPP encryption and allows CHAP and MS-CHAP v2. A server that
    // does not encrypt PPP (any method besides MS-CHAP v2 allowed) needs the Security tab changed.
    if (!pppEncryptionRequired(s)) {
        RichText methods;
        for (qsizetype i = 0; i < s.authentication.size(); ++i) {
            if (i)
                methods << plain(i + 1 == s.authentication.size() ? tr.translate("WindowsSheet", " and ")
                                                                   : QStringLiteral(", "));
            methods << label(securityTabLabel(tr, s.authentication[i]));
        }
        //: %1..%7: labels and values; %8: the authentication methods, joined
        RichText security = compose(
            tr.translate("WindowsSheet", "Press Windows key + R, type %1 and press Enter. Right-click %2, choose %3 and "
                                         "open the %4 tab. Set %5 to %6 and under %7 tick only "),
            {code(QStringLiteral("ncpa.cpl")), label(name), label(tr.translate("WindowsSheet", "Properties")),
             label(securityTab), label(tr.translate("WindowsSheet", "Data encryption")),
             label(tr.translate("WindowsSheet", "Optional encryption (connect even if no encryption)")),
             label(tr.translate("WindowsSheet", "Allow these protocols"))});
        security << methods
                 << compose(tr.translate("WindowsSheet", ". Click %1."), {label(tr.translate("WindowsSheet", "OK"))});
        manual << security;
    }
    doc.sections << SheetSection{tr.translate("WindowsSheet", "Or set it up by hand"), {steps(manual)}};

    // The NAT-T registry value.
    const RichText nat = compose(
        tr.translate("WindowsSheet", "Windows connects to a VPN server behind a router that translates addresses (NAT) "
                                     "only once this setting is made, else it fails with error 809. It does no harm "
                                     "otherwise, so the script always makes it. By hand: type these two lines in %1, "
                                     "then restart Windows:"),
        {label(terminalAdmin)});
    doc.sections << SheetSection{tr.translate("WindowsSheet", "%1 (once per PC)").arg(natHeading),
                                 {paragraph(nat), command(kNatCommands)}};

    // Connecting.
    RichText connect(tr.translate("WindowsSheet", "Open "));
    appendPath(connect, {settingsApp, tr.translate("WindowsSheet", "Network & internet"), vpn});
    connect << compose(tr.translate("WindowsSheet", ", click %1 and then %2. (Quicker: the network icon at the right "
                                                    "of the taskbar, then %3.)"),
                       {label(name), label(connectButton), label(vpn)});
    const RichText signIn = compose(
        tr.translate("WindowsSheet", "The first time after the script, Windows asks for your sign-in info: %1 %2 and your "
                                     "%3. Windows remembers them."),
        {label(userName), code(u.name), label(password)});
    doc.sections << SheetSection{connectHeading, {steps({connect, signIn})}};

    doc.sections << SheetSection{
        tr.translate("SetupSheet", "How to tell it works"),
        {paragraph(compose(tr.translate("WindowsSheet", "In %1, %2 shows %3, and services of the network behind the VPN "
                                                        "open as if you were there."),
                           {label(settingsApp), label(name), label(connected)}))}};

    doc.sections << SheetSection{
        tr.translate("SetupSheet", "Leave these as they are"),
        {bullets({compose(tr.translate("WindowsSheet", "%1 stays %2; %3 does not work with this server."),
                          {label(vpnType), label(l2tpWithKey), label(tr.translate("WindowsSheet", "Automatic"))}),
                  compose(tr.translate("WindowsSheet", "Everything else, such as the connection's %1 tab, stays as the "
                                                       "script or the steps above left it."),
                          {label(securityTab)})})}};

    doc.sections << SheetSection{
        tr.translate("SetupSheet", "If it does not connect"),
        {bullets({compose(tr.translate("WindowsSheet", "%1the server did not answer. Usually the NAT setting is missing: "
                                                       "run the script again as administrator (or the two lines under "
                                                       "%2) and restart Windows. Otherwise the network you are on "
                                                       "blocks VPNs (UDP ports 500 and 4500): try another one."),
                          {label(tr.translate("WindowsSheet", "Error %1: ").arg(809)), plain(quoted(natHeading))}),
                  compose(tr.translate("WindowsSheet", "%1the security check with the server failed. Type the %2 "
                                                       "again; check the NAT setting; if both are right, tell your "
                                                       "administrator."),
                          {label(tr.translate("WindowsSheet", "Error %1: ").arg(789)), label(preSharedKey)}),
                  compose(tr.translate("WindowsSheet", "%1user name or password not accepted. Connect again and type "
                                                       "them carefully; if they are right, tell your administrator."),
                          {label(tr.translate("WindowsSheet", "Error %1: ").arg(691))}),
                  compose(tr.translate("WindowsSheet", "%1%2 is not %3 or the key is missing: set both again."),
                          {label(tr.translate("WindowsSheet", "Error 628 or 766: ")), label(vpnType),
                           label(l2tpWithKey)})}),
         paragraph(RichText(tr.translate("WindowsSheet", "Still no luck? Tell your administrator the error number and "
                                                         "when you tried.")))}};
    return doc;
}

} // namespace tw

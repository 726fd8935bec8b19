// The iPhone / iPad setup sheet. Screens and fields as iOS names them (reference/clients.md section 1,
// after hwdsl2/setup-ipsec-vpn docs/clients.md): Settings > General > VPN & Device Management > VPN >
// Add VPN Configuration…, then Type, Description, Server, Account, RSA SecurID, Password, Secret,
// Send All Traffic, Proxy. In German and Spanish the labels are those of iOS in that language
// (translations/README.md lists the ones not verified on a device).

#include "render/client/ClientMaterial.h"
#include "render/client/SheetText.h"

namespace tw {

using namespace sheet;

SetupSheet iphoneSetupSheet(const ClientContext &ctx)
{
    const i18n::Catalog &tr = ctx.options.sheetLanguage;
    const L2tpServer &s = *ctx.server;
    const User &u = *ctx.user;
    const QString name = connectionName(s);

    // iOS's own words, each looked up once.
    const QString settingsApp = tr.translate("IPhoneSheet", "Settings");
    const QString general = tr.translate("IPhoneSheet", "General");
    const QString vpnAndDevices = tr.translate("IPhoneSheet", "VPN & Device Management");
    const QString vpn = QStringLiteral("VPN");
    const QString type = tr.translate("IPhoneSheet", "Type");
    const QString description = tr.translate("IPhoneSheet", "Description");
    const QString server = tr.translate("IPhoneSheet", "Server");
    const QString account = tr.translate("IPhoneSheet", "Account");
    const QString securId = QStringLiteral("RSA SecurID");
    const QString password = tr.translate("IPhoneSheet", "Password");
    const QString secret = tr.translate("IPhoneSheet", "Secret");
    const QString sendAll = tr.translate("IPhoneSheet", "Send All Traffic");
    const QString proxy = tr.translate("IPhoneSheet", "Proxy");
    //: The Proxy choice as iOS shows it (capitalised)
    const QString proxyOff = tr.translate("IPhoneSheet", "Off");
    const QString addConfiguration = tr.translate("IPhoneSheet", "Add Configuration");

    SetupSheet doc;
    doc.title = tr.translate("IPhoneSheet", "VPN on your iPhone or iPad");
    doc.subtitle = subtitle(ctx);
    doc.footer = footer(ctx);
    doc.pageNumber = pageNumber(ctx);
    //: Completes "...add the VPN connection X to your %1 with..."
    doc.sections << introduction(ctx, tr.translate("IPhoneSheet", "iPhone or iPad"));

    SheetSection table{tr.translate("SetupSheet", "Your settings"),
                       {settings({{type, RichText() << label(QStringLiteral("L2TP"))},
                                  {description, RichText() << code(name)},
                                  {server, RichText() << code(s.publicAddress)},
                                  {account, RichText() << code(u.name)},
                                  //: A switch's state in the settings table
                                  {securId, RichText() << label(tr.translate("IPhoneSheet", "off"))},
                                  {password, passwordValue(ctx)},
                                  {secret, RichText() << code(s.psk)},
                                  //: A switch's state in the settings table
                                  {sendAll, RichText() << label(tr.translate("IPhoneSheet", "on"))},
                                  {proxy, RichText() << label(proxyOff)}})}};
    table.blocks << valueNotes(ctx);
    doc.sections << table;

    RichText open(tr.translate("IPhoneSheet", "Open "));
    appendPath(open, {settingsApp, general, vpnAndDevices, vpn});
    open << plain(tr.translate("IPhoneSheet", ". (iOS 14 and older: "));
    appendPath(open, {settingsApp, general, vpn});
    open << plain(QStringLiteral(".)"));
    //: %1: a field's name, %2: what to type in it
    const QString typeValue = tr.translate("IPhoneSheet", "%1: type %2");
    const RichText passwordStep =
        ctx.options.passwordsOnSheets
            ? compose(typeValue, {label(password), code(printableOnSheet(u.password))})
            : compose(tr.translate("IPhoneSheet", "%1: type the password you were given separately"), {label(password)});
    doc.sections << SheetSection{
        tr.translate("SetupSheet", "Set up the connection"),
        {steps({open,
                compose(tr.translate("IPhoneSheet", "Tap %1; the screen %2 opens."),
                        {label(tr.translate("IPhoneSheet", "Add VPN Configuration") + QChar(0x2026)),
                         label(addConfiguration)}),
                compose(tr.translate("IPhoneSheet", "Tap %1, choose %2 and go back to %3."),
                        {label(type), label(QStringLiteral("L2TP")), label(addConfiguration)}),
                compose(typeValue, {label(description), code(name)}),
                compose(typeValue, {label(server), code(s.publicAddress)}),
                compose(typeValue, {label(account), code(u.name)}),
                compose(tr.translate("IPhoneSheet", "%1: leave it off."), {label(securId)}), passwordStep,
                compose(typeValue, {label(secret), code(s.psk)}),
                compose(tr.translate("IPhoneSheet", "%1: leave it on."), {label(sendAll)}),
                compose(tr.translate("IPhoneSheet", "%1: leave it on %2."), {label(proxy), label(proxyOff)}),
                compose(tr.translate("IPhoneSheet", "Tap %1 (top right). You are back on the %2 screen."),
                        {label(tr.translate("IPhoneSheet", "Done")), label(vpn)}),
                compose(tr.translate("IPhoneSheet", "Check that %1 is ticked, then turn on the switch at the top of "
                                                    "that screen (%2) to connect."),
                        {label(name), label(tr.translate("IPhoneSheet", "Status"))})})}};

    RichText profile = compose(tr.translate("IPhoneSheet", "If your administrator also gave you the file %1, it can "
                                                           "replace steps 1 to 12: open it on the iPhone (from Mail, "
                                                           "AirDrop or Files), then go to "),
                               {code(profileFileName(u))});
    appendPath(profile, {settingsApp, general, vpnAndDevices});
    profile << compose(tr.translate("IPhoneSheet", ", tap the downloaded profile and tap %1. iOS may call it not "
                                                   "verified because it is not signed; install it only if it came "
                                                   "from your administrator."),
                       {label(tr.translate("IPhoneSheet", "Install"))});
    if (!ctx.options.passwordsOnSheets)
        profile << plain(tr.translate("IPhoneSheet",
                                      " The profile does not hold your password: type it when the iPhone asks."));
    doc.sections << SheetSection{tr.translate("IPhoneSheet", "Or install the profile"), {paragraph(profile)}};

    doc.sections << SheetSection{
        tr.translate("SetupSheet", "Leave these as they are"),
        {bullets({compose(tr.translate("IPhoneSheet", "%1 off and %2 %3: this VPN uses neither."),
                          {label(securId), label(proxy), label(proxyOff)}),
                  compose(tr.translate("IPhoneSheet", "%1 on: everything you do online goes through the VPN while it "
                                                      "is connected. Turn it off only if your administrator says so."),
                          {label(sendAll)}),
                  RichText(tr.translate("IPhoneSheet", "There is nothing to choose about encryption: the iPhone agrees "
                                                       "on it with the server by itself."))})}};

    doc.sections << SheetSection{
        tr.translate("SetupSheet", "How to tell it works"),
        {bullets({compose(tr.translate("IPhoneSheet", "Under %1 the %2 screen shows %3."),
                          {label(name), label(vpn), label(tr.translate("IPhoneSheet", "Connected"))}),
                  compose(tr.translate("IPhoneSheet", "A %1 badge appears in the status bar at the top of the screen."),
                          {label(vpn)}),
                  RichText(tr.translate("SetupSheet", "Services of the network behind the VPN open as if you were "
                                                      "there."))})}};

    doc.sections << SheetSection{
        tr.translate("SetupSheet", "If it does not connect"),
        {bullets({compose(tr.translate("IPhoneSheet", "%1check that %2 reads exactly %3 and that the iPhone is "
                                                      "online. Some guest and hotel Wi-Fi networks block VPNs: try "
                                                      "mobile data."),
                          {label(tr.translate("IPhoneSheet", "No answer from the server: ")), label(server),
                           code(s.publicAddress)}),
                  compose(tr.translate("IPhoneSheet", "%1type %2 again, exactly as printed."),
                          {label(tr.translate("IPhoneSheet", "A message about the shared secret: ")), label(secret)}),
                  compose(tr.translate("IPhoneSheet", "%1type %2 and %3 again."),
                          {label(tr.translate("IPhoneSheet", "Authentication failed: ")), label(account),
                           label(password)}),
                  compose(tr.translate("IPhoneSheet", "%1this kind of VPN does that; turn it on again when you need "
                                                      "it."),
                          {label(tr.translate("IPhoneSheet", "It disconnects when the iPhone sleeps: "))}),
                  compose(tr.translate("SetupSheet", "%1tell your administrator when you tried, so that they can find "
                                                     "the attempt in the router's log."),
                          {label(tr.translate("SetupSheet", "Still no luck: "))})})}};
    return doc;
}

} // namespace tw

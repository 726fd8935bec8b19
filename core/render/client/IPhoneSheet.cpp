// The iPhone / iPad setup sheet. Screens and fields as iOS names them (reference/clients.md section 1,
// after hwdsl2/setup-ipsec-vpn docs/clients.md): Settings > General > VPN & Device Management > VPN >
// Add VPN Configuration…, then Type, Description, Server, Account, RSA SecurID, Password, Secret,
// Send All Traffic, Proxy.

#include "render/client/ClientMaterial.h"
#include "render/client/SheetText.h"

namespace tw {

using namespace sheet;

SetupSheet iphoneSetupSheet(const ClientContext &ctx)
{
    const L2tpServer &s = *ctx.server;
    const User &u = *ctx.user;
    const QString name = connectionName(s);
    const QString ellipsis(QChar(0x2026));

    SetupSheet doc;
    doc.title = QStringLiteral("VPN on your iPhone or iPad");
    doc.subtitle = subtitle(ctx);
    doc.footer = footer(ctx);
    doc.sections << introduction(ctx, QStringLiteral("iPhone or iPad"));

    SheetSection table{QStringLiteral("Your settings"),
                       {settings({{QStringLiteral("Type"), RichText() << label(QStringLiteral("L2TP"))},
                                  {QStringLiteral("Description"), RichText() << code(name)},
                                  {QStringLiteral("Server"), RichText() << code(s.publicAddress)},
                                  {QStringLiteral("Account"), RichText() << code(u.name)},
                                  {QStringLiteral("RSA SecurID"), RichText() << label(QStringLiteral("off"))},
                                  {QStringLiteral("Password"), passwordValue(ctx)},
                                  {QStringLiteral("Secret"), RichText() << code(s.psk)},
                                  {QStringLiteral("Send All Traffic"), RichText() << label(QStringLiteral("on"))},
                                  {QStringLiteral("Proxy"), RichText() << label(QStringLiteral("Off"))}})}};
    table.blocks << valueNotes(ctx);
    doc.sections << table;

    RichText open;
    open << plain(QStringLiteral("Open "));
    appendPath(open, {QStringLiteral("Settings"), QStringLiteral("General"), QStringLiteral("VPN & Device Management"),
                      QStringLiteral("VPN")});
    open << plain(QStringLiteral(". (iOS 14 and older: "));
    appendPath(open, {QStringLiteral("Settings"), QStringLiteral("General"), QStringLiteral("VPN")});
    open << plain(QStringLiteral(".)"));
    RichText password;
    password << label(QStringLiteral("Password")) << plain(QStringLiteral(": "));
    if (ctx.options.passwordsOnSheets)
        password << plain(QStringLiteral("type ")) << code(printableOnSheet(u.password));
    else
        password << plain(QStringLiteral("type the password you were given separately"));
    doc.sections << SheetSection{
        QStringLiteral("Set up the connection"),
        {steps({open,
                RichText() << plain(QStringLiteral("Tap ")) << label(QStringLiteral("Add VPN Configuration") + ellipsis)
                           << plain(QStringLiteral("; the screen ")) << label(QStringLiteral("Add Configuration"))
                           << plain(QStringLiteral(" opens.")),
                RichText() << plain(QStringLiteral("Tap ")) << label(QStringLiteral("Type"))
                           << plain(QStringLiteral(", choose ")) << label(QStringLiteral("L2TP"))
                           << plain(QStringLiteral(" and go back to ")) << label(QStringLiteral("Add Configuration"))
                           << plain(QStringLiteral(".")),
                RichText() << label(QStringLiteral("Description")) << plain(QStringLiteral(": type ")) << code(name),
                RichText() << label(QStringLiteral("Server")) << plain(QStringLiteral(": type ")) << code(s.publicAddress),
                RichText() << label(QStringLiteral("Account")) << plain(QStringLiteral(": type ")) << code(u.name),
                RichText() << label(QStringLiteral("RSA SecurID")) << plain(QStringLiteral(": leave it off.")),
                password,
                RichText() << label(QStringLiteral("Secret")) << plain(QStringLiteral(": type ")) << code(s.psk),
                RichText() << label(QStringLiteral("Send All Traffic")) << plain(QStringLiteral(": leave it on.")),
                RichText() << label(QStringLiteral("Proxy")) << plain(QStringLiteral(": leave it on "))
                           << label(QStringLiteral("Off")) << plain(QStringLiteral(".")),
                RichText() << plain(QStringLiteral("Tap ")) << label(QStringLiteral("Done"))
                           << plain(QStringLiteral(" (top right). You are back on the ")) << label(QStringLiteral("VPN"))
                           << plain(QStringLiteral(" screen.")),
                RichText() << plain(QStringLiteral("Check that ")) << label(name)
                           << plain(QStringLiteral(" is ticked, then turn on the switch at the top of that screen ("))
                           << label(QStringLiteral("Status")) << plain(QStringLiteral(") to connect."))})}};

    RichText profile;
    profile << plain(QStringLiteral("If your administrator also gave you the file ")) << code(profileFileName(u))
            << plain(QStringLiteral(", it can replace steps 1 to 12: open it on the iPhone (from Mail, AirDrop or "
                                    "Files), then go to "));
    appendPath(profile, {QStringLiteral("Settings"), QStringLiteral("General"), QStringLiteral("VPN & Device Management")});
    profile << plain(QStringLiteral(", tap the downloaded profile and tap ")) << label(QStringLiteral("Install"))
            << plain(QStringLiteral(". iOS may call it not verified because it is not signed; install it only if it came "
                                    "from your administrator."));
    if (!ctx.options.passwordsOnSheets)
        profile << plain(QStringLiteral(" The profile does not hold your password: type it when the iPhone asks."));
    doc.sections << SheetSection{QStringLiteral("Or install the profile"), {paragraph(profile)}};

    doc.sections << SheetSection{
        QStringLiteral("Leave these as they are"),
        {bullets({RichText() << label(QStringLiteral("RSA SecurID")) << plain(QStringLiteral(" off and "))
                             << label(QStringLiteral("Proxy")) << plain(QStringLiteral(" "))
                             << label(QStringLiteral("Off")) << plain(QStringLiteral(": this VPN uses neither.")),
                  RichText() << label(QStringLiteral("Send All Traffic"))
                             << plain(QStringLiteral(" on: everything you do online goes through the VPN while it is "
                                                     "connected. Turn it off only if your administrator says so.")),
                  RichText(QStringLiteral("There is nothing to choose about encryption: the iPhone agrees on it with "
                                          "the server by itself."))})}};

    doc.sections << SheetSection{
        QStringLiteral("How to tell it works"),
        {bullets({RichText() << plain(QStringLiteral("Under ")) << label(name) << plain(QStringLiteral(" the "))
                             << label(QStringLiteral("VPN")) << plain(QStringLiteral(" screen shows "))
                             << label(QStringLiteral("Connected")) << plain(QStringLiteral(".")),
                  RichText() << plain(QStringLiteral("A ")) << label(QStringLiteral("VPN"))
                             << plain(QStringLiteral(" badge appears in the status bar at the top of the screen.")),
                  RichText(QStringLiteral("Services of the network behind the VPN open as if you were there."))})}};

    doc.sections << SheetSection{
        QStringLiteral("If it does not connect"),
        {bullets({RichText() << label(QStringLiteral("No answer from the server: "))
                             << plain(QStringLiteral("check that ")) << label(QStringLiteral("Server"))
                             << plain(QStringLiteral(" reads exactly ")) << code(s.publicAddress)
                             << plain(QStringLiteral(" and that the iPhone is online. Some guest and hotel Wi-Fi "
                                                     "networks block VPNs: try mobile data.")),
                  RichText() << label(QStringLiteral("A message about the shared secret: "))
                             << plain(QStringLiteral("type ")) << label(QStringLiteral("Secret"))
                             << plain(QStringLiteral(" again, exactly as printed.")),
                  RichText() << label(QStringLiteral("Authentication failed: ")) << plain(QStringLiteral("type "))
                             << label(QStringLiteral("Account")) << plain(QStringLiteral(" and "))
                             << label(QStringLiteral("Password")) << plain(QStringLiteral(" again.")),
                  RichText() << label(QStringLiteral("It disconnects when the iPhone sleeps: "))
                             << plain(QStringLiteral("this kind of VPN does that; turn it on again when you need it.")),
                  RichText() << label(QStringLiteral("Still no luck: "))
                             << plain(QStringLiteral("tell your administrator when you tried, so that they can find "
                                                     "the attempt in the router's log."))})}};
    return doc;
}

} // namespace tw

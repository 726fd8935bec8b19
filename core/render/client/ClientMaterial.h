#pragma once

#include "model/Project.h"
#include "render/client/RenderOptions.h"
#include "render/client/SetupSheet.h"

#include <QByteArray>
#include <QString>

// What one user of an L2TP/IPsec server gets for one kind of device, and the names of those files.
// Everything here is pure: model in, document or bytes out. The wizard builds the same SetupSheet
// documents for its preview and print dialog.

namespace tw {

struct ClientContext {
    const Project *project = nullptr;
    const L2tpServer *server = nullptr;
    const User *user = nullptr;
    RenderOptions options;
};

// The name the connection gets on every device: "<server> VPN" (server names are [A-Za-z0-9_.-]).
QString connectionName(const L2tpServer &server);

// <server>/clients/<user>/ and the file names in it.
QString clientDirectory(const L2tpServer &server, const User &user);
QString sheetFileName(const User &user, ClientPlatform platform); // alice-iphone.pdf, alice-windows.pdf
QString profileFileName(const User &user);                        // alice.mobileconfig
QString scriptFileName(const User &user);                         // alice-setup.ps1

// The setup sheets.
SetupSheet iphoneSetupSheet(const ClientContext &ctx);
SetupSheet windowsSetupSheet(const ClientContext &ctx);

// A value as the printed sheet can show it: characters outside WinAnsi (which the PDF's standard fonts
// cannot print) become [U+XXXX], so that the sheet never shows a wrong character silently.
QString printableOnSheet(const QString &value);

// The Apple configuration profile (.mobileconfig, an XML property list) for the iPhone.
QByteArray appleProfile(const ClientContext &ctx);

// The Windows PowerShell script, UTF-8 with byte order mark and CRLF line ends.
QByteArray windowsScript(const ClientContext &ctx);

} // namespace tw

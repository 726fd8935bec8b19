// The Windows PowerShell script: creates the user's L2TP/IPsec connection with Add-VpnConnection
// (VpnClient module, Windows 8 and later; MicrosoftDocs Add-VpnConnection.md) and sets the NAT-T
// registry value (Microsoft KB 926179). Every value goes through powerShellQuote(). Saved as UTF-8 with
// a byte order mark, because Windows PowerShell 5.1 reads a file without one in the ANSI code page
// (PSScriptAnalyzer UseBOMForUnicodeEncodedFile), and with CRLF line ends.

#include "model/L2tpPresets.h"
#include "model/Vocabulary.h"
#include "render/FileHeader.h"
#include "render/client/ClientMaterial.h"
#include "render/client/PowerShellQuote.h"

#include <QStringList>

namespace tw {
namespace {

// Add-VpnConnection -AuthenticationMethod values (Pap, Chap, MSChapv2, Eap, MachineCertificate).
QString authenticationToken(PppAuth a)
{
    switch (a) {
    case PppAuth::Mschap2:
        return QStringLiteral("MSChapv2");
    case PppAuth::Chap:
        return QStringLiteral("Chap");
    case PppAuth::Pap:
        return QStringLiteral("Pap");
    }
    return {};
}

QString writeHost(const QString &message) { return QStringLiteral("Write-Host ") + powerShellQuote(message); }

// A value shown in a comment line: a control character would end the comment and start code, so it
// becomes '?'. (`check` accepts no such address; this keeps the header safe on its own.)
QString commentSafe(QString s)
{
    for (QChar &c : s)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) || c == QChar(0x2028) || c == QChar(0x2029))
            c = QLatin1Char('?');
    return s;
}

} // namespace

QByteArray windowsScript(const ClientContext &ctx)
{
    const L2tpServer &s = *ctx.server;
    const User &u = *ctx.user;
    const QString name = connectionName(s);
    const QString file = scriptFileName(u);
    const bool encrypt = pppEncryptionRequired(s);

    QStringList methods, labels;
    for (PppAuth a : s.authentication) {
        methods << authenticationToken(a);
        labels << label(a);
    }

    HeaderFacts facts("# ");
    facts.lines("# project: %1\n"
                "# L2TP server: %2\n"
                "# server address: %3\n"
                "# user: %4\n",
                {ctx.project->name, s.name, commentSafe(s.publicAddress), u.name});
    TextBuilder header;
    FileHeader h(header, "# ", "Windows VPN connection \"%1\" (L2TP/IPsec) for %2", {name, u.name});
    h.facts(facts);
    h.instructions("# Run it in PowerShell opened as administrator (right-click Start > Terminal (Admin)):\n"
                   "#   powershell -ExecutionPolicy Bypass -File .\\%1\n"
                   "# -ExecutionPolicy Bypass lets this one script run where scripts are blocked; it changes no\n"
                   "# setting. Without administrator rights add -SkipNatTraversal: only the connection is made.\n"
                   "# Running it again replaces the connection.\n"
                   "# This file holds the VPN's pre-shared key: delete it once the connection works.\n",
                   {file});
    h.end();

    QStringList l;
    l << QStringLiteral("[CmdletBinding()]") << QStringLiteral("param(")
      << QStringLiteral("    # Leave out the NAT setting below, which needs administrator rights.")
      << QStringLiteral("    [switch]$SkipNatTraversal") << QStringLiteral(")") << QString()
      << QStringLiteral("Set-StrictMode -Version 3.0") << QStringLiteral("$ErrorActionPreference = 'Stop'") << QString()
      << QStringLiteral("$ConnectionName = ") + powerShellQuote(name)
      << QStringLiteral("$ServerAddress = ") + powerShellQuote(s.publicAddress)
      << QStringLiteral("$PreSharedKey = ") + powerShellQuote(s.psk) << QString();

    l << QStringLiteral("# The NAT setting changes the whole PC (HKLM) and needs an elevated PowerShell; the connection")
      << QStringLiteral("# itself belongs to the current user and needs no rights. Check before changing anything.")
      << QStringLiteral("$identity = [Security.Principal.WindowsIdentity]::GetCurrent()")
      << QStringLiteral("$isAdmin = ([Security.Principal.WindowsPrincipal]$identity).IsInRole(")
      << QStringLiteral("    [Security.Principal.WindowsBuiltInRole]::Administrator)")
      << QStringLiteral("if (-not $SkipNatTraversal -and -not $isAdmin) {")
      << QStringLiteral("    ") + writeHost(QStringLiteral("The NAT setting needs administrator rights. Open PowerShell with"))
      << QStringLiteral("    ") + writeHost(QStringLiteral("\"Run as administrator\" and run this script again, or add"))
      << QStringLiteral("    ") + writeHost(QStringLiteral("-SkipNatTraversal to create only the connection."))
      << QStringLiteral("    exit 1") << QStringLiteral("}") << QString();

    l << QStringLiteral("# Running the script again replaces the connection.")
      << QStringLiteral("if (Get-VpnConnection -Name $ConnectionName -ErrorAction SilentlyContinue) {")
      << QStringLiteral("    Remove-VpnConnection -Name $ConnectionName -Force") << QStringLiteral("}") << QString();

    l << QStringLiteral("# L2TP/IPsec with the pre-shared key; PPP sign-in with %1 as the server allows.")
             .arg(labels.join(QStringLiteral(", ")));
    if (encrypt)
        l << QStringLiteral("# EncryptionLevel Required: the server requires PPP encryption (MPPE), which MS-CHAP v2 keys.");
    else
        l << QStringLiteral("# EncryptionLevel Optional: the server does not encrypt PPP (MPPE needs MS-CHAP v2 alone);")
          << QStringLiteral("# IPsec encrypts the tunnel.");
    l << QStringLiteral("# -Force: no question about the key being passed in plain text. -RememberCredential: Windows")
      << QStringLiteral("# keeps the user name and password after the first successful connection.")
      << QStringLiteral("Add-VpnConnection -Name $ConnectionName -ServerAddress $ServerAddress -TunnelType L2tp "
                        "-L2tpPsk $PreSharedKey -AuthenticationMethod %1 -EncryptionLevel %2 -Force -RememberCredential "
                        "-PassThru")
             .arg(methods.join(QStringLiteral(", ")), encrypt ? QStringLiteral("Required") : QStringLiteral("Optional"))
      << QString();

    l << QStringLiteral("$restartNeeded = $false") << QStringLiteral("if (-not $SkipNatTraversal) {")
      << QStringLiteral("    # Windows negotiates IPsec with an L2TP server behind NAT only when this value is 2 (both")
      << QStringLiteral("    # ends may be behind NAT; Microsoft KB 926179), else connecting fails with error 809. It")
      << QStringLiteral("    # does no harm when the server has a public address. Takes effect after a restart.")
      << QStringLiteral("    $key = 'HKLM:\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent'")
      << QStringLiteral("    $value = 'AssumeUDPEncapsulationContextOnSendRule'")
      << QStringLiteral("    $current = Get-ItemProperty -Path $key -Name $value -ErrorAction SilentlyContinue")
      << QStringLiteral("    if ($null -eq $current -or $current.$value -ne 2) {")
      << QStringLiteral("        New-ItemProperty -Path $key -Name $value -PropertyType DWord -Value 2 -Force | Out-Null")
      << QStringLiteral("        $restartNeeded = $true") << QStringLiteral("    }") << QStringLiteral("}") << QString();

    // An administrator who elevates a standard user's PowerShell with their own account gets the
    // connection in their own list, not the user's: say whose it is.
    l << writeHost(QString()) << writeHost(QStringLiteral("The VPN connection \"%1\" is ready.").arg(name))
      << QStringLiteral("Write-Host ('It was made for the Windows account {0} only.' -f $identity.Name)")
      << writeHost(QStringLiteral("For another account, run this script in that account's session with -SkipNatTraversal."))
      << QStringLiteral("if ($restartNeeded) {")
      << QStringLiteral("    ") + writeHost(QStringLiteral("Restart Windows once before connecting: the NAT setting takes "
                                                           "effect after a restart."))
      << QStringLiteral("}")
      << writeHost(QStringLiteral("Connect: Settings > Network & internet > VPN > %1 > Connect.").arg(name))
      << writeHost(QStringLiteral("Sign in with the user name %1 and your password.").arg(u.name));

    QByteArray text = header.take();
    text += l.join(QLatin1Char('\n')).toUtf8();
    text += '\n';
    QByteArray out = "\xEF\xBB\xBF";
    out += text.replace("\n", "\r\n");
    return out;
}

} // namespace tw

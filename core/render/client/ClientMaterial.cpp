#include "render/client/ClientMaterial.h"

#include "model/Vocabulary.h"
#include "render/client/PdfWriter.h"
#include "render/client/SheetText.h"

namespace tw {

QString connectionName(const L2tpServer &server) { return server.name + QStringLiteral(" VPN"); }

QString clientDirectory(const L2tpServer &server, const User &user)
{
    return server.name + QStringLiteral("/clients/") + user.name;
}

QString sheetFileName(const User &user, ClientPlatform platform)
{
    switch (platform) {
    case ClientPlatform::IPhone:
        return user.name + QStringLiteral("-iphone.pdf");
    case ClientPlatform::Windows:
        return user.name + QStringLiteral("-windows.pdf");
    }
    return {};
}

QString profileFileName(const User &user) { return user.name + QStringLiteral(".mobileconfig"); }
QString scriptFileName(const User &user) { return user.name + QStringLiteral("-setup.ps1"); }

QString printableOnSheet(const QString &value)
{
    QString out;
    for (char32_t c : value.toUcs4()) {
        if (PdfWriter::canEncode(c))
            out += QString::fromUcs4(&c, 1);
        else
            out += QStringLiteral("[U+%1]").arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return out;
}

namespace sheet {

QString quoted(const QString &text) { return QChar(0x201C) + text + QChar(0x201D); }

RichText &appendPath(RichText &text, const QStringList &screens)
{
    for (qsizetype i = 0; i < screens.size(); ++i) {
        if (i)
            text << plain(QStringLiteral(" > "));
        text << label(screens[i]);
    }
    return text;
}

RichText passwordValue(const ClientContext &ctx)
{
    if (ctx.options.passwordsOnSheets)
        return RichText() << code(printableOnSheet(ctx.user->password));
    return RichText(ctx.options.sheetLanguage.translate("SetupSheet", "not printed here: you get it separately"));
}

SheetSection introduction(const ClientContext &ctx, const QString &device)
{
    const i18n::Catalog &tr = ctx.options.sheetLanguage;
    const QString name = connectionName(*ctx.server);
    //: %1: the connection's name, %2: "iPhone or iPad" or "Windows 10 or 11 PC"
    const RichText intro = compose(tr.translate("SetupSheet", "These steps add the VPN connection %1 to your %2 with its "
                                                              "built-in VPN client (L2TP/IPsec); no app is needed. Type "
                                                              "every value exactly as printed: upper and lower case "
                                                              "matter."),
                                   {label(name), plain(device)});
    RichText keep;
    keep << label(tr.translate("SetupSheet", "Keep this sheet private. "));
    if (ctx.options.passwordsOnSheets)
        keep << plain(tr.translate("SetupSheet", "It holds your password and the VPN's shared secret. Once the VPN "
                                                 "works, store it safely or shred it."));
    else
        keep << plain(tr.translate("SetupSheet", "It holds the VPN's shared secret. Your password is not printed here: "
                                                 "you get it separately."));
    return {QString(), {paragraph(intro), notice(keep)}};
}

QList<SheetBlock> valueNotes(const ClientContext &ctx)
{
    const i18n::Catalog &tr = ctx.options.sheetLanguage;
    const QString &pw = ctx.user->password;
    const QString printed = ctx.server->psk + (ctx.options.passwordsOnSheets ? pw : QString());
    QList<SheetBlock> notes;
    QStringList lookalikes;
    if (printed.contains(QLatin1Char('0')) || printed.contains(QLatin1Char('O')))
        lookalikes << tr.translate("SetupSheet", "0 is the digit zero and O the capital letter o");
    if (printed.contains(QLatin1Char('1')) || printed.contains(QLatin1Char('l')) || printed.contains(QLatin1Char('I')))
        lookalikes << tr.translate("SetupSheet", "1 is the digit one, l the small letter L and I the capital letter i");
    if (!lookalikes.isEmpty())
        //: %1: one or two of the notes above, joined by "; "
        notes << paragraph(RichText(tr.translate("SetupSheet", "In the values above, %1.")
                                        .arg(lookalikes.join(QStringLiteral("; ")))));
    if (!ctx.options.passwordsOnSheets)
        return notes;
    if (printableOnSheet(pw) != pw)
        notes << paragraph(RichText(tr.translate("SetupSheet", "Your password contains characters this sheet cannot "
                                                               "print; each is shown as [U+code], its Unicode number. "
                                                               "Ask your administrator how to type them on your device.")));
    if (pw.contains(QLatin1Char(' ')))
        notes << paragraph(
            RichText(tr.translate("SetupSheet", "Your password contains spaces: type a space for each gap.")));
    return notes;
}

QStringList footer(const ClientContext &ctx)
{
    return {connectionName(*ctx.server), ctx.user->name,
            ctx.options.sheetLanguage.translate("SetupSheet", "keep this sheet private")};
}

QString subtitle(const ClientContext &ctx)
{
    //: %1: the connection's name, %2: the user, %3: the server's address
    return ctx.options.sheetLanguage.translate("SetupSheet", "%1 for %2, server %3")
        .arg(connectionName(*ctx.server), ctx.user->name, ctx.server->publicAddress);
}

QString pageNumber(const ClientContext &ctx)
{
    //: The right part of each page's footer: "Page 1 of 2"
    return ctx.options.sheetLanguage.translate("SetupSheet", "Page %1 of %2");
}

} // namespace sheet
} // namespace tw

#include "render/client/ClientRenderer.h"

#include "model/Vocabulary.h"
#include "render/client/ClientOffers.h"
#include "render/client/SetupSheetPdf.h"

#include <array>

namespace tw {
namespace {

RenderedFile clientFile(const ClientContext &ctx, const QString &objectPath, const QString &name, FileKind kind,
                        QByteArray bytes)
{
    RenderedFile f;
    f.path = clientDirectory(*ctx.server, *ctx.user) + QLatin1Char('/') + name;
    f.kind = kind;
    // The platform of the server the file connects to: the manifest gives every file one.
    f.platform = ctx.server->platform;
    f.object = objectPath;
    f.user = ctx.user->name;
    f.holdsSecret = true; // every one holds the pre-shared key
    f.bytes = std::move(bytes);
    return f;
}

RenderedFile sheetFile(const ClientContext &ctx, const QString &objectPath, ClientPlatform platform)
{
    return clientFile(ctx, objectPath, sheetFileName(*ctx.user, platform), FileKind::SetupSheetPdf,
                      setupSheetPdf(clientEntry(platform).sheet(ctx), ctx.options.paperSize));
}

QList<RenderedFile> renderIPhone(const ClientContext &ctx, const QString &objectPath)
{
    return {sheetFile(ctx, objectPath, ClientPlatform::IPhone),
            clientFile(ctx, objectPath, profileFileName(*ctx.user), FileKind::AppleMobileconfig, appleProfile(ctx))};
}

QList<RenderedFile> renderWindows(const ClientContext &ctx, const QString &objectPath)
{
    return {sheetFile(ctx, objectPath, ClientPlatform::Windows),
            clientFile(ctx, objectPath, scriptFileName(*ctx.user), FileKind::WindowsPowershell, windowsScript(ctx))};
}

constexpr std::array kClients{
    ClientEntry{ClientPlatform::IPhone, &iphoneSetupSheet, &renderIPhone},
    ClientEntry{ClientPlatform::Windows, &windowsSetupSheet, &renderWindows},
};

QList<ClientPlatform> platformsOnce(const L2tpServer &server)
{
    QList<ClientPlatform> platforms;
    for (ClientPlatform p : server.clients)
        if (!platforms.contains(p))
            platforms << p;
    return platforms;
}

} // namespace

const ClientEntry &clientEntry(ClientPlatform platform)
{
    for (const ClientEntry &e : kClients)
        if (e.platform == platform)
            return e;
    return kClients.front(); // unreachable: the table lists every platform (tested)
}

QList<RenderedFile> renderUserMaterial(const L2tpContext &ctx, const User &user, const RenderOptions &options)
{
    const ClientContext c{ctx.project, ctx.server, &user, options};
    QList<RenderedFile> files;
    for (ClientPlatform p : platformsOnce(*ctx.server))
        files << clientEntry(p).render(c, ctx.objectPath);
    return files;
}

QList<UserSheet> setupSheets(const Project &project, const L2tpServer &server, const RenderOptions &options)
{
    const QList<ClientPlatform> platforms = platformsOnce(server);
    QList<UserSheet> sheets;
    for (const User &u : server.users) {
        const ClientContext c{&project, &server, &u, options};
        for (ClientPlatform p : platforms)
            sheets << UserSheet{u.name, p, clientEntry(p).sheet(c)};
    }
    return sheets;
}

void checkClients(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp, const QString &serverPath,
                  Findings &out)
{
    for (qsizetype i = 0; i < server.clients.size(); ++i)
        if (server.clients.indexOf(server.clients[i]) != i)
            out.error(childPath(serverPath, QStringLiteral("clients"), i),
                      Findings::tr("%1 is listed twice; list each client platform once").arg(token(server.clients[i])));
    for (const Finding &f : clientOfferFindings(server, ike, esp, serverPath))
        out.append(f);
    if (server.clients.isEmpty())
        return;
    for (qsizetype i = 0; i < server.users.size(); ++i) {
        const QString &pw = server.users[i].password;
        if (!pw.isEmpty() && printableOnSheet(pw) != pw)
            out.warning(childPath(childPath(serverPath, QStringLiteral("users"), i), QStringLiteral("password")),
                        Findings::tr("contains characters the printed setup sheet cannot show (outside Western "
                                       "European letters); the sheet prints them as Unicode numbers such as [U+0141]. "
                                       "Letters, digits and ASCII punctuation print as they are"));
    }
}

} // namespace tw

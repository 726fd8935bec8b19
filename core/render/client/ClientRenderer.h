#pragma once

#include "render/RenderContext.h"
#include "render/RenderedFile.h"
#include "render/client/ClientMaterial.h"
#include "validate/Finding.h"

#include <QList>

// Client material for the users of an L2TP/IPsec server: a registry table with one row per client
// platform (style point 5), each rendering one user's files. Called by ProjectRenderer after the
// server's own files; every file lands in <server>/clients/<user>/ and carries "user" in the manifest.

namespace tw {

using ClientFilesRenderer = QList<RenderedFile> (*)(const ClientContext &ctx, const QString &objectPath);

using SheetBuilder = SetupSheet (*)(const ClientContext &ctx);

struct ClientEntry {
    ClientPlatform platform;
    SheetBuilder sheet;
    ClientFilesRenderer render; // the sheet as PDF and the platform's own file
};

const ClientEntry &clientEntry(ClientPlatform platform);

// One user's files (the user is one of ctx.server->users), for every platform in server.clients,
// each once, in that order. Pure. ProjectRenderer calls it for the users in the project's order.
QList<RenderedFile> renderUserMaterial(const L2tpContext &ctx, const User &user, const RenderOptions &options);

// One user's setup sheet for one platform, as a document (the wizard previews and prints these).
struct UserSheet {
    QString user;
    ClientPlatform platform;
    SetupSheet sheet;
};

// Every setup sheet of the server, in the order of its PDF files (users in order; per user the
// platforms of server.clients, each once). Pure.
QList<UserSheet> setupSheets(const Project &project, const L2tpServer &server, const RenderOptions &options);

// What `check` has to say about a server's client material: a platform listed twice, proposals no
// chosen client offers (ClientOffers.h), a password the printed sheet cannot show.
void checkClients(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp, const QString &serverPath,
                  Findings &out);

} // namespace tw

// The clients' offer table and the warnings `check` derives from it; the client registry; the manifest.

#include "test_client_support.h"

#include "model/L2tpPresets.h"
#include "render/client/ClientOffers.h"
#include "render/client/ClientRenderer.h"
#include "validate/ProjectValidator.h"

#include <functional>

using namespace tw;
using namespace twtest::client;

namespace {

QList<Finding> at(const QList<Finding> &fs, const QString &path)
{
    QList<Finding> out;
    for (const Finding &f : fs)
        if (f.path == path)
            out << f;
    return out;
}

QList<Finding> offerFindings(const L2tpServer &s)
{
    return clientOfferFindings(s, effectiveIke(s), effectiveEsp(s), QStringLiteral("l2tp_servers[0]"));
}

} // namespace

TEST_CASE("every client platform has an offer table row and a renderer row", "[client]")
{
    for (ClientPlatform p : {ClientPlatform::IPhone, ClientPlatform::Windows}) {
        CHECK(clientOffers(p).platform == p);
        CHECK_FALSE(clientOffers(p).ike.isEmpty());
        CHECK_FALSE(clientOffers(p).esp.isEmpty());
        CHECK(clientEntry(p).platform == p);
    }
    CHECK(clientOffers(ClientPlatform::IPhone).ike.size() == 14);
}

TEST_CASE("the default L2TP proposals suit both clients", "[client]")
{
    const Project p = l2tpExample();
    CHECK(offerFindings(p.l2tpServers[0]).isEmpty());
    // And the preset matches a confirmed offer of each client.
    const IkeProposal ike = l2tpDefaultIke();
    for (ClientPlatform c : {ClientPlatform::IPhone, ClientPlatform::Windows}) {
        const auto &offers = clientOffers(c).ike;
        CHECK(std::any_of(offers.begin(), offers.end(), [&](const IkeOffer &o) {
            return o.confirmed && ike.encryption.contains(o.encryption) && ike.integrity.contains(o.integrity) &&
                   ike.dhGroups.contains(o.group);
        }));
    }
}

TEST_CASE("proposals a chosen client does not offer are a warning naming that client", "[client]")
{
    struct Row {
        const char *name;
        std::function<void(L2tpServer &)> change;
        const char *path;
        int warnings;
        const char *who; // must be named in every warning
    };
    const Row rows[] = {
        {"SHA-256 only in phase 1: Windows offers SHA-1 only",
         [](L2tpServer &s) {
             IkeProposal ike = l2tpDefaultIke();
             ike.integrity = {Integrity::Sha256};
             s.ike = ike;
         },
         "l2tp_servers[0].ike", 1, "Windows"},
        {"group 19 only: iOS offers MODP groups only",
         [](L2tpServer &s) {
             IkeProposal ike = l2tpDefaultIke();
             ike.dhGroups = {DhGroup::G19};
             s.ike = ike;
         },
         "l2tp_servers[0].ike", 1, "iPhone"},
        {"AES-128 on group 14: iOS never offers it",
         [](L2tpServer &s) {
             IkeProposal ike = l2tpDefaultIke();
             ike.encryption = {Encryption::Aes128Cbc};
             s.ike = ike;
         },
         "l2tp_servers[0].ike", 1, "iPhone"},
        {"PFS: neither client uses it",
         [](L2tpServer &s) {
             EspProposal esp = l2tpDefaultEsp();
             esp.pfsGroup = DhGroup::G14;
             s.esp = esp;
         },
         "l2tp_servers[0].esp.pfs_group", 2, "L2TP client"},
        {"GCM only in phase 2: neither client offers it",
         [](L2tpServer &s) {
             EspProposal esp = l2tpDefaultEsp();
             esp.encryption = {Encryption::Aes256Gcm};
             esp.integrity = {};
             s.esp = esp;
         },
         "l2tp_servers[0].esp", 2, "L2TP client"},
        {"only SHA-256 in phase 2 with only Windows chosen",
         [](L2tpServer &s) {
             EspProposal esp = l2tpDefaultEsp();
             esp.integrity = {Integrity::Sha256};
             s.esp = esp;
             s.clients = {ClientPlatform::Windows};
         },
         "l2tp_servers[0].esp", 1, "Windows"},
    };
    for (const Row &r : rows) {
        INFO(r.name);
        Project p = l2tpExample();
        r.change(p.l2tpServers[0]);
        const QList<Finding> found = at(checkProject(p), QString::fromLatin1(r.path));
        QList<Finding> warnings;
        for (const Finding &f : found)
            if (f.severity == Severity::Warning && f.message.contains(QStringLiteral("built-in L2TP client")))
                warnings << f;
        CHECK(warnings.size() == r.warnings);
        for (const Finding &f : warnings)
            CHECK(f.message.contains(QString::fromLatin1(r.who)));
    }
}

TEST_CASE("a server whose users only use iPhones is not warned about Windows", "[client]")
{
    Project p = l2tpExample();
    IkeProposal ike = l2tpDefaultIke();
    ike.integrity = {Integrity::Sha256};
    p.l2tpServers[0].ike = ike;
    p.l2tpServers[0].clients = {ClientPlatform::IPhone};
    CHECK(offerFindings(p.l2tpServers[0]).isEmpty());
}

TEST_CASE("a client platform listed twice is an error", "[client]")
{
    Project p = l2tpExample();
    p.l2tpServers[0].clients = {ClientPlatform::IPhone, ClientPlatform::Windows, ClientPlatform::IPhone};
    const QList<Finding> found = at(checkProject(p), QStringLiteral("l2tp_servers[0].clients[2]"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Error);
}

TEST_CASE("client files: paths, kinds, user, secrecy, manifest and order", "[client]")
{
    const RenderResult r = renderProject(l2tpExample());
    REQUIRE(r.output);
    QStringList clientPaths;
    for (const RenderedFile &f : r.output->files) {
        if (f.user.isEmpty())
            continue;
        clientPaths << f.path;
        CHECK(f.holdsSecret);
        CHECK(f.object == QStringLiteral("l2tp_servers[0]"));
        CHECK(f.platform == l2tpExample().l2tpServers[0].platform); // the server's, as every manifest entry has one
        CHECK(f.path.startsWith(QStringLiteral("office/clients/") + f.user + QLatin1Char('/')));
    }
    CHECK(clientPaths == QStringList{QStringLiteral("office/clients/alice/alice-iphone.pdf"),
                                     QStringLiteral("office/clients/alice/alice.mobileconfig"),
                                     QStringLiteral("office/clients/alice/alice-windows.pdf"),
                                     QStringLiteral("office/clients/alice/alice-setup.ps1"),
                                     QStringLiteral("office/clients/bob/bob-iphone.pdf"),
                                     QStringLiteral("office/clients/bob/bob.mobileconfig"),
                                     QStringLiteral("office/clients/bob/bob-windows.pdf"),
                                     QStringLiteral("office/clients/bob/bob-setup.ps1")});
    const QByteArray manifest = r.output->manifest;
    CHECK(manifest.contains("\"kind\": \"setup-sheet-pdf\""));
    CHECK(manifest.contains("\"kind\": \"apple-mobileconfig\""));
    CHECK(manifest.contains("\"kind\": \"windows-powershell\""));
    CHECK(manifest.contains("\"user\": \"bob\""));
    // Deterministic: the same project renders to the same bytes.
    const RenderResult again = renderProject(l2tpExample());
    REQUIRE(again.output);
    CHECK(again.output->manifest == manifest);
    for (qsizetype i = 0; i < r.output->files.size(); ++i)
        CHECK(again.output->files[i].bytes == r.output->files[i].bytes);
}

TEST_CASE("only the chosen platforms get material; no clients, no files", "[client]")
{
    Project p = l2tpExample();
    p.l2tpServers[0].clients = {ClientPlatform::Windows};
    QMap<QString, RenderedFile> files = renderFiles(p);
    CHECK(files.contains(QStringLiteral("office/clients/bob/bob-setup.ps1")));
    CHECK_FALSE(files.contains(QStringLiteral("office/clients/bob/bob.mobileconfig")));
    p.l2tpServers[0].clients = {};
    files = renderFiles(p);
    for (const RenderedFile &f : files)
        CHECK(f.user.isEmpty());
}

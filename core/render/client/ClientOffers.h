#pragma once

#include "model/Project.h"
#include "validate/Finding.h"

#include <QList>
#include <QString>

// What the built-in L2TP/IPsec clients of iOS and Windows offer in IKEv1 phase 1 and in phase 2 (ESP).
// Neither lets the user choose: the server has to accept one of these, or the device cannot connect.
// The table and its sources: docs/client-compatibility.md (reference/clients.md section 7).

namespace tw {

struct IkeOffer {
    Encryption encryption;
    Integrity integrity; // the phase-1 hash
    DhGroup group;
    bool confirmed; // seen in the client's source or a server log; false: reported, not confirmed
};

struct EspOffer {
    Encryption encryption;
    Integrity integrity;
    bool confirmed;
};

struct ClientOffers {
    ClientPlatform platform;
    int phase1LifetimeS;  // what the client proposes; RouterOS accepts the initiator's with proposal-check obey
    QList<IkeOffer> ike;  // in the client's order of preference
    QList<EspOffer> esp;  // always without PFS
    QString ikeSummary;   // the list in words, for findings
    QString espSummary;
};

const ClientOffers &clientOffers(ClientPlatform platform);

// One warning for each client platform of the server whose offers the server's effective proposals
// (ike, esp) do not accept: phase 1, phase 2, and PFS, which neither client uses. Pure.
QList<Finding> clientOfferFindings(const L2tpServer &server, const IkeProposal &ike, const EspProposal &esp,
                                   const QString &serverPath);

} // namespace tw

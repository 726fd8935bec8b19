#pragma once

#include "model/Project.h"
#include "model/Types.h"
#include "render/TextBuilder.h"

#include <QString>
#include <QStringView>

#include <optional>

// Neutral values -> RouterOS tokens, per RouterOS generation. Every mapping is an exhaustive switch
// without `default:` (a new enum value breaks the build here). A value a generation cannot express
// is std::nullopt; the capability checks turn that into a finding, the renderers never substitute.
//
// Sources: 7.24 / 7.22.3 command schema (reference/routeros/ipsec-l2tp-args.md); the RouterOS 6.43+
// manual (profile hash-algorithm md5|sha1|sha256|sha512, proposal auth-algorithms
// md5|null|sha1|sha256|sha512, enc-algorithms with aes-128/192/256-gcm); rsc-lint LEGACY_VALUES
// for the peer of RouterOS before 6.43.

namespace tw::routeros {

// A RouterOS time interval as text ("1d", "90m", "10d1s"), held in place rather than in a heap
// string: every RouterOS side writes two. Converts to a view of itself, so keep it as a named object
// (a member, a local), never a view of a temporary.
class RouterOsDuration final {
public:
    explicit RouterOsDuration(int seconds);
    operator QStringView() const { return QStringView(m_text, m_size); }

private:
    char16_t m_text[16] = {}; // "2147483647s", "24855d3h14m7s"
    quint8 m_size = 0;
};

// What a profile (or the peer before 6.43) and a proposal write, as RouterOsDialect spells it:
// made once per side for its script and its troubleshooting sheet.
struct RouterOsProposalValues {
    JoinedText ikeEncryption; // enc-algorithm (lists joined in place: no heap string per side)
    QString ikeHash;          // hash-algorithm
    JoinedText ikeDhGroups;   // dh-group
    RouterOsDuration ikeLifetime;
    JoinedText espEncryption; // enc-algorithms
    JoinedText espAuth;       // auth-algorithms
    QString pfsGroup;         // pfs-group
    RouterOsDuration espLifetime;
};

class RouterOsDialect final {
public:
    enum class Generation {
        Legacy, // before 6.43: the peer holds key and phase-1 settings, no profile/identity menus
        V6,     // 6.43 and later v6: profile / peer / identity
        V7,
    };

    // std::nullopt for a platform that is not RouterOS.
    static std::optional<RouterOsDialect> of(Platform platform);

    Platform platform() const { return m_platform; }
    Generation generation() const { return m_generation; }
    QString platformToken() const;
    bool isLegacy() const { return m_generation == Generation::Legacy; }
    bool hasProfiles() const { return !isLegacy(); } // /ip ipsec profile and /ip ipsec identity
    // Phase-1 enc-algorithm and dh-group as lists. The peer before 6.43 is checked against single
    // values (rsc-lint LEGACY_VALUES), so there one of each is all that is written.
    bool phase1TakesLists() const { return !isLegacy(); }

    // Phase 1: profile (or legacy peer) enc-algorithm / hash-algorithm / dh-group.
    std::optional<QString> ikeEncryption(Encryption e) const;
    std::optional<QString> ikeHash(Integrity i) const;
    // Phase 2: proposal enc-algorithms / auth-algorithms / pfs-group (dh-group uses the same names).
    std::optional<QString> espEncryption(Encryption e) const;
    std::optional<QString> espAuth(Integrity i) const;
    std::optional<QString> dhGroup(DhGroup g) const;
    // The values a profile (or legacy peer) and a proposal write, for scripts and sheets alike:
    // comma lists of the tokens above. A value without a token is left out; checkSite reported
    // it, and a project with errors is never rendered.
    JoinedText ikeEncryptionList(const IkeProposal &ike) const;
    QString ikeHashOf(const IkeProposal &ike) const; // the first: a profile takes exactly one
    JoinedText ikeDhGroupList(const IkeProposal &ike) const;
    JoinedText espEncryptionList(const EspProposal &esp) const;
    // GCM authenticates by itself: RouterOS writes that as "null" (routeros-notes s. 2).
    JoinedText espAuthList(const EspProposal &esp) const;
    QString pfsGroupOf(const EspProposal &esp) const; // "none" without PFS
    // All of the above and both lifetimes at once.
    RouterOsProposalValues proposalValues(const IkeProposal &ike, const EspProposal &esp) const;
    // Peer exchange-mode.
    std::optional<QString> exchangeMode(IkeVersion v, IkeMode m) const;
    // /interface l2tp-server server authentication.
    QString pppAuth(PppAuth a) const;
    // The server's authentication list, as the script writes and the sheet shows it: "mschap2,chap".
    QString pppAuthList(const QList<PppAuth> &methods) const;

    // Where the negotiated phase-1 sessions are listed (renamed in 6.43).
    QString activePeersMenu() const;
    // `comment` on objects whose v6 argument list is not documented: written on v7 only (the
    // rollback finds them by name, so nothing depends on it). Proposals have one from 6.43 on.
    bool proposalTakesComment() const { return !isLegacy(); }
    bool poolAndPppProfileTakeComment() const { return m_generation == Generation::V7; }

    // RouterOS time interval, shortest exact form: 86400 -> "1d", 3600 -> "1h", 5400 -> "90m", 45 -> "45s".
    static RouterOsDuration duration(int seconds) { return RouterOsDuration(seconds); }

private:
    RouterOsDialect(Platform p, Generation g) : m_platform(p), m_generation(g) {}
    Platform m_platform;
    Generation m_generation;
};

} // namespace tw::routeros

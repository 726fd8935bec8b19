#pragma once

#include "model/Project.h"

#include <QList>
#include <QString>
#include <QStringList>

// The values both ends of a tunnel must agree on, side by side: what an administrator compares with
// the routers' own status pages. The key appears as a fingerprint only.

namespace tw::ui {

struct MatchedRow {
    QString parameter;
    QString left;
    QString right;
    QString agreement; // "same", "mirrored", or empty where the values differ by nature (own addresses)
};

class MatchedParameters final {
public:
    static QStringList headers(const SiteToSiteLink &link);
    static QList<MatchedRow> rows(const SiteToSiteLink &link);
    static QStringList headers(const L2tpServer &server);
    static QList<MatchedRow> rows(const L2tpServer &server);

    // "SHA-256 1a2b3c4d": the first 8 hex digits of the key's SHA-256, enough to compare two ends
    // without showing the key.
    static QString keyFingerprint(const QString &psk);
};

} // namespace tw::ui

#pragma once

#include <QString>
#include <QStringList>

// The block every rendered text file starts with: generator, what it is for, how to apply it.
// Each line is prefixed with the vendor's comment marker ("# " RouterOS, "! " IOS); user-typed
// values that appear here are names, which the model restricts to [A-Za-z0-9_.-].

namespace tw {

QString generatorName(); // "tunnelwright 0.1.0"

struct FileHeader {
    QString title;            // "IPsec site-to-site, RouterOS side"
    QStringList facts;        // "project: acme", "link: hq-branch", "site: hq (a)", "platform: routeros-7"
    QStringList instructions; // how to apply it, one step per line
};

// Renders the header as comment lines followed by one empty line.
QString renderHeader(const FileHeader &h, const QString &commentMarker);

} // namespace tw

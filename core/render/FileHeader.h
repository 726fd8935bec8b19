#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <string_view>

// The block every rendered text file starts with: generator, what it is for, how to apply it.
// Each line is prefixed with the vendor's comment marker ("# " RouterOS, "! " IOS); user-typed
// values that appear here are names, which the model restricts to [A-Za-z0-9_.-].

namespace tw {

class TextBuilder;

QString generatorName(); // "tunnelwright 0.1.0"

struct FileHeader {
    QString title;            // "IPsec site-to-site, RouterOS side"
    QStringList facts;        // "project: acme", "link: hq-branch", "site: hq (a)", "platform: routeros-7"
    QStringList instructions; // how to apply it, one step per line
};

// Writes the header as comment lines followed by one empty line: the start of a file's text.
void appendHeader(TextBuilder &out, const FileHeader &h, std::string_view commentMarker);
// The header alone, as UTF-8.
QByteArray renderHeader(const FileHeader &h, std::string_view commentMarker);

} // namespace tw

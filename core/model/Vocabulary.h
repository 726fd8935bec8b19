#pragma once

#include "model/Types.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The project file's spelling of every neutral value (spec: "Vocabulary"), and the human label the
// wizard and the setup sheets show. One table per enum in Vocabulary.cpp.

namespace tw {

QString token(Platform v);
QString token(Encryption v);
QString token(Integrity v);
QString token(IkeMode v);
QString token(PppAuth v);
QString token(ClientPlatform v);
int token(DhGroup v);
// The group's number as text ("14"), without making a string.
QString numberText(DhGroup v);

QString label(Platform v);
QString label(Encryption v);
QString label(Integrity v);
QString label(DhGroup v);
QString label(PppAuth v);
QString label(ClientPlatform v);

std::optional<Platform> platformFromToken(QStringView s);
std::optional<Encryption> encryptionFromToken(QStringView s);
std::optional<Integrity> integrityFromToken(QStringView s);
std::optional<IkeMode> ikeModeFromToken(QStringView s);
std::optional<PppAuth> pppAuthFromToken(QStringView s);
std::optional<ClientPlatform> clientPlatformFromToken(QStringView s);
std::optional<DhGroup> dhGroupFromNumber(qint64 n);

// Every accepted token, for error messages ("one of ...") and the wizard's choices.
QStringList platformTokens();
QStringList encryptionTokens();
QStringList integrityTokens();
QStringList ikeModeTokens();
QStringList pppAuthTokens();
QStringList clientPlatformTokens();
QStringList dhGroupTokens();

QList<Platform> allPlatforms();
QList<Encryption> allEncryptions();
QList<Integrity> allIntegrities();
QList<DhGroup> allDhGroups();

// A project, site, link, server or user name (spec: `^[A-Za-z][A-Za-z0-9_.-]{0,31}$`, nothing after
// it, not even a newline): a letter, then up to 31 letters, digits, '.', '_' or '-'.
bool isValidName(QStringView name);
inline constexpr int kMaxNameLength = 32;

// A control character (C0, DEL, C1), an invisible format character (U+200B, U+202E ...) or a line
// or paragraph separator: what no name, interface, password or one-line message may hold, since it
// hides text or breaks the line.
bool isControlCharacter(QChar c);
bool hasControlCharacter(QStringView s);

} // namespace tw

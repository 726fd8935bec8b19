#pragma once

#include "model/Project.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// The users of an L2TP server as CSV (RFC 4180): an optional header row "name,password", then one
// user a row. Pure functions: the wizard reads and writes the file, these only convert.

namespace tw {

struct CsvImport {
    QList<User> users;     // the good rows, in file order
    QStringList rowErrors; // "row N: ..." for every row that was skipped (N counts records from 1, header included)
};

// Parses CSV bytes (UTF-8, optional BOM; CRLF, LF or CR line ends; quoted fields may hold commas,
// doubled quotes and line breaks). A row is imported only when it has exactly two fields, a valid
// user name (spec name rule) that no earlier row used (ignoring case) and a password without control
// characters; every other row is reported. Blank lines are skipped.
CsvImport parseUsersCsv(const QByteArray &bytes);

// The header row and one row per user, CRLF line ends; a field is quoted when it holds a comma, a
// quote, a line break or leading/trailing spaces. Passwords are written as they are.
QByteArray writeUsersCsv(const QList<User> &users);

} // namespace tw

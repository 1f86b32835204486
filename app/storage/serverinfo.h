#pragma once
#include <QString>

class Connection;

// What the connection dialog and the password prompt ask about a PostgreSQL server, answered
// by libpq itself (never by parsing the English text of an error).
namespace ServerInfo {
// Whether the server at `url` asks for a password that this computer does not have: none in the
// URL, none in PGPASSWORD or ~/.pgpass (libpq's PQconnectionNeedsPassword on a trial
// connection without a password). False when the server cannot be reached or needs none.
bool needsPassword(const QString &url);
// The server's version as it reports it ("15.20"); empty for a file or a closed connection.
QString version(const Connection &db);
}   // namespace ServerInfo

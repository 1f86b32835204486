#pragma once
#include <QString>

// Everything needed to open the same database again, in any thread: a worker gets its own
// connection from these (Qt's connections belong to the thread that opened them). The server
// password is held in memory only, as it was typed or read from the keychain: it is never put
// into the location, written anywhere or printed.
struct ConnectionSettings
{
    QString location;   // a file path, or a server URL without a password
    QString password;   // for a server; empty when libpq's own rules (PGPASSWORD, ~/.pgpass) apply
};

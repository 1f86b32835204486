#pragma once
#include <QString>

// The passwords of database servers that the user asked to remember, kept in the system's
// keychain (Secret Service or KWallet on Linux, the Credential Store on Windows, the macOS
// Keychain) under the service "pantau-kopdes", one entry per server address without password
// (ServerAddress::display()). Never anywhere else: not in the settings, not in a log.
//
// The keychain is optional: a computer without one (a headless machine, a desktop without a
// keyring running) simply remembers nothing; read() returns empty and remember() says why.
namespace ServerPasswords {
// Whether this build can use a keychain at all.
bool available();
// The remembered password of `key`, or empty (none remembered, no keychain).
QString read(const QString &key);
// Remembers `password` for `key`; on failure returns false and sets *problem to a sentence for
// the user ("the password could not be remembered on this computer ...").
bool remember(const QString &key, const QString &password, QString *problem);
// Forgets the password of `key` (when "remember" is unticked or it turned out wrong).
void forget(const QString &key);
}   // namespace ServerPasswords

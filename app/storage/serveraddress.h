#pragma once
#include <QString>

// Where a PostgreSQL database is: the `postgresql://user@host:5432/dbname?sslmode=require` form
// users type after --db and in the connection dialog (libpq's URI syntax). The password is never
// kept here from a URL shown to the user: display() leaves it out.
struct ServerAddress
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;   // from the URL (discouraged), a prompt or the keychain; may be empty
    QString sslMode;    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full

    // True for "postgresql://…" and "postgres://…".
    static bool isServerUrl(const QString &location);
    // Parses a URL; on failure returns false and sets *error (translated).
    // `text` with any password in it replaced by "***": what an error message may repeat.
    static QString redacted(const QString &text);
    static bool parse(const QString &url, ServerAddress *address, QString *error);
    // "postgresql://user@host:port/dbname?sslmode=…" without the password.
    QString display() const;
    // The same with a different database name (tests, migrate-db's targets).
    ServerAddress withDatabase(const QString &name) const;
};

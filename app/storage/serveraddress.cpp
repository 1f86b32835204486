#include "storage/serveraddress.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

bool ServerAddress::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

QString ServerAddress::redacted(const QString &text)
{
    // user:secret@ in the authority, however malformed the rest is.
    static const QRegularExpression password(QStringLiteral("(://[^/@:]*):[^@/]*@"));
    QString shown = text;
    shown.replace(password, QStringLiteral("\\1:***@"));
    return shown;
}

bool ServerAddress::parse(const QString &text, ServerAddress *address, QString *error)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("ServerAddress", s); };
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || !isServerUrl(text.trimmed())) {
        *error = tr("\"%1\" is not a server address. Write it as postgresql://user@host:5432/database.").arg(redacted(text));
        return false;
    }
    ServerAddress a;
    if (!url.host().isEmpty())
        a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    a.user = url.userName();
    a.password = url.password();
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("sslmode")) {
            static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(item.second)) {
                *error = tr("sslmode \"%1\" is not known. Use one of: %2.").arg(item.second, modes.join(QStringLiteral(", ")));
                return false;
            }
            a.sslMode = item.second;
        } else {
            *error = tr("The server address has an option this application does not know: \"%1\".").arg(item.first);
            return false;
        }
    }
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/'))) {
        *error = tr("The server address \"%1\" names no database. Add it at the end: postgresql://user@host:5432/database.").arg(redacted(text));
        return false;
    }
    *address = a;
    return true;
}

QString ServerAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString();
}

ServerAddress ServerAddress::withDatabase(const QString &name) const
{
    ServerAddress a = *this;
    a.database = name;
    return a;
}

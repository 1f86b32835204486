#pragma once
#include "storage/database.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
struct ServerAddress;

// File → Connect to server…: where the office's shared PostgreSQL database is (host, port,
// database, user, password, encryption), the servers used before (newest first, never with a
// password), Test (does it answer, which version, how many cooperatives, is the link encrypted)
// and Connect, which opens the database for the main window. A password is remembered only in
// the system keychain (ServerPasswords) and only when asked to.
class ServerConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerConnectDialog(QWidget *parent = nullptr);

    // After Connect: the open database the main window switches to.
    std::shared_ptr<Database> database() const { return m_database; }
    // The address in the fields, without the password.
    QString url() const;

    // The server addresses used before, newest first, at most kMaxRecent, without passwords.
    static QStringList recentServers();
    static void addRecentServer(const QString &url);
    static constexpr int kMaxRecent = 8;

    // Opens a server `url` for the main window: with `password` when given, else the one
    // remembered in the keychain, else libpq's own (PGPASSWORD, ~/.pgpass). When the server asks
    // for a password none of these has (or the one tried was refused), asks for it in a small
    // prompt that offers to remember it. Returns false when the user cancelled the prompt;
    // throws StorageError when the server cannot be used.
    static bool openServer(Database &db, const QString &url, Database::OpenMode mode, const QString &password,
                           QWidget *parent);

private:
    void fillFrom(const QString &url);
    bool readAddress(ServerAddress *address, QString *problem) const;
    QString passwordFor(const QString &url) const;
    void runTest();
    void connectToServer();
    void showResult(const QString &text, bool ok, bool rich = false);
    void explainSslMode();

    QListWidget *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_sslExplanation = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    std::shared_ptr<Database> m_database;
};

// The small prompt for a server's password (at start with --db postgresql://… and on Connect).
class ServerPasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    // `problem` is shown above the field (the previous password was refused); may be empty.
    ServerPasswordPrompt(const QString &shownUrl, const QString &user, const QString &problem, QWidget *parent);
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

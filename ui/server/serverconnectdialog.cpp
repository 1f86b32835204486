#include "server/serverconnectdialog.h"

#include "storage/cooperativerepository.h"
#include "storage/serveraddress.h"
#include "storage/serverinfo.h"
#include "server/serverpasswords.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kRecentKey = QStringLiteral("servers/recent");

// "user@host:port/database" for the list of recent servers.
QString shortName(const ServerAddress &a)
{
    QString s = a.user.isEmpty() ? QString() : a.user + QLatin1Char('@');
    s += a.host + QLatin1Char(':') + QString::number(a.port) + QLatin1Char('/') + a.database;
    if (!a.sslMode.isEmpty())
        s += QStringLiteral("  (%1)").arg(a.sslMode);
    return s;
}

// Shows a wait cursor while a connection is tried (up to libpq's five-second timeout).
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};
}   // namespace

ServerConnectDialog::ServerConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to server"));
    setObjectName(QStringLiteral("serverConnectDialog"));

    auto *intro = new QLabel(tr("Connect to the office's shared database on a PostgreSQL server, so that several computers "
                                "work on the same data. Ask the administrator of the server for these details."),
                             this);
    intro->setWordWrap(true);

    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_recent->setMinimumWidth(230);
    for (const QString &url : recentServers()) {
        ServerAddress a;
        QString problem;
        if (!ServerAddress::parse(url, &a, &problem))
            continue;
        auto *item = new QListWidgetItem(shortName(a), m_recent);
        item->setData(Qt::UserRole, url);
        item->setToolTip(url);
    }
    auto *recentLabel = new QLabel(tr("&Recent servers:"), this);
    recentLabel->setBuddy(m_recent);
    auto *noRecent = new QLabel(tr("None yet. A server you connect to is listed here (without its password)."), this);
    noRecent->setWordWrap(true);
    noRecent->setVisible(m_recent->count() == 0);
    connect(m_recent, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            fillFrom(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &QListWidget::itemDoubleClicked, this, [this] { connectToServer(); });

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 or server.kantor.local"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_port->setMaximumWidth(110);
    m_databaseName = new QLineEdit(this);
    m_databaseName->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Re&member the password on this computer"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setToolTip(tr("Kept in this computer's password keychain, never in a file of the application."));
    if (!ServerPasswords::available()) {
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("This installation has no access to a password keychain."));
    }
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("prefer: encrypted when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("require: always encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(tr("verify-full: encrypted, server identity checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("disable: never encrypted"), QStringLiteral("disable"));
    m_sslExplanation = new QLabel(this);
    m_sslExplanation->setObjectName(QStringLiteral("sslExplanation"));
    m_sslExplanation->setWordWrap(true);
    m_sslExplanation->setStyleSheet(QStringLiteral("QLabel { color: #555555; }"));
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ServerConnectDialog::explainSslMode);
    explainSslMode();

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_databaseName);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Encryption:"), m_sslMode);
    form->addRow(QString(), m_sslExplanation);

    auto *help = new QLabel(tr("Without a password here (and none remembered), the password is looked up as PostgreSQL's own "
                               "tools do: the PGPASSWORD environment variable, then the file .pgpass in your home folder "
                               "(on Windows: %APPDATA%\\postgresql\\pgpass.conf)."),
                            this);
    help->setObjectName(QStringLiteral("passwordHelp"));
    help->setWordWrap(true);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(48);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    m_test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Connect keeps the dialog open when it fails, so it is not wired to accept().
    connect(m_test, &QPushButton::clicked, this, &ServerConnectDialog::runTest);
    connect(m_connect, &QPushButton::clicked, this, &ServerConnectDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(recentLabel);
    left->addWidget(m_recent, 1);
    left->addWidget(noRecent);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(help);
    right->addWidget(m_result);
    right->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_databaseName);
    setTabOrder(m_databaseName, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_remember);
    setTabOrder(m_remember, m_sslMode);
    setTabOrder(m_sslMode, m_recent);
    m_host->setFocus();
    resize(760, sizeHint().height());
}

void ServerConnectDialog::explainSslMode()
{
    const QString mode = m_sslMode->currentData().toString();
    QString text;
    if (mode == QLatin1String("prefer"))
        text = tr("Encrypts the connection when the server supports it, otherwise connects without. The usual choice on an "
                  "office network.");
    else if (mode == QLatin1String("require"))
        text = tr("Refuses to connect without encryption. Does not check that the server is the real one.");
    else if (mode == QLatin1String("verify-full"))
        text = tr("The safest: encrypted, and the server must prove who it is with a certificate. Needs the server's root "
                  "certificate on this computer (ask the administrator).");
    else
        text = tr("Never encrypts: anyone on the network could read the data. Only for a server on this computer.");
    m_sslExplanation->setText(text);
}

QStringList ServerConnectDialog::recentServers()
{
    return QSettings().value(kRecentKey).toStringList();
}

void ServerConnectDialog::addRecentServer(const QString &url)
{
    // Only the address without a password is ever written here.
    ServerAddress a;
    QString problem;
    if (!ServerAddress::parse(url, &a, &problem))
        return;
    const QString shown = a.display();
    QStringList list = recentServers();
    list.removeAll(shown);
    list.prepend(shown);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

void ServerConnectDialog::fillFrom(const QString &url)
{
    ServerAddress a;
    QString problem;
    if (!ServerAddress::parse(url, &a, &problem))
        return;
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_databaseName->setText(a.database);
    m_user->setText(a.user);
    const int mode = m_sslMode->findData(a.sslMode.isEmpty() ? QStringLiteral("prefer") : a.sslMode);
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
    const QString remembered = ServerPasswords::read(a.display());
    m_password->setText(remembered);
    m_remember->setChecked(!remembered.isEmpty());
    m_result->clear();
}

bool ServerConnectDialog::readAddress(ServerAddress *address, QString *problem) const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_databaseName->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslMode = m_sslMode->currentData().toString();
    if (a.host.isEmpty()) {
        *problem = tr("Type the name or address of the server under Host.");
        return false;
    }
    if (a.database.isEmpty()) {
        *problem = tr("Type the name of the database on the server under Database.");
        return false;
    }
    if (a.user.isEmpty()) {
        *problem = tr("Type your user name on the server under User.");
        return false;
    }
    // Through the URL and back, so that what is tried is exactly what --db would get.
    if (!ServerAddress::parse(a.display(), address, problem))
        return false;
    return true;
}

QString ServerConnectDialog::url() const
{
    ServerAddress a;
    QString problem;
    return readAddress(&a, &problem) ? a.display() : QString();
}

QString ServerConnectDialog::passwordFor(const QString &url) const
{
    return m_password->text().isEmpty() ? ServerPasswords::read(url) : m_password->text();
}

void ServerConnectDialog::showResult(const QString &text, bool ok, bool rich)
{
    m_result->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    m_result->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b5e20; }") : QStringLiteral("QLabel { color: #b71c1c; }"));
    m_result->setText(text);
}

void ServerConnectDialog::runTest()
{
    ServerAddress address;
    QString problem;
    if (!readAddress(&address, &problem)) {
        showResult(problem, false);
        return;
    }
    const QString url = address.display();
    const QString password = passwordFor(url);
    showResult(tr("Connecting to %1…").arg(address.host), true);
    m_result->repaint();
    WaitCursor wait;
    Database db;   // read-only: a test never creates or upgrades anything
    db.setServerPassword(password);
    try {
        db.open(url, Database::OpenMode::ReadOnly);
        const int count = CooperativeRepository(db.connection()).count();
        const QString version = ServerInfo::version(db.connection());
        const bool encrypted = db.isEncrypted();
        // Rich text: the sentence about encryption stands out when the link is not encrypted.
        const QString html = QStringLiteral("%1<br>%2<br><span style=\"color:%3; font-weight:bold\">%4</span>")
                                 .arg(tr("Connection works: PostgreSQL %1 on %2.").arg(version, address.host).toHtmlEscaped(),
                                      tr("The database \"%1\" holds %Ln cooperative(s).", nullptr, count).arg(address.database).toHtmlEscaped(),
                                      encrypted ? QStringLiteral("#1b5e20") : QStringLiteral("#e65100"),
                                      encrypted ? tr("Connection encrypted (TLS).")
                                                : tr("Connection NOT encrypted: use it only on a trusted office network."));
        showResult(html, true, true);
    } catch (const StorageError &e) {
        if (password.isEmpty() && ServerInfo::needsPassword(url))
            showResult(tr("The server asks for a password for \"%1\". Type it under Password.").arg(address.user), false);
        else
            showResult(e.message(), false);
    }
}

void ServerConnectDialog::connectToServer()
{
    ServerAddress address;
    QString problem;
    if (!readAddress(&address, &problem)) {
        showResult(problem, false);
        return;
    }
    const QString url = address.display();
    auto db = std::make_shared<Database>();
    try {
        WaitCursor wait;
        // A typed password is tried as typed; without one the keychain, libpq's rules, then a prompt.
        if (!openServer(*db, url, Database::OpenMode::ReadWrite, m_password->text(), this))
            return;
    } catch (const StorageError &e) {
        showResult(e.message(), false);
        return;
    }
    addRecentServer(url);
    if (!m_password->text().isEmpty()) {
        if (m_remember->isChecked()) {
            QString notRemembered;
            if (!ServerPasswords::remember(url, m_password->text(), &notRemembered))
                QMessageBox::information(this, windowTitle(), notRemembered);
        } else {
            ServerPasswords::forget(url);
        }
    }
    m_database = db;
    accept();
}

bool ServerConnectDialog::openServer(Database &db, const QString &url, Database::OpenMode mode, const QString &password,
                                     QWidget *parent)
{
    if (!password.isEmpty()) {
        db.setServerPassword(password);
        db.open(url, mode);
        return true;
    }
    ServerAddress address;
    QString problem;
    if (!ServerAddress::parse(url, &address, &problem))
        throw StorageError(problem);
    const QString key = address.display();
    QString tried = ServerPasswords::read(key);
    const bool fromKeychain = !tried.isEmpty();
    for (;;) {
        db.setServerPassword(tried);
        QString refused;
        try {
            db.open(url, mode);
            return true;
        } catch (const StorageError &e) {
            // Only a server that wants a password this computer lacks gets the prompt; an
            // unreachable server, a missing database and other problems are reported as they are.
            if (e.problem() != StorageError::Problem::ConnectionLost || !ServerInfo::needsPassword(url))
                throw;
            if (!tried.isEmpty())
                refused = e.message();
        }
        QApplication::setOverrideCursor(Qt::ArrowCursor);
        ServerPasswordPrompt prompt(key, address.user, refused, parent);
        const bool entered = prompt.exec() == QDialog::Accepted;
        QApplication::restoreOverrideCursor();
        if (!entered)
            return false;
        tried = prompt.password();
        db.setServerPassword(tried);
        try {
            db.open(url, mode);
        } catch (const StorageError &e) {
            if (e.problem() != StorageError::Problem::ConnectionLost || !ServerInfo::needsPassword(url))
                throw;
            continue;   // asked again, with the server's answer
        }
        if (prompt.remember()) {
            QString notRemembered;
            if (!ServerPasswords::remember(key, tried, &notRemembered))
                QMessageBox::information(parent, tr("Connect to server"), notRemembered);
        } else if (fromKeychain) {
            ServerPasswords::forget(key);   // the remembered one no longer works
        }
        return true;
    }
}

ServerPasswordPrompt::ServerPasswordPrompt(const QString &shownUrl, const QString &user, const QString &problem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Password for the server"));
    setObjectName(QStringLiteral("serverPasswordPrompt"));
    auto *text = new QLabel(tr("The database server asks for the password of \"%1\" for\n%2").arg(user, shownUrl), this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    if (!problem.isEmpty()) {
        auto *refused = new QLabel(problem, this);
        refused->setObjectName(QStringLiteral("promptProblem"));
        refused->setWordWrap(true);
        refused->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        layout->addWidget(refused);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("promptPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("Re&member the password on this computer"), this);
    m_remember->setObjectName(QStringLiteral("promptRemember"));
    m_remember->setEnabled(ServerPasswords::available());
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(420);
}

QString ServerPasswordPrompt::password() const
{
    return m_password->text();
}

bool ServerPasswordPrompt::remember() const
{
    return m_remember->isChecked();
}

#include "server/serverpasswords.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef PK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace {
const QString kService = QStringLiteral("pantau-kopdes");
// A keychain that does not answer (a locked wallet prompt nobody sees) must not freeze the app.
constexpr int kTimeoutMs = 10000;

#ifdef PK_HAVE_KEYCHAIN
// Runs a job to its end; returns false when it failed or did not answer in time.
bool runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);   // never a plain-text copy when there is no keychain
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kTimeoutMs);
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished] { finished = true; });
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished && job->error() == QKeychain::NoError;
}
#endif
}   // namespace

namespace ServerPasswords {

bool available()
{
#ifdef PK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString read(const QString &key)
{
#ifdef PK_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    const bool ok = runJob(job);
    const QString password = ok ? job->textData() : QString();
    job->deleteLater();   // a job that timed out may still report later
    return password;
#else
    Q_UNUSED(key);
    return QString();
#endif
}

bool remember(const QString &key, const QString &password, QString *problem)
{
    const QString sentence = QCoreApplication::translate(
        "ServerPasswords", "The password could not be remembered on this computer (it has no password keychain that "
                           "answers). You will be asked for it again next time.");
#ifdef PK_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(password);
    const bool ok = runJob(job);
    job->deleteLater();
    if (!ok && problem)
        *problem = sentence;
    return ok;
#else
    Q_UNUSED(key);
    Q_UNUSED(password);
    if (problem)
        *problem = sentence;
    return false;
#endif
}

void forget(const QString &key)
{
#ifdef PK_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    runJob(job);
    job->deleteLater();
#else
    Q_UNUSED(key);
#endif
}

}   // namespace ServerPasswords

#include "import/xlsreader.h"

#include "import/importerror.h"
#include "import/importlimits.h"
#include "import/xlshelperprotocol.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

namespace {

// The messages are spelled out as QCoreApplication::translate("XlsReader", …) rather than
// through a local tr(): lupdate would file a local tr() under the name of the class it thinks the
// code belongs to (here XlsHelperProtocol, from the return type below), not under "XlsReader".
#ifdef Q_OS_WIN
const QString helperName = QStringLiteral("pantau-kopdes-xls.exe");
#else
const QString helperName = QStringLiteral("pantau-kopdes-xls");
#endif

// The largest real .xls is a province's sheet of a few MB, read in well under a second; a file
// that keeps FreeXL busy for two minutes is caught in a loop.
constexpr int defaultTimeoutMs = 120 * 1000;

struct Limits
{
    QString helper;   // empty: look for it
    int timeoutMs = defaultTimeoutMs;
    qint64 maxOutputBytes = ImportLimits::maxHelperOutputBytes;
};

Limits limits()
{
    Limits l;
#ifdef PK_XLS_TEST_HOOKS
    // Test builds only: another helper (a missing one), and limits short enough for a test.
    l.helper = qEnvironmentVariable("PK_XLS_HELPER_PATH");
    bool ok = false;
    const int timeout = qEnvironmentVariableIntValue("PK_XLS_HELPER_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        l.timeoutMs = timeout;
    const qint64 cap = qEnvironmentVariable("PK_XLS_HELPER_MAX_OUTPUT").toLongLong(&ok);
    if (ok && cap > 0)
        l.maxOutputBytes = cap;
#endif
    return l;
}

QString findHelper()
{
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + QLatin1Char('/') + helperName;
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    const QString built = QStringLiteral(PK_XLS_HELPER_BUILD_PATH);
    if (QFileInfo(built).isExecutable())
        return built;
    return QString();
}

// The helper writes its messages in the language this process shows: the one whose translation
// is installed (AppTranslator), or English when none is (the tests, a bare command line).
QString helperLanguage()
{
    const char *probe = "The file %1 has no sheets.";   // one of FreeXlReader's messages
    if (QCoreApplication::translate("XlsReader", probe) == QLatin1String(probe))
        return QStringLiteral("en");
    return QLocale().name().section(QLatin1Char('_'), 0, 0);
}

QString damaged(const QString &displayName)
{
    return QCoreApplication::translate("XlsReader", "The file %1 looks damaged and could not be read safely. Open it in Excel and save it again "
                                                    "as .xlsx, then import that file.")
        .arg(displayName);
}

QString incomplete(const QString &displayName)
{
    return QCoreApplication::translate("XlsReader", "The file %1 cannot be read: the part of Pantau Kopdes that reads Excel 97-2003 (.xls) files, "
                                                    "pantau-kopdes-xls, is missing or cannot be started, so the installation is incomplete. "
                                                    "Install Pantau Kopdes again, or open the file in Excel, save it as .xlsx and import that file.")
        .arg(displayName);
}

QString otherVersion(const QString &displayName)
{
    return QCoreApplication::translate("XlsReader", "The file %1 cannot be read: the part of Pantau Kopdes that reads Excel 97-2003 (.xls) files, "
                                                    "pantau-kopdes-xls, belongs to another version of the application, so the installation is "
                                                    "incomplete. Install Pantau Kopdes again.")
        .arg(displayName);
}

// Runs the helper on `path` and returns its reply, which is a SheetNames or a Table reply: every
// other outcome throws the ImportError that describes it.
XlsHelperProtocol::Reply runHelper(const QStringList &command, const QString &path, const QString &displayName,
                                   const std::atomic_bool *cancelled)
{
    const Limits l = limits();
    const QString program = l.helper.isEmpty() ? findHelper() : l.helper;
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        throw ImportError(incomplete(displayName));

    QProcess process;
    process.setProgram(program);
    process.setArguments(QStringList{QStringLiteral("--name"), displayName, QStringLiteral("--lang"), helperLanguage()}
                         + command + QStringList{path});
    // Its stderr (Qt's warnings, a sanitizer's report) goes where ours goes, unbuffered here.
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(30 * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        throw ImportError(incomplete(displayName));
    }

    // Read as it comes, in short waits, so that the output cap, the time limit and Cancel are
    // each noticed within a fraction of a second.
    enum class Stopped { No,
                         TooLarge,
                         TooSlow,
                         Cancelled } stopped = Stopped::No;
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning) {
        QElapsedTimer slice;
        slice.start();
        // Once the helper has closed its stdout, waitForReadyRead returns at once: then wait for
        // its end instead of spinning.
        if (!process.waitForReadyRead(50) && slice.elapsed() < 40 && process.state() != QProcess::NotRunning)
            process.waitForFinished(50);
        output += process.readAllStandardOutput();
        if (output.size() > l.maxOutputBytes)
            stopped = Stopped::TooLarge;
        else if (timer.elapsed() > l.timeoutMs)
            stopped = Stopped::TooSlow;
        else if (cancelled && *cancelled)
            stopped = Stopped::Cancelled;
        if (stopped != Stopped::No) {
            process.kill();
            process.waitForFinished(5000);
            break;
        }
    }
    if (stopped == Stopped::No) {
        output += process.readAllStandardOutput();   // what came with the end of the process
        if (output.size() > l.maxOutputBytes)
            stopped = Stopped::TooLarge;
    }
    switch (stopped) {
    case Stopped::No:
        break;
    case Stopped::TooLarge:
        throw ImportError(QCoreApplication::translate("XlsReader", "The file %1 holds more data than the import can take (more than %2 MB). "
                                                                   "Split the data into smaller files.")
                              .arg(displayName)
                              .arg(l.maxOutputBytes / (1024 * 1024)));
    case Stopped::TooSlow:
        throw ImportError(QCoreApplication::translate("XlsReader", "The file %1 could not be read: reading it took longer than %2 seconds, which "
                                                                   "happens with damaged files. Open it in Excel and save it again as .xlsx, then "
                                                                   "import that file.")
                              .arg(displayName)
                              .arg(l.timeoutMs / 1000));
    case Stopped::Cancelled:
        throw ImportError(QCoreApplication::translate("XlsReader", "Reading the file %1 was cancelled.").arg(displayName));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        throw ImportError(damaged(displayName));
    const XlsHelperProtocol::Reply reply = XlsHelperProtocol::decode(output);
    if (reply.kind == XlsHelperProtocol::Reply::Kind::OtherVersion || process.exitCode() == XlsHelperProtocol::exitUsage)
        throw ImportError(otherVersion(displayName));
    if (process.exitCode() == XlsHelperProtocol::exitImportError && reply.kind == XlsHelperProtocol::Reply::Kind::Error)
        throw ImportError(reply.error);   // the helper's own message, already translated
    if (process.exitCode() != XlsHelperProtocol::exitOk || reply.kind == XlsHelperProtocol::Reply::Kind::Garbage
        || reply.kind == XlsHelperProtocol::Reply::Kind::Error)
        throw ImportError(damaged(displayName));
    return reply;
}
}   // namespace

QStringList XlsReader::sheetNames(const QString &path, const QString &displayName, const std::atomic_bool *cancelled)
{
    const XlsHelperProtocol::Reply reply = runHelper({QStringLiteral("sheets")}, path, displayName, cancelled);
    if (reply.kind != XlsHelperProtocol::Reply::Kind::SheetNames)
        throw ImportError(damaged(displayName));
    return reply.sheetNames;
}

ImportTable XlsReader::read(const QString &path, const QString &displayName, int sheetIndex, const std::atomic_bool *cancelled)
{
    const XlsHelperProtocol::Reply reply =
        runHelper({QStringLiteral("read"), QString::number(sheetIndex)}, path, displayName, cancelled);
    if (reply.kind != XlsHelperProtocol::Reply::Kind::Table)
        throw ImportError(damaged(displayName));
    ImportTable table = reply.table;
    table.format = QStringLiteral("xls");
    return table;
}

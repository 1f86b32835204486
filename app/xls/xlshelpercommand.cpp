#include "xls/xlshelpercommand.h"

#include "xls/freexlreader.h"
#include "import/importerror.h"
#include "import/importlimits.h"
#include "xls/memorycap.h"
#include "import/xlshelperprotocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <vector>
#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace {

const char usage[] = "usage: pantau-kopdes-xls [--name NAME] [--lang LANG] sheets FILE\n"
                     "       pantau-kopdes-xls [--name NAME] [--lang LANG] read INDEX FILE\n"
                     "Reads an Excel 97-2003 (.xls) file for Pantau Kopdes and writes the result to stdout.\n";

bool writeOut(const QByteArray &bytes)
{
#ifdef Q_OS_WIN
    // Text mode would turn every 0x0A byte of the stream into 0x0D 0x0A.
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return false;
    return out.write(bytes) == bytes.size() && out.flush();
}

#ifdef PK_XLS_TEST_HOOKS
// Test builds only: PK_XLS_HELPER_FAULT makes the helper fail the ways a hostile file could make
// it fail, so the tests can see that the application survives each and says something sensible.
void testFault()
{
    const QByteArray fault = qgetenv("PK_XLS_HELPER_FAULT");
    if (fault.isEmpty())
        return;
    if (fault == "crash") {
        std::abort();
    } else if (fault == "garbage") {
        writeOut("this is not a reply");
        std::exit(XlsHelperProtocol::exitOk);
    } else if (fault == "hang") {
        QThread::sleep(3600);
    } else if (fault == "silent") {
        fclose(stdout);   // and then hang: nothing more will ever come
        QThread::sleep(3600);
    } else if (fault == "flood") {
        const QByteArray chunk(1 << 20, 'x');
        for (;;)
            if (!writeOut(chunk))
                std::exit(XlsHelperProtocol::exitOk);
    } else if (fault == "hog") {
        // Allocates as a runaway reader would, 64 MB at a time. Under the memory ceiling the
        // allocation fails and the helper dies; if it ever gets to 8 GB, there was no ceiling, and
        // it answers as if all were well (which the test then sees).
        std::vector<char *> held;
        for (int i = 0; i < 128; ++i) {
            held.push_back(new char[64 << 20]);
            held.back()[0] = char(i);
        }
        writeOut(XlsHelperProtocol::encodeSheetNames({QStringLiteral("Sheet1")}));
        std::exit(XlsHelperProtocol::exitOk);
    } else if (fault == "version") {
        QByteArray bytes = XlsHelperProtocol::encodeSheetNames({QStringLiteral("Sheet1")});
        bytes[5] = char(bytes.at(5) + 1);   // the version's low byte
        writeOut(bytes);
        std::exit(XlsHelperProtocol::exitOk);
    }
}
#endif
}   // namespace

int XlsHelperCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    QString name;
    QString language;
    while (args.size() >= 2 && (args.first() == QLatin1String("--name") || args.first() == QLatin1String("--lang"))) {
        (args.first() == QLatin1String("--name") ? name : language) = args.at(1);
        args = args.mid(2);
    }
    const bool sheets = args.size() == 2 && args.first() == QLatin1String("sheets");
    bool indexOk = false;
    const int index = args.size() == 3 && args.first() == QLatin1String("read") ? args.at(1).toInt(&indexOk) : -1;
    if (!sheets && !(indexOk && index >= 0 && index <= 65535)) {
        fputs(usage, stderr);
        return XlsHelperProtocol::exitUsage;
    }
    const QString path = args.constLast();
    if (name.isEmpty())
        name = QFileInfo(path).fileName();

    // The messages come out in the application's language; its translations are compiled in.
    if (!language.isEmpty() && language != QLatin1String("en")) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/i18n/pantau-kopdes_%1.qm").arg(language)))
            QCoreApplication::installTranslator(translator);
    }
    MemoryCap::limitThisProcess(ImportLimits::maxHelperMemoryBytes);
#ifdef PK_XLS_TEST_HOOKS
    testFault();
#endif

    QByteArray reply;
    int code = XlsHelperProtocol::exitOk;
    try {
        reply = sheets ? XlsHelperProtocol::encodeSheetNames(FreeXlReader::sheetNames(path, name))
                       : XlsHelperProtocol::encodeTable(FreeXlReader::read(path, name, index));
    } catch (const ImportError &e) {
        reply = XlsHelperProtocol::encodeError(e.message());
        code = XlsHelperProtocol::exitImportError;
    }
    if (!writeOut(reply)) {
        fputs("pantau-kopdes-xls: cannot write to stdout\n", stderr);
        return EXIT_FAILURE;
    }
    return code;
}

#include "core/backgroundwork.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

void BackgroundWork::finish()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    while (!pool->waitForDone(50))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

int BackgroundWork::endProcess(int exitCode)
{
#ifdef Q_OS_WIN
    std::fflush(stdout);
    std::fflush(stderr);
    TerminateProcess(GetCurrentProcess(), UINT(exitCode));
#endif
    return exitCode;
}

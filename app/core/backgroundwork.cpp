#include "backgroundwork.h"

#include <QCoreApplication>
#include <QThreadPool>

void BackgroundWork::finish()
{
    QThreadPool *pool = QThreadPool::globalInstance();
    while (!pool->waitForDone(50))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

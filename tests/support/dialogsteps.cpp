#include "support/dialogsteps.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <memory>

namespace TestSupport {
void whenReady(std::function<bool()> step, int seconds)
{
    auto *timer = new QTimer;
    const auto deadline = std::make_shared<QDeadlineTimer>(seconds * 1000);
    QObject::connect(timer, &QTimer::timeout, [timer, deadline, step] {
        if (step() || deadline->hasExpired()) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}
}   // namespace TestSupport

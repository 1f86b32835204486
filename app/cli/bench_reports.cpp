#include "benchsteps.h"

// Placeholder until the reports step is written.
QJsonObject BenchSteps::reports(const BenchContext &)
{
    return {};
}

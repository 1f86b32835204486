#include "benchsteps.h"

// Placeholder until the dashboard step is written.
QJsonObject BenchSteps::dashboard(const BenchContext &)
{
    return {};
}

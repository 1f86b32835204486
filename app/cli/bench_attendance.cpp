#include "benchsteps.h"

// Placeholder until the attendance step is written.
QJsonObject BenchSteps::attendance(const BenchContext &)
{
    return {};
}

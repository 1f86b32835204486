#include "benchsteps.h"

// Placeholder until the registry step is written.
QJsonObject BenchSteps::registry(const BenchContext &)
{
    return {};
}

#pragma once
#include <QElapsedTimer>
#include <QVector>
#include <QtMath>
#include <algorithm>

// Timing arithmetic shared by the benchmark steps, so every figure is measured and rounded the same way.
namespace BenchTiming {

inline double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

inline double rounded(double ms, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    return qRound64(ms * scale) / scale;
}

// The q-quantile (0.5 = median, 0.99 = 99th percentile) of the values; -1 when there are none.
inline double percentile(QVector<double> values, double q)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * values.size())));
}

}   // namespace BenchTiming

// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

namespace musiaia::bench {
namespace {
bool g_smoke = false;
}

bool smokeRun()
{
    return g_smoke;
}

QString sharedDir()
{
    const QString fromEnvironment = qEnvironmentVariable("MUSIAIA_SHARED_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(MUSIAIA_SHARED_DIR) : fromEnvironment;
}

} // namespace musiaia::bench

// One main for every benchmark: a QCoreApplication (for Qt's event loop and paths) and the
// --musiaia-smoke flag that makes a quick pass over small inputs for CTest.
int main(int argc, char **argv)
{
    std::vector<char *> arguments;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--musiaia-smoke") == 0)
            musiaia::bench::g_smoke = true;
        else
            arguments.push_back(argv[i]);
    }
    int count = int(arguments.size());
    QCoreApplication app(count, arguments.data());
    benchmark::Initialize(&count, arguments.data());
    if (benchmark::ReportUnrecognizedArguments(count, arguments.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: silence the musiaia.* logging (a refusal is logged at info level,
// which would print for nearly every input), and a check that stops the run loudly, so that
// libFuzzer saves the input, when an invariant the code promises does not hold.
namespace musiaia::fuzz {

inline void quietLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("musiaia.*=false\nqt.*=false"));
}

[[noreturn]] inline void invariantBroken(const char *what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace musiaia::fuzz

#define MUSIAIA_FUZZ_CHECK(condition)                                                               \
    do {                                                                                            \
        if (!(condition))                                                                           \
            ::musiaia::fuzz::invariantBroken(#condition);                                           \
    } while (false)

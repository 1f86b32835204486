#pragma once
#include <functional>

namespace TestSupport {
// Runs `step` from the event loop (so also inside a dialog's exec) every 20 ms until it returns
// true, for at most `seconds`. The window is generous because a loaded machine (CI, Wine) can take
// seconds to open the next dialog; a step that finds its dialog returns at once, so a passing test
// waits no longer than it must. A dialog that never appears leaves the test to fail on its checks,
// and one that never closes is closed by the modal watchdog of tests/main.cpp.
void whenReady(std::function<bool()> step, int seconds = 30);
}   // namespace TestSupport

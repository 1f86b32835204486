#pragma once

// The end of a program's background work (a report, an import, the start-up backup run on the
// global thread pool).
namespace BackgroundWork {

// Waits until every pool thread has finished and gone, handling the events the workers need
// meanwhile. Called while the application object still exists, before main returns: on Windows a
// pool thread still alive at exit is killed by ExitProcess and the pool's destruction during the
// DLLs' unloading then waits for it forever, leaving a process that keeps the database open. The
// events are handled because a worker may be waiting for the main thread (on Windows a window
// message of its fonts or printer), which a plain wait would never answer.
void finish();

// Ends the process with exitCode once main's work is done: the application object is gone, the
// databases are closed and nothing of ours is left to write. Elsewhere it returns exitCode for
// main to return. On Windows it flushes the standard streams and terminates the process without
// the DLLs' detach routines: under Wine, libstdc++'s detach waited forever for a lock left held by
// a thread of the system after the Reports page had been shown, so the process never ended and
// kept its files open (seen with the window and with the tests that open it).
int endProcess(int exitCode);

}   // namespace BackgroundWork

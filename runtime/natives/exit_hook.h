// What runs when compiled code ends the process (System.exit outside a launched main): a station
// that joined a cluster hands the pages it owns back to the cluster's home first, since nothing
// else of the process runs afterwards. One hook per process.
#pragma once

namespace plurix::runtime {

using BeforeExitHook = void (*)();

// Guarantees hook runs before System.exit ends the process (nullptr: nothing runs).
void setBeforeExitHook(BeforeExitHook hook);
// Guarantees the hook run, once.
void runBeforeExitHook();

}  // namespace plurix::runtime

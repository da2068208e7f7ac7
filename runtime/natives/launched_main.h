// A main run for a plurix.MainLauncher (`plurix submit --on K`) runs on a station that serves
// others too: System.exit there ends that main, not the station. While such a main runs,
// System.exit records its status and unwinds the main with an Error that the launcher takes back
// (a `catch (Throwable)` in the program could swallow it; finally blocks run on the way out).
#pragma once
#include <cstdint>

namespace plurix::runtime {

struct LaunchedMain {
  int depth = 0;        // mains running for a launcher on this station (they do not nest in practice)
  bool exited = false;  // System.exit was called by one
  int32_t status = 0;   // its status
};
LaunchedMain& launchedMain();

}  // namespace plurix::runtime

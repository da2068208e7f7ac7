#include "runtime/natives/launched_main.h"

namespace plurix::runtime {

LaunchedMain& launchedMain() {
  static LaunchedMain state;  // one station per process
  return state;
}

}  // namespace plurix::runtime

// Stand-ins for the in-transaction collector (safepoint.h) until it exists: no collection
// inside a transaction, so a program that outgrows the heap within one transaction gets
// OutOfMemoryError. Remove this file when safepoint.cpp lands.
#include "runtime/entry/safepoint.h"

namespace plurix::runtime {

void noteAllocation() {}
void collectNow() {}

}  // namespace plurix::runtime

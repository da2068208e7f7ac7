#include "heap/backchain.h"

namespace plurix::heap {

size_t backchainLength(const ObjectHeader* object) {
  size_t length = 0;
  for (const Slot* slot = firstReferrer(object); slot != nullptr; slot = nextReferrer(slot)) ++length;
  return length;
}

}  // namespace plurix::heap

#include "heap/foreign_garbage.h"

#include <cstring>

#include "heap/allocator.h"

namespace plurix::heap {
namespace {

ForeignGarbage* listOf(MemoryManager* manager, uint16_t station) {
  // This station's own list without a look at the manager's station table (allocator.h).
  bool own = station == stationLocal()->ownAllocatorsStation && stationLocal()->ownAllocators != nullptr;
  if (!own && manager->stationPage[station] == 0) return nullptr;
  return &stationAllocatorsOf(manager, station)->foreignGarbage;
}

}  // namespace

void releaseOrDefer(MemoryManager* manager, ObjectHeader* object, uint16_t station) {
  uint32_t index = manager->pageIndex(object);
  PageInfo& page = manager->pageMap()[index];
  bool large = page.state == PageState::kLargeHead;
  // Station 0 alone (plurix run) never gets here past this test: its large runs and its own
  // cells are released at once, exactly as before foreign garbage existed.
  if (large ? station == 0 : page.station == station) {
    releaseObject(manager, object, index, page);
    return;
  }
  // A station's first free may come before its first allocation: its list needs the page.
  if (allocatorFor(manager, station, AllocatorKind::kReadWrite) == nullptr) {
    releaseObject(manager, object);
    return;
  }
  ForeignGarbage* list = listOf(manager, station);
  uint64_t bytes;
  if (large) {
    // Released through freePages, which clears the run: only the cell's two words are written now.
    bytes = uint64_t{page.run} * kPageSize;
  } else {
    bytes = sizeClassBytes(page.sizeClass);
    memset(object, 0, bytes);  // as Allocator::release would: the owner takes the cell back as it is
  }
  auto* cell = reinterpret_cast<FreeCell*>(object);
  cell->freeMarker = kFlagFree;
  cell->next = list->head;
  list->head = cell;
  list->bytes += bytes;
}

bool foreignGarbageDue(MemoryManager* manager, uint16_t station) {
  ForeignGarbage* list = listOf(manager, station);
  if (list == nullptr || list->head == nullptr) return false;
  if (list->bytes >= kForeignGarbageBatchBytes) return true;
  return ++list->collectionsWaited >= kForeignGarbageMaxWait;
}

uint64_t releaseForeignGarbage(MemoryManager* manager, uint16_t station) {
  ForeignGarbage* list = listOf(manager, station);
  if (list == nullptr || list->head == nullptr) return 0;
  uint64_t released = list->bytes;
  for (FreeCell* cell = list->head; cell != nullptr;) {
    FreeCell* next = cell->next;  // releasing clears the cell
    releaseObject(manager, reinterpret_cast<ObjectHeader*>(cell));
    cell = next;
  }
  *list = ForeignGarbage{};
  return released;
}

uint64_t foreignGarbageBytes(MemoryManager* manager, uint16_t station) {
  ForeignGarbage* list = listOf(manager, station);
  return list == nullptr ? 0 : list->bytes;
}

}  // namespace plurix::heap

#include "heap/address_space.h"

#include "runtime/platform/memory.h"
#include "runtime/platform/system.h"

namespace plurix::heap {

using platform::ErrorCode;
using platform::MessageBuilder;
using platform::Result;
using platform::Status;

static_assert(sizeof(StationLocal) <= kSafepointPollAddress - kStationLocalBase);  // the poll page is the last

void ObjectQueue::overflow() {
  platform::fatal("collector queue full: more than 128 Mi queued objects between collections");
}

AddressSpace::AddressSpace(AddressSpace&& other) : heapBase_(other.heapBase_), heapSize_(other.heapSize_) {
  other.heapBase_ = 0;
  other.heapSize_ = 0;
}

AddressSpace::~AddressSpace() { close(); }

void AddressSpace::close() {
  if (heapSize_ == 0) return;
  platform::release(heapBase_, heapSize_).ignore();
  platform::release(kStationLocalBase, kStationLocalSize).ignore();
  heapSize_ = 0;
}

Result<AddressSpace> AddressSpace::open(uintptr_t heapBase, size_t heapSize, uint16_t stationId) {
  if (heapBase % kPageSize != 0 || heapSize % kPageSize != 0 || heapSize < kMinHeapSize ||
      heapSize > kMaxHeapSize) {
    return Status::error(ErrorCode::kInvalidArgument, MessageBuilder()
                                                          .text("heap size ")
                                                          .decimal(heapSize)
                                                          .text(" at ")
                                                          .hex(heapBase)
                                                          .text(": base and size must be page-aligned, size 16 MiB..32 GiB"));
  }
  if (heapBase < kStationLocalBase + kStationLocalSize && kStationLocalBase < heapBase + heapSize) {
    return Status::error(ErrorCode::kInvalidArgument,
                         MessageBuilder().text("heap at ").hex(heapBase).text(" overlaps the station-local area"));
  }
  Status local = platform::reserveAt(kStationLocalBase, kStationLocalSize);
  if (!local.isOk()) {
    return Status::error(local.code(), MessageBuilder()
                                           .text("station-local area: ")
                                           .text(local.message())
                                           .text(" (is another heap open in this process?)"));
  }
  Status heap = platform::reserveAt(heapBase, heapSize);
  if (!heap.isOk()) {
    platform::release(kStationLocalBase, kStationLocalSize).ignore();
    return Status::error(heap.code(), MessageBuilder().text("heap: ").text(heap.message()));
  }
  Status committed = platform::commit(kStationLocalBase, kStationLocalSize);
  if (!committed.isOk()) {
    platform::release(heapBase, heapSize).ignore();
    platform::release(kStationLocalBase, kStationLocalSize).ignore();
    return committed;
  }
  StationLocal* local_ = stationLocal();
  local_->heapBase = heapBase;
  local_->heapSize = heapSize;
  local_->stationId = stationId;
  local_->stationNumber = stationId;
  ObjectQueue* queues[kStationLocalQueues] = {&local_->zeroList,      &local_->candidates, &local_->deferred,
                                              &local_->searchParents, &local_->visited,    &local_->provenLive};
  for (size_t i = 0; i < kStationLocalQueues; ++i) {
    auto* first = reinterpret_cast<ObjectHeader**>(kStationLocalBase + kStationLocalStateBytes + i * kQueueBytes);
    *queues[i] = ObjectQueue{first, first, first, first + kQueueBytes / sizeof(ObjectHeader*)};
  }
  AddressSpace space;
  space.heapBase_ = heapBase;
  space.heapSize_ = heapSize;
  return space;
}

Status AddressSpace::commit(uintptr_t base, size_t size) { return platform::commit(base, size); }

}  // namespace plurix::heap

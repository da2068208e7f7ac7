// The address map: the heap at one fixed virtual address on every station, and the
// station-local area at another fixed address outside it. Invariant: while an AddressSpace is
// open both ranges are reserved at exactly their addresses; only one can be open per process.
// Paper 001 §2.2 (one address space for the cluster), §4.4 (station-local memory).
#pragma once

#include <cstddef>
#include <cstdint>

#include "heap/station_local.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

// 16 TiB: far above where Linux puts executables, the brk heap, shared libraries and stacks
// under the default 47-bit layout, and below the 128 TiB user limit.
inline constexpr uintptr_t kDefaultHeapBase = 0x100000000000;
inline constexpr size_t kDefaultHeapSize = size_t{1} << 30;
// Headers name descriptors by a 32-bit offset in granules: the heap can span at most 32 GiB.
inline constexpr size_t kMaxHeapSize = size_t{32} << 30;
inline constexpr size_t kMinHeapSize = size_t{16} << 20;

// 15 TiB, 1 TiB below the heap: the station's private state, never shared, never in an image.
inline constexpr uintptr_t kStationLocalBase = 0x0F0000000000;
inline constexpr size_t kStationLocalStateBytes = size_t{1} << 20;
// Each collector queue may grow to this many bytes (reserved, materialised on touch).
inline constexpr size_t kQueueBytes = size_t{1} << 30;
inline constexpr size_t kStationLocalQueues = 6;
inline constexpr size_t kStationLocalSize = kStationLocalStateBytes + kStationLocalQueues * kQueueBytes;

// The safepoint poll page, the last page of the state area: compiled code reads a byte of it on
// every loop back-edge and method entry; the transaction machinery takes the page away to make
// the running transaction stop at its next safepoint (txn/transaction.h).
inline constexpr uintptr_t kSafepointPollAddress = kStationLocalBase + kStationLocalStateBytes - 4096;

// Requires an open AddressSpace. The fixed address is the whole point: no global variable.
inline StationLocal* stationLocal() { return reinterpret_cast<StationLocal*>(kStationLocalBase); }

class AddressSpace {
 public:
  AddressSpace() = default;
  AddressSpace(const AddressSpace&) = delete;
  AddressSpace& operator=(const AddressSpace&) = delete;
  AddressSpace(AddressSpace&& other);
  ~AddressSpace();

  // Requires base and size page-aligned, kMinHeapSize <= size <= kMaxHeapSize. Guarantees both
  // ranges reserved (nothing committed but the station-local state and queues, which touch
  // memory lazily), or an error naming the range that is taken.
  static platform::Result<AddressSpace> open(uintptr_t heapBase, size_t heapSize, uint16_t stationId);

  uintptr_t heapBase() const { return heapBase_; }
  size_t heapSize() const { return heapSize_; }
  // Requires [base, base+size) inside the heap. Guarantees it readable and writable.
  platform::Status commit(uintptr_t base, size_t size);
  bool isOpen() const { return heapSize_ != 0; }

 private:
  void close();
  uintptr_t heapBase_ = 0;
  size_t heapSize_ = 0;
};

}  // namespace plurix::heap

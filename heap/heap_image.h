// Heap images: the used pages of a heap in a file, mapped back at the same address later (the
// PageServer's checkpoints and `plurix heap stats` build on this). Invariant: an image is only
// mapped after its header (magic, version, base address, size, checksums) and every page it
// carries have been checked; a corrupt or foreign image is refused with a message saying why.
// Paper 001 §5: consistent heap images for restart.
//
// Format (little endian): ImageHeader, then runCount records, each a RunRecord followed by its
// pages. Pages not stored (free runs, above the top) read as zero, which is what they are.
#pragma once

#include <cstdint>

#include "heap/heap.h"
#include "runtime/platform/status.h"

namespace plurix::heap {

inline constexpr char kImageMagic[8] = {'P', 'L', 'X', 'I', 'M', 'A', 'G', 'E'};
inline constexpr uint32_t kImageVersion = 1;

struct ImageHeader {
  char magic[8];
  uint32_t version;
  uint32_t headerChecksum;  // CRC-32 of this header with this field zero
  uint64_t base;            // where the heap must be mapped
  uint64_t size;            // bytes reserved for the heap
  uint32_t topPage;         // pages at and above were never used
  uint32_t runCount;
  uint32_t storedPages;
  uint32_t bodyChecksum;    // CRC-32 of every run record and page, in file order
};
static_assert(sizeof(ImageHeader) == 48);

struct RunRecord {
  uint32_t firstPage;
  uint32_t pages;
};

// Requires an empty stack (between transactions). Guarantees path holds an image of heap, or
// an error naming the path; the heap is unchanged either way.
platform::Status saveHeapImage(const Heap& heap, const char* path);

// Requires no heap open in this process. Guarantees the image at path mapped at expectedBase
// as this station's heap, or an error (kNotFound, kCorrupt, kInvalidArgument for an image built
// for another base address) with nothing left mapped.
platform::Result<Heap> loadHeapImage(const char* path, uintptr_t expectedBase, uint16_t station);

}  // namespace plurix::heap

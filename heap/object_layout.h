// Object layout: every heap object starts with a 16-byte header (backchain head, type, size and
// flags); references live in 16-byte slots that carry their backchain links; arrays keep their
// length after the header. Invariant: an object's size and reference slots follow from its
// header and type descriptor alone, so the heap can be walked and relocated without the compiler.
// Paper 001 §2.4 (backchain), §4.2.1 (objects over 4 KiB take whole pages).
#pragma once

#include <cstddef>
#include <cstdint>

namespace plurix::heap {

inline constexpr size_t kPageSize = 4096;
inline constexpr size_t kGranule = 8;           // object sizes are multiples of this
inline constexpr size_t kMaxSmallObject = 4096;  // larger objects take whole pages of their own
inline constexpr size_t kMaxObjectSize = (size_t{1} << 24) * kGranule - kGranule;  // 128 MiB - 8

// Which allocator an object comes from; a page holds objects of one kind only (invariant 5).
enum class AllocatorKind : uint8_t {
  kReadWrite = 0,    // ordinary objects
  kReadOnly = 1,     // code, constant data, class descriptors without statics
  kSystemReadOnly = 2,   // code of system classes (never invalidated)
  kSystemReadWrite = 3,  // one station's private system objects
};
inline constexpr int kAllocatorKinds = 4;

struct ObjectHeader;

// A backchain link: an address inside the heap as (address - heap base) / 8, 0 for none (the
// heap base holds the memory manager, never a slot or a header). 32 bits reach 32 GiB, the
// heap's limit (address_space.h); links stay valid wherever the heap is mapped.
using ChainLink = uint32_t;

// A reference held in the heap. target comes first, a full pointer, so compiled code reads a
// reference field with one load. next/previous link the slot into target's backchain (see
// backchain.h for the choice of a doubly linked chain of compressed links); previous links to
// the word that links to this slot: the target's header's backchain or the preceding slot's next.
struct Slot {
  ObjectHeader* target;
  ChainLink next;
  ChainLink previous;
};
static_assert(sizeof(Slot) == 16);
inline constexpr size_t kSlotSize = sizeof(Slot);

// Header flag bits (low byte of sizeAndFlags).
enum ObjectFlag : uint32_t {
  kKindMask = 0x3,        // AllocatorKind
  kFlagFree = 0x4,        // a free cell, not an object (the word after a free cell's link)
  kFlagPinned = 0x8,      // a root of the collector; never relocated (type descriptors, anchors)
  kFlagInZeroList = 0x10, // queued on the collector's zero-backchain list
  kFlagCandidate = 0x20,  // queued as a possible member of a garbage cycle
  kFlagVisited = 0x40,    // scratch mark of one collector search; clear between searches
  kFlagProvenLive = 0x80, // a search of this collector step found a root behind it; clear after
};
inline constexpr uint32_t kFlagBits = 8;

// backchain comes first: a slot's previous link must be able to name it (links are in 8s).
struct ObjectHeader {
  ChainLink backchain;    // link to the first slot that references this object; 0: no heap reference
  uint32_t typeOffset;    // (descriptor address - heap base) / 8; 0: raw bytes, no references
  uint32_t sizeAndFlags;  // size in granules << 8 | flags
  uint32_t reserved;      // keeps slots 8-byte aligned; zero, or the identity hash once the runtime assigned one

  size_t size() const { return size_t{sizeAndFlags >> kFlagBits} * kGranule; }
  AllocatorKind kind() const { return static_cast<AllocatorKind>(sizeAndFlags & kKindMask); }
  bool hasFlag(ObjectFlag flag) const { return (sizeAndFlags & flag) != 0; }
  void setFlag(ObjectFlag flag) { sizeAndFlags |= flag; }
  void clearFlag(ObjectFlag flag) { sizeAndFlags &= ~static_cast<uint32_t>(flag); }
  char* bytes() { return reinterpret_cast<char*>(this); }
  const char* bytes() const { return reinterpret_cast<const char*>(this); }
};
static_assert(sizeof(ObjectHeader) == 16);

// Arrays: header, then the element count, then the elements (slots for reference arrays).
struct ArrayHeader {
  ObjectHeader object;
  uint64_t length;
};
inline constexpr size_t kArrayElementsOffset = sizeof(ArrayHeader);

inline constexpr size_t roundUp(size_t value, size_t to) { return (value + to - 1) / to * to; }

// Requires size <= kMaxObjectSize and a multiple of kGranule. Guarantees a header with an empty
// backchain (the object is referenced from nowhere in the heap yet).
inline void initHeader(void* memory, uint32_t typeOffset, size_t size, AllocatorKind kind) {
  ObjectHeader* header = static_cast<ObjectHeader*>(memory);
  header->backchain = 0;
  header->typeOffset = typeOffset;
  header->sizeAndFlags = static_cast<uint32_t>(size / kGranule) << kFlagBits | static_cast<uint32_t>(kind);
  header->reserved = 0;
}

// The reference slot at a byte offset of an object.
inline Slot* slotAt(ObjectHeader* object, size_t offset) {
  return reinterpret_cast<Slot*>(object->bytes() + offset);
}

}  // namespace plurix::heap

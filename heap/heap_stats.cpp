#include "heap/heap_stats.h"

#include <cstring>

#include "heap/backchain.h"
#include "heap/heap_image.h"
#include "heap/heap_walk.h"

namespace plurix::heap {

using platform::Result;
using platform::Status;

namespace {

const char* const kKindNames[kAllocatorKinds] = {"RW", "RO", "SysRO", "SysRW"};

int chainBucket(uint64_t length) {
  if (length <= 2) return static_cast<int>(length);
  int bucket = 3;
  for (uint64_t limit = 4; length > limit && bucket < kChainBuckets - 1; limit *= 2) ++bucket;
  return bucket;
}

// Formats one report line at a time into a fixed buffer.
class Line {
 public:
  explicit Line(TextSink sink) : sink_(sink) {}
  Line& text(const char* s) {
    while (*s != '\0' && length_ < sizeof(buffer_)) buffer_[length_++] = *s++;
    return *this;
  }
  Line& number(uint64_t value, int width = 0) {
    platform::MessageBuilder digits;
    digits.decimal(value);
    for (int pad = static_cast<int>(digits.length()); pad < width; ++pad) text(" ");
    return text(digits.str());
  }
  Line& column(const char* s, int width) {
    size_t start = length_;
    text(s);
    while (length_ - start < static_cast<size_t>(width)) text(" ");
    return *this;
  }
  void end() {
    text("\n");
    sink_.write(sink_.context, buffer_, length_);
    length_ = 0;
  }

 private:
  TextSink sink_;
  char buffer_[160];
  size_t length_ = 0;
};

}  // namespace

HeapStats gatherHeapStats(MemoryManager* manager) {
  HeapStats stats;
  stats.heapBytes = manager->size;
  stats.pagesTotal = manager->pageCount;
  stats.pagesNeverUsed = manager->pageCount - manager->topPage;
  PageInfo* map = manager->pageMap();
  for (uint32_t index = 0; index < manager->topPage; ++index) {
    const PageInfo& page = map[index];
    int kind = static_cast<int>(page.kind);
    switch (page.state) {
      case PageState::kMetadata: ++stats.pagesMetadata; break;
      case PageState::kUnused:
      case PageState::kFreeHead:
      case PageState::kFreeTail: ++stats.pagesFree; break;
      case PageState::kBlock: ++stats.blockPages[kind]; break;
      case PageState::kSmall: ++stats.smallPages[kind]; break;
      case PageState::kLargeHead:
      case PageState::kLargeTail: ++stats.largePages[kind]; break;
    }
  }
  for (uint32_t station = 0; station < kMaxStations; ++station) stats.stations += manager->stationPage[station] != 0;
  forEachObject(manager, [&](ObjectHeader* object) {
    int kind = static_cast<int>(object->kind());
    ++stats.objects[kind];
    stats.bytes[kind] += object->size();
    if (object->size() > kMaxSmallObject) ++stats.largeObjects[kind];
    if (object->hasFlag(kFlagPinned)) ++stats.pinnedObjects;
    uint64_t length = backchainLength(object);
    ++stats.chainLengths[chainBucket(length)];
    stats.totalReferences += length;
    if (length > stats.longestChain) stats.longestChain = length;
  });
  return stats;
}

void writeHeapStats(const HeapStats& stats, TextSink sink) {
  Line line(sink);
  line.text("heap: ").number(stats.heapBytes >> 20).text(" MiB, ").number(stats.pagesTotal).text(" pages of 4 KiB, ")
      .number(stats.stations).text(" station(s)").end();
  line.text("pages: ").number(stats.pagesMetadata).text(" metadata, ").number(stats.pagesFree).text(" free, ")
      .number(stats.pagesNeverUsed).text(" never used").end();
  line.end();
  line.column("kind", 7).column("   objects", 12).column("      bytes", 14).column("  large", 8)
      .column("small pages", 12).column("large pages", 12).text("block pages").end();
  for (int kind = 0; kind < kAllocatorKinds; ++kind) {
    line.column(kKindNames[kind], 7).number(stats.objects[kind], 10).text("  ").number(stats.bytes[kind], 12)
        .text("  ").number(stats.largeObjects[kind], 6).text("  ").number(stats.smallPages[kind], 11)
        .text(" ").number(stats.largePages[kind], 11).text(" ").number(stats.blockPages[kind], 11).end();
  }
  line.end();
  line.text("pinned objects: ").number(stats.pinnedObjects).end();
  line.text("references (backchain entries): ").number(stats.totalReferences).text(", longest backchain: ")
      .number(stats.longestChain).end();
  line.text("backchain length   objects").end();
  const char* const labels[kChainBuckets] = {"0", "1", "2", "3-4", "5-8", "9-16", "17-32", "33-64", "65-128",
                                             "129-256", "257-512", "over 512"};
  for (int bucket = 0; bucket < kChainBuckets; ++bucket) {
    line.text("  ").column(labels[bucket], 15).number(stats.chainLengths[bucket], 10).end();
  }
}

Status reportImageStats(const char* path, TextSink sink) {
  Result<Heap> heap = loadHeapImage(path, kDefaultHeapBase, 0);
  if (!heap.isOk()) return heap.status();
  writeHeapStats(gatherHeapStats(heap.value().memoryManager()), sink);
  return Status::ok();
}

}  // namespace plurix::heap

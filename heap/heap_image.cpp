#include "heap/heap_image.h"

#include <cstring>

#include "heap/allocator.h"
#include "heap/executable_code.h"
#include "heap/foreign_garbage.h"
#include "heap/heap_walk.h"
#include "runtime/platform/file.h"
#include "runtime/platform/system.h"

namespace plurix::heap {

using platform::ErrorCode;
using platform::File;
using platform::MessageBuilder;
using platform::Result;
using platform::Status;

namespace {

bool pageIsStored(const PageInfo& page) {
  return page.state != PageState::kUnused && page.state != PageState::kFreeHead && page.state != PageState::kFreeTail;
}

// Calls visit(RunRecord) for each maximal run of stored pages: the header page and the part of
// the page map that describes pages below the top, then every page in use.
template <typename Visit>
void forEachRun(MemoryManager* manager, Visit visit) {
  uint32_t mapPages = static_cast<uint32_t>(roundUp(size_t{manager->topPage} * sizeof(PageInfo), kPageSize) / kPageSize);
  uint32_t index = 0;
  uint32_t runStart = 0;
  bool inRun = false;
  PageInfo* map = manager->pageMap();
  for (; index < manager->topPage; ++index) {
    bool stored = index < manager->firstDataPage ? index <= mapPages : pageIsStored(map[index]);
    if (stored && !inRun) {
      runStart = index;
      inRun = true;
    } else if (!stored && inRun) {
      visit(RunRecord{runStart, index - runStart});
      inRun = false;
    }
  }
  if (inRun) visit(RunRecord{runStart, index - runStart});
}

uint32_t headerChecksum(ImageHeader header) {
  header.headerChecksum = 0;
  return platform::checksum32(0, &header, sizeof(header));
}

Status imageError(ErrorCode code, const char* path, const MessageBuilder& detail) {
  return Status::error(code, MessageBuilder().text("heap image ").text(path).text(": ").text(detail.str()));
}

}  // namespace

Status saveHeapImage(const Heap& heap, const char* path) {
  MemoryManager* manager = heap.memoryManager();
  ImageHeader header{};
  memcpy(header.magic, kImageMagic, sizeof(kImageMagic));
  header.version = kImageVersion;
  header.base = heap.base();
  header.size = heap.size();
  header.topPage = manager->topPage;
  uint32_t checksum = 0;
  forEachRun(manager, [&](RunRecord run) {
    ++header.runCount;
    header.storedPages += run.pages;
    checksum = platform::checksum32(checksum, &run, sizeof(run));
    checksum = platform::checksum32(checksum, manager->pageAddress(run.firstPage), size_t{run.pages} * kPageSize);
  });
  header.bodyChecksum = checksum;
  header.headerChecksum = headerChecksum(header);

  Result<File> file = File::create(path);
  if (!file.isOk()) return imageError(ErrorCode::kIoError, path, MessageBuilder().text(file.status().message()));
  Status written = file.value().append(&header, sizeof(header));
  forEachRun(manager, [&](RunRecord run) {
    if (!written.isOk()) return;
    written = file.value().append(&run, sizeof(run));
    if (written.isOk()) written = file.value().append(manager->pageAddress(run.firstPage), size_t{run.pages} * kPageSize);
  });
  Status closed = file.value().close();
  if (!written.isOk()) return imageError(ErrorCode::kIoError, path, MessageBuilder().text(written.message()));
  if (!closed.isOk()) return imageError(ErrorCode::kIoError, path, MessageBuilder().text(closed.message()));
  return Status::ok();
}

namespace {

Status checkHeader(const ImageHeader& header, uint64_t fileSize, uintptr_t expectedBase, const char* path) {
  if (memcmp(header.magic, kImageMagic, sizeof(kImageMagic)) != 0) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("not a Plurix heap image (bad magic)"));
  }
  if (header.version != kImageVersion) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("format version ").decimal(header.version)
                                                     .text(", this build reads version ").decimal(kImageVersion));
  }
  if (headerChecksum(header) != header.headerChecksum) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("header checksum mismatch (corrupt header)"));
  }
  if (header.base != expectedBase) {
    return imageError(ErrorCode::kInvalidArgument, path, MessageBuilder().text("built for a heap at ").hex(header.base)
                                                             .text(", but this station maps the heap at ").hex(expectedBase));
  }
  uint64_t expectedSize = sizeof(ImageHeader) + uint64_t{header.runCount} * sizeof(RunRecord) +
                          uint64_t{header.storedPages} * kPageSize;
  if (fileSize != expectedSize) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text(fileSize < expectedSize ? "truncated: " : "trailing bytes: ")
                                                     .decimal(fileSize).text(" bytes, header promises ").decimal(expectedSize));
  }
  if (header.topPage > header.size / kPageSize || header.storedPages > header.topPage) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("page counts exceed the heap size"));
  }
  return Status::ok();
}

// Reads every run into place, checking that runs ascend inside the used part of the heap.
Status readRuns(const File& file, const ImageHeader& header, uintptr_t base, const char* path) {
  uint64_t offset = sizeof(ImageHeader);
  uint32_t checksum = 0;
  uint32_t nextFree = 0;
  for (uint32_t i = 0; i < header.runCount; ++i) {
    RunRecord run;
    Status read = file.readAt(offset, &run, sizeof(run));
    if (!read.isOk()) return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text(read.message()));
    offset += sizeof(run);
    if (run.pages == 0 || run.firstPage < nextFree || run.pages > header.topPage - run.firstPage ||
        run.firstPage > header.topPage) {
      return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("run ").decimal(i).text(" lies outside the heap"));
    }
    char* target = reinterpret_cast<char*>(base + size_t{run.firstPage} * kPageSize);
    read = file.readAt(offset, target, size_t{run.pages} * kPageSize);
    if (!read.isOk()) return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text(read.message()));
    offset += size_t{run.pages} * kPageSize;
    checksum = platform::checksum32(checksum, &run, sizeof(run));
    checksum = platform::checksum32(checksum, target, size_t{run.pages} * kPageSize);
    nextFree = run.firstPage + run.pages;
  }
  if (checksum != header.bodyChecksum) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("page checksum mismatch (corrupt pages)"));
  }
  return Status::ok();
}

// Objects queued for the collector when the image was written are queued again here.
void requeueCollectorWork(MemoryManager* manager) {
  StationLocal* local = stationLocal();
  forEachObject(manager, [&](ObjectHeader* object) {
    object->clearFlag(kFlagVisited);
    if (object->hasFlag(kFlagInZeroList)) local->zeroList.push(object);
    if (object->hasFlag(kFlagCandidate)) local->candidates.push(object);
  });
}

}  // namespace

Result<Heap> loadHeapImage(const char* path, uintptr_t expectedBase, uint16_t station) {
  Result<File> file = File::openForReading(path);
  if (!file.isOk()) return imageError(file.status().code(), path, MessageBuilder().text(file.status().message()));
  Result<uint64_t> fileSize = file.value().size();
  if (!fileSize.isOk()) return fileSize.status();
  ImageHeader header;
  if (fileSize.value() < sizeof(header)) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("truncated: ").decimal(fileSize.value()).text(" bytes, shorter than the header"));
  }
  Status read = file.value().readAt(0, &header, sizeof(header));
  if (!read.isOk()) return read;
  Status checked = checkHeader(header, fileSize.value(), expectedBase, path);
  if (!checked.isOk()) return checked;

  Result<AddressSpace> space = AddressSpace::open(header.base, header.size, station);
  if (!space.isOk()) return space.status();
  if (header.topPage > 0) {
    Status committed = space.value().commit(header.base, size_t{header.topPage} * kPageSize);
    if (!committed.isOk()) return committed;
  }
  Status loaded = readRuns(file.value(), header, header.base, path);
  if (!loaded.isOk()) return loaded;  // the address space is released on the way out

  MemoryManager* manager = MemoryManager::at(header.base);
  if (manager->magic != kHeapMagic || manager->base != header.base || manager->size != header.size ||
      manager->topPage != header.topPage || manager->committedPages > manager->pageCount) {
    return imageError(ErrorCode::kCorrupt, path, MessageBuilder().text("memory manager state disagrees with the header"));
  }
  if (manager->committedPages > header.topPage) {
    Status committed = space.value().commit(header.base + size_t{header.topPage} * kPageSize,
                                            size_t{manager->committedPages - header.topPage} * kPageSize);
    if (!committed.isOk()) return committed;
  }
  requeueCollectorWork(manager);
  // The stations that listed foreign garbage are not the ones that load the image: nobody else
  // would ever release it.
  // Their spare pages likewise.
  for (uint32_t lister = 0; lister < kMaxStations; ++lister) {
    if (manager->stationPage[lister] == 0) continue;
    releaseForeignGarbage(manager, static_cast<uint16_t>(lister));
    returnSparePages(manager, static_cast<uint16_t>(lister));
  }
  auto heap = Heap::adopt(static_cast<AddressSpace&&>(space.value()), station);
  if (!heap.isOk()) return heap;
  // The image may hold compiled code: it runs here unchanged (invariant 2) once executable.
  Status executable = makeHeapCodeExecutable(heap.value());
  if (!executable.isOk()) return executable;
  return heap;
}

}  // namespace plurix::heap

#include "compiler/live/heap_sources.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

#include "heap/name_service.h"
#include "stdlib/embedded_sources.h"

namespace plurix::compiler::live {

namespace {

constexpr const char* kLibraryName = "plurix.library";

std::string unitName(size_t index) { return "plurix.source." + std::to_string(index); }

// A kept text: [uint64 length][bytes], then the next.
struct Reader {
  const char* next;
  std::string text() {
    uint64_t length = 0;
    std::memcpy(&length, next, sizeof length);
    std::string value(next + sizeof length, length);
    next += sizeof length + length;
    return value;
  }
};

void putText(char*& at, const std::string& value) {
  uint64_t length = value.size();
  std::memcpy(at, &length, sizeof length);
  std::memcpy(at + sizeof length, value.data(), value.size());
  at += sizeof length + value.size();
}

platform::Status bindTexts(heap::Heap& heap, const std::string& name, const std::vector<const std::string*>& texts) {
  size_t bytes = 0;
  for (const std::string* text : texts) bytes += sizeof(uint64_t) + text->size();
  heap::ObjectHeader* object = heap.allocateBytes(bytes, heap::AllocatorKind::kReadOnly);
  if (object == nullptr) {
    return platform::Status::error(platform::ErrorCode::kOutOfMemory,
                                   platform::MessageBuilder().text("the heap is full: cannot keep ").text(name.c_str()));
  }
  char* at = reinterpret_cast<char*>(object + 1);
  for (const std::string* text : texts) putText(at, *text);
  return heap::NameService::roots(heap).bind(name.data(), name.size(), object);
}

}  // namespace

std::vector<SourceUnit> loadSources(heap::Heap& heap) {
  std::vector<SourceUnit> units;
  heap::NameService roots = heap::NameService::roots(heap);
  for (;;) {
    std::string name = unitName(units.size());
    const heap::ObjectHeader* object = roots.lookup(name.data(), name.size());
    if (object == nullptr) return units;
    Reader reader{reinterpret_cast<const char*>(object + 1)};
    SourceUnit unit;
    unit.path = reader.text();
    unit.text = reader.text();
    units.push_back(std::move(unit));
  }
}

platform::Status appendSources(heap::Heap& heap, const std::vector<SourceUnit>& units) {
  size_t index = loadSources(heap).size();
  for (const SourceUnit& unit : units) {
    if (!unit.keep) continue;
    platform::Status kept = bindTexts(heap, unitName(index++), {&unit.path, &unit.text});
    if (!kept.isOk()) return kept;
  }
  return platform::Status::ok();
}

platform::Status replaceSource(heap::Heap& heap, size_t index, const SourceUnit& unit) {
  return bindTexts(heap, unitName(index), {&unit.path, &unit.text});
}

std::string loadNamedText(heap::Heap& heap, const std::string& name) {
  const heap::ObjectHeader* object = heap::NameService::roots(heap).lookup(name.data(), name.size());
  return object == nullptr ? std::string() : Reader{reinterpret_cast<const char*>(object + 1)}.text();
}

platform::Status keepNamedText(heap::Heap& heap, const std::string& name, const std::string& text) {
  return bindTexts(heap, name, {&text});
}

std::string libraryFingerprint() {
  uint64_t hash = 0xcbf29ce484222325ull;  // FNV-1a over every path and text, in order
  auto mix = [&hash](std::string_view bytes) {
    for (unsigned char byte : bytes) hash = (hash ^ byte) * 0x100000001b3ull;
    hash = (hash ^ 0xff) * 0x100000001b3ull;
  };
  for (const stdlib::EmbeddedSource& source : stdlib::embeddedSources()) {
    mix(source.path);
    mix(source.text);
  }
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

platform::Status recordLibrary(heap::Heap& heap) {
  std::string fingerprint = libraryFingerprint();
  return bindTexts(heap, kLibraryName, {&fingerprint});
}

bool libraryMatches(heap::Heap& heap, std::string* error) {
  const heap::ObjectHeader* object = heap::NameService::roots(heap).lookup(kLibraryName, std::strlen(kLibraryName));
  if (object == nullptr) {
    *error = "the heap does not say which standard library it was built with (made by an older plurix?)";
    return false;
  }
  std::string kept = loadNamedText(heap, kLibraryName);
  if (kept == libraryFingerprint()) return true;
  *error = "the heap was built with another standard library (" + kept + ") than this plurix has (" +
           libraryFingerprint() + "): compile into it with the plurix that built it";
  return false;
}

}  // namespace plurix::compiler::live

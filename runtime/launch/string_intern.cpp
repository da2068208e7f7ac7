// The intern table of String constants (runtime.h internString). It lives in the heap — each
// interned String is bound in the root name service under '"' followed by its UTF-8 text — so
// every process that maps the heap (another station, a reloaded image) finds the same String
// object for the same literal, and `==` on literals holds cluster-wide as it does in Java.
// Interned Strings and their chars are pinned read-only objects: never collected or moved.
#include <cstring>
#include <string>

#include "heap/backchain.h"
#include "heap/name_service.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/java_string.h"
#include "runtime/object/object_access.h"
#include "runtime/platform/system.h"

namespace plurix::runtime {

namespace {

std::string internName(std::u16string_view text) {
  std::string name = "\"";
  appendUtf8(text, name);
  return name;
}

// Lone surrogates do not survive UTF-8, so a name would merge distinct texts: such strings are
// checked by their chars, not just their name.
bool sameText(heap::ObjectHeader* string, std::u16string_view text) {
  heap::ObjectHeader* chars = stringChars(string);
  return chars != nullptr && arrayLength(chars) == text.size() &&
         memcmp(arrayElements(chars), text.data(), text.size() * sizeof(char16_t)) == 0;
}

}  // namespace

heap::ObjectHeader* internString(std::u16string_view text) {
  heap::Heap& heap = attachedHeap();
  heap::NameService roots = heap::NameService::roots(heap);
  std::string name = internName(text);
  // A lossy name (lone surrogate) gets a counter appended until the entry found holds this text.
  for (int variant = 0;; ++variant) {
    std::string key = variant == 0 ? name : name + '\0' + std::to_string(variant);
    heap::ObjectHeader* found = roots.lookup(key.data(), key.size());
    if (found != nullptr && sameText(found, text)) return found;
    if (found != nullptr) continue;
    const ClassInfo* stringClass = findClass("java.lang.String");
    const ClassInfo* charArray = findClass("[C");
    if (stringClass == nullptr || charArray == nullptr) {
      platform::fatal("interning a string needs java.lang.String and [C loaded");
    }
    heap::ObjectHeader* chars = heap.allocateArray(charArray->type, text.size(), heap::AllocatorKind::kReadOnly);
    heap::ObjectHeader* string =
        chars == nullptr ? nullptr : heap.allocateInstance(stringClass->type, heap::AllocatorKind::kReadOnly);
    if (string == nullptr) platform::fatal("the heap is full: no room for a string constant");
    heap::Heap::pin(chars);
    heap::Heap::pin(string);
    memcpy(arrayElements(chars), text.data(), text.size() * sizeof(char16_t));
    heap::storeReference(referenceField(string, kStringValueField), chars);
    if (!roots.bind(key.data(), key.size(), string).isOk()) {
      platform::fatal("the heap is full: no room to intern a string constant");
    }
    return string;
  }
}

}  // namespace plurix::runtime

#include "heap/name_service.h"

#include <cstring>

#include "heap/backchain.h"

namespace plurix::heap {

using platform::ErrorCode;
using platform::MessageBuilder;
using platform::Status;

namespace {

// Field order of the builtin types (heap.cpp): the slots come first, then the counters.
constexpr size_t kTableBuckets = 0;
constexpr size_t kEntryKey = 0, kEntryValue = 1, kEntryNext = 2;
constexpr uint64_t kInitialBuckets = 16;

uint64_t hashName(const char* name, size_t length) {
  uint64_t hash = 0xcbf29ce484222325;  // FNV-1a: names are short, a simple hash is enough
  for (size_t i = 0; i < length; ++i) hash = (hash ^ static_cast<unsigned char>(name[i])) * 0x100000001b3;
  return hash;
}

Slot* referenceField(ObjectHeader* object, size_t index) {
  return slotAt(object, sizeof(ObjectHeader) + index * kSlotSize);
}

// The 64-bit counter after an object's slots.
int64_t* counterField(ObjectHeader* object, size_t slots) {
  return reinterpret_cast<int64_t*>(object->bytes() + sizeof(ObjectHeader) + slots * kSlotSize);
}

Slot* bucket(ObjectHeader* buckets, uint64_t index) {
  return slotAt(buckets, kArrayElementsOffset + index * kSlotSize);
}

uint64_t arrayLength(ObjectHeader* array) { return reinterpret_cast<ArrayHeader*>(array)->length; }

bool keyEquals(ObjectHeader* key, const char* name, size_t length) {
  return arrayLength(key) == length && memcmp(key->bytes() + kArrayElementsOffset, name, length) == 0;
}

}  // namespace

ObjectHeader* NameService::table() const { return heap_.anchorSlot(which_)->target; }

Status NameService::ensureTable() {
  if (table() != nullptr) return Status::ok();
  ObjectHeader* created = heap_.allocateInstance(heap_.builtin(BuiltinType::kNameTable));
  ObjectHeader* buckets = heap_.allocateArray(heap_.builtin(BuiltinType::kReferenceArray), kInitialBuckets);
  if (created == nullptr || buckets == nullptr) return Status::error(ErrorCode::kOutOfMemory, "heap full creating the name service");
  storeReference(referenceField(created, kTableBuckets), buckets);
  storeReference(heap_.anchorSlot(which_), created);
  return Status::ok();
}

// The slot that points at the entry for name (a bucket or the previous entry's next), or nullptr.
Slot* NameService::findEntrySlot(const char* name, size_t length, uint64_t hash) const {
  ObjectHeader* map = table();
  if (map == nullptr) return nullptr;
  ObjectHeader* buckets = referenceField(map, kTableBuckets)->target;
  Slot* link = bucket(buckets, hash & (arrayLength(buckets) - 1));
  while (link->target != nullptr) {
    ObjectHeader* entry = link->target;
    if (static_cast<uint64_t>(*counterField(entry, 3)) == hash &&
        keyEquals(referenceField(entry, kEntryKey)->target, name, length)) {
      return link;
    }
    link = referenceField(entry, kEntryNext);
  }
  return nullptr;
}

Status NameService::growBuckets() {
  ObjectHeader* map = table();
  ObjectHeader* old = referenceField(map, kTableBuckets)->target;
  uint64_t oldLength = arrayLength(old);
  ObjectHeader* bigger = heap_.allocateArray(heap_.builtin(BuiltinType::kReferenceArray), oldLength * 2);
  if (bigger == nullptr) return Status::error(ErrorCode::kOutOfMemory, "heap full growing the name service");
  for (uint64_t i = 0; i < oldLength; ++i) {
    // Move each entry to the front of its new bucket; the old array ends up empty.
    while (ObjectHeader* entry = bucket(old, i)->target) {
      Slot* next = referenceField(entry, kEntryNext);
      Slot* head = bucket(bigger, static_cast<uint64_t>(*counterField(entry, 3)) & (oldLength * 2 - 1));
      ObjectHeader* rest = next->target;
      storeReference(next, head->target);
      storeReference(head, entry);
      storeReference(bucket(old, i), rest);
    }
  }
  storeReference(referenceField(map, kTableBuckets), bigger);
  return Status::ok();
}

Status NameService::bind(const char* name, size_t length, ObjectHeader* object) {
  uint64_t hash = hashName(name, length);
  if (Slot* link = findEntrySlot(name, length, hash)) {
    storeReference(referenceField(link->target, kEntryValue), object);
    return Status::ok();
  }
  Status ready = ensureTable();
  if (!ready.isOk()) return ready;
  ObjectHeader* map = table();
  if (static_cast<uint64_t>(*counterField(map, 1)) >= arrayLength(referenceField(map, kTableBuckets)->target)) {
    Status grown = growBuckets();
    if (!grown.isOk()) return grown;
  }
  ObjectHeader* key = heap_.allocateArray(heap_.builtin(BuiltinType::kByteArray), length);
  ObjectHeader* entry = heap_.allocateInstance(heap_.builtin(BuiltinType::kNameEntry));
  if (key == nullptr || entry == nullptr) {
    return Status::error(ErrorCode::kOutOfMemory, MessageBuilder().text("heap full binding a name of ").decimal(length).text(" bytes"));
  }
  memcpy(key->bytes() + kArrayElementsOffset, name, length);
  *counterField(entry, 3) = static_cast<int64_t>(hash);
  storeReference(referenceField(entry, kEntryKey), key);
  storeReference(referenceField(entry, kEntryValue), object);
  ObjectHeader* buckets = referenceField(map, kTableBuckets)->target;
  Slot* head = bucket(buckets, hash & (arrayLength(buckets) - 1));
  storeReference(referenceField(entry, kEntryNext), head->target);
  storeReference(head, entry);
  ++*counterField(map, 1);
  return Status::ok();
}

ObjectHeader* NameService::lookup(const char* name, size_t length) const {
  Slot* link = findEntrySlot(name, length, hashName(name, length));
  return link == nullptr ? nullptr : referenceField(link->target, kEntryValue)->target;
}

Status NameService::unbind(const char* name, size_t length) {
  Slot* link = findEntrySlot(name, length, hashName(name, length));
  if (link == nullptr) {
    return Status::error(ErrorCode::kNotFound, MessageBuilder().text("name not bound: ").text(name, length));
  }
  // The entry loses its only reference; the collector frees it, its key, and the value's reference.
  storeReference(link, referenceField(link->target, kEntryNext)->target);
  --*counterField(table(), 1);
  return Status::ok();
}

void NameService::forEach(void (*visit)(const char* name, size_t length, ObjectHeader* object, void* argument),
                          void* argument) const {
  ObjectHeader* map = table();
  if (map == nullptr) return;
  ObjectHeader* buckets = referenceField(map, kTableBuckets)->target;
  for (uint64_t i = 0; i < arrayLength(buckets); ++i) {
    for (ObjectHeader* entry = bucket(buckets, i)->target; entry != nullptr;
         entry = referenceField(entry, kEntryNext)->target) {
      ObjectHeader* key = referenceField(entry, kEntryKey)->target;
      visit(key->bytes() + kArrayElementsOffset, arrayLength(key), referenceField(entry, kEntryValue)->target, argument);
    }
  }
}

uint64_t NameService::count() const {
  ObjectHeader* map = table();
  return map == nullptr ? 0 : static_cast<uint64_t>(*counterField(map, 1));
}

}  // namespace plurix::heap

// Finding classes and methods by name (runtime.h): the class loader registers each ClassInfo in
// the heap's class name service, so any process mapping the heap finds the same descriptor.
#include <cstring>

#include "heap/name_service.h"
#include "runtime/launch/runtime.h"

namespace plurix::runtime {

const ClassInfo* findClass(std::string_view binaryName) {
  heap::ObjectHeader* header = heap::NameService::classes(attachedHeap()).lookup(binaryName.data(), binaryName.size());
  // The ClassInfo follows its object's header (class_info.h).
  return header == nullptr ? nullptr : reinterpret_cast<const ClassInfo*>(header + 1);
}

const MethodEntry* findDeclaredMethod(const ClassInfo* cls, std::string_view key) {
  if (cls == nullptr) return nullptr;
  for (uint32_t i = 0; i < cls->methodCount; ++i) {
    const MethodEntry& method = cls->methods[i];
    if (method.key != nullptr && key == method.key) return &method;
  }
  return nullptr;
}

}  // namespace plurix::runtime

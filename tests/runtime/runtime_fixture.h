// A heap with a small hand-built object model for the runtime's tests: classes are made the
// way the class loader makes them (class descriptors with vtable space, ClassInfo objects
// registered in the class name service), but without compiling Java. Exception classes get
// constructors written in C++ with the compiled constructors' signature, which store the
// message or cause the way Throwable's fields hold them.
#pragma once

#include <gtest/gtest.h>

#include <deque>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "heap/backchain.h"
#include "heap/heap.h"
#include "heap/name_service.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/class_info.h"
#include "runtime/object/object_access.h"

namespace plurix::runtime::testing {

// Throwable's fields in the fixture, as stdlib/java/lang/Throwable.java declares them.
inline constexpr uint32_t kMessageField = 0;
inline constexpr uint32_t kCauseField = 1;

inline void messageConstructor(heap::ObjectHeader* self, heap::ObjectHeader* message) {
  heap::storeReference(referenceField(self, kMessageField), message);
}
inline void plainConstructor(heap::ObjectHeader*) {}
inline void causeConstructor(heap::ObjectHeader* self, heap::ObjectHeader* cause) {
  heap::storeReference(referenceField(self, kCauseField), cause);
}

struct ClassSpec {
  std::string name;
  const ClassInfo* super = nullptr;
  std::vector<heap::FieldKind> fields;
  uint32_t flags = 0;
  std::vector<const ClassInfo*> interfaces;  // direct and inherited, as the loader lists them
  std::vector<MethodEntry> methods;
};

class RuntimeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    heap::HeapConfig config;
    config.size = size_t{64} << 20;
    auto created = heap::Heap::create(config);
    ASSERT_TRUE(created.isOk()) << created.status().message();
    heap_.emplace(std::move(created.value()));
    attachRuntime(*heap_);
    object_ = defineClass({"java.lang.Object"});
    cloneable_ = defineClass({"java.lang.Cloneable", nullptr, {}, kClassInterface});
    string_ = defineClass({"java.lang.String", object_, {heap::FieldKind::kReference, heap::FieldKind::kInt32}});
    charArray_ = defineArray("[C", heap::FieldKind::kInt16, nullptr, 'C');
    intArray_ = defineArray("[I", heap::FieldKind::kInt32, nullptr, 'I');
    longArray_ = defineArray("[J", heap::FieldKind::kInt64, nullptr, 'J');
    objectArray_ = defineArray("[Ljava.lang.Object;", heap::FieldKind::kReference, object_, 0);
    stringArray_ = defineArray("[Ljava.lang.String;", heap::FieldKind::kReference, string_, 0);
    defineThrowables();
  }
  void TearDown() override {
    heap::stationLocal()->pendingException = nullptr;
    heap_.reset();
  }

  heap::Heap& heap() { return *heap_; }

  // Guarantees a registered class laid out as the loader lays it out.
  ClassInfo* defineClass(const ClassSpec& spec) {
    const heap::TypeDescriptor* base = spec.super != nullptr ? spec.super->type : nullptr;
    heap::TypeDescriptor* type = nullptr;
    if ((spec.flags & kClassInterface) == 0) {
      auto defined = heap().defineClassType(base, spec.fields.data(), spec.fields.size(), 8 * kVtableLength);
      EXPECT_TRUE(defined.isOk());
      type = defined.value();
    }
    ClassInfo* info = newInfo(spec.name, spec.interfaces.size());
    info->type = type;
    info->super = spec.super;
    info->depth = spec.super != nullptr ? spec.super->depth + 1 : 0;
    info->flags = spec.flags;
    if ((spec.flags & kClassInterface) == 0) {
      for (uint32_t d = 0; d < kDisplaySize && d <= info->depth; ++d) {
        const ClassInfo* ancestor = info;
        for (uint32_t up = info->depth; up > d; --up) ancestor = ancestor->super;
        info->display[d] = ancestor;
      }
    }
    auto* itable = const_cast<ItableEntry*>(info->interfaces);
    for (size_t i = 0; i < spec.interfaces.size(); ++i) {
      itable[i].interface = spec.interfaces[i];
      itable[i].methods = (spec.flags & kClassInterface) != 0 ? nullptr : itableMethods_.data();
    }
    auto& methods = methods_.emplace_back(spec.methods);
    info->methods = methods.data();
    info->methodCount = static_cast<uint32_t>(methods.size());
    info->vtableLength = kVtableLength;
    if (type != nullptr) type->runtimeWord = reinterpret_cast<uint64_t>(info);
    return info;
  }

  ClassInfo* defineArray(const std::string& name, heap::FieldKind element, const ClassInfo* elementClass,
                         uint32_t letter) {
    auto defined = heap().defineArrayClassType(element, 8 * kVtableLength);
    EXPECT_TRUE(defined.isOk());
    ClassInfo* info = newInfo(name, 1);
    info->type = defined.value();
    info->super = object_;
    info->depth = 1;
    info->flags = kClassArray | kClassFinal;
    info->display[0] = object_;
    info->display[1] = info;
    auto* itable = const_cast<ItableEntry*>(info->interfaces);
    itable[0] = ItableEntry{cloneable_, nullptr};
    info->element = elementClass;
    info->elementKind = letter;
    info->vtableLength = kVtableLength;
    defined.value()->runtimeWord = reinterpret_cast<uint64_t>(info);
    return info;
  }

  // An exception class with Throwable's constructors (message, none) written in C++.
  ClassInfo* defineException(const std::string& name, const ClassInfo* super) {
    return defineClass({name, super, {}, 0, {}, throwableConstructors()});
  }

  static std::vector<MethodEntry> throwableConstructors() {
    return {{"<init>(Ljava/lang/String;)V", reinterpret_cast<void*>(&messageConstructor), kMethodConstructor, UINT32_MAX},
            {"<init>()V", reinterpret_cast<void*>(&plainConstructor), kMethodConstructor, UINT32_MAX},
            {"<init>(Ljava/lang/Throwable;)V", reinterpret_cast<void*>(&causeConstructor), kMethodConstructor,
             UINT32_MAX}};
  }

  // The pending exception, taken (the protocol's consumer side), or null.
  heap::ObjectHeader* takeException() {
    heap::ObjectHeader* exception = heap::stationLocal()->pendingException;
    heap::stationLocal()->pendingException = nullptr;
    return exception;
  }
  std::string classNameOf(const heap::ObjectHeader* object) { return classOf(object)->name; }
  std::string messageOf(heap::ObjectHeader* exception) {
    heap::ObjectHeader* message = referenceField(exception, kMessageField)->target;
    return message == nullptr ? "<none>" : stringUtf8(message);
  }
  // "java.lang.ArithmeticException: / by zero" for the pending exception, which is taken.
  std::string pendingDescription() {
    heap::ObjectHeader* exception = takeException();
    if (exception == nullptr) return "<nothing pending>";
    return classNameOf(exception) + ": " + messageOf(exception);
  }

  heap::ObjectHeader* newInstance(const ClassInfo* cls) { return heap().allocateInstance(cls->type); }
  heap::ObjectHeader* newArray(const ClassInfo* cls, uint64_t length) { return heap().allocateArray(cls->type, length); }
  int32_t* intElements(heap::ObjectHeader* array) { return reinterpret_cast<int32_t*>(arrayElements(array)); }

  static constexpr uint32_t kVtableLength = 4;

  std::optional<heap::Heap> heap_;
  ClassInfo* object_ = nullptr;
  ClassInfo* cloneable_ = nullptr;
  ClassInfo* string_ = nullptr;
  ClassInfo* charArray_ = nullptr;
  ClassInfo* intArray_ = nullptr;
  ClassInfo* longArray_ = nullptr;
  ClassInfo* objectArray_ = nullptr;
  ClassInfo* stringArray_ = nullptr;
  ClassInfo* throwable_ = nullptr;
  ClassInfo* error_ = nullptr;
  ClassInfo* runtimeException_ = nullptr;
  std::vector<void*> itableMethods_ = std::vector<void*>(8, nullptr);
  std::deque<std::vector<MethodEntry>> methods_;
  std::deque<std::string> names_;

 private:
  ClassInfo* newInfo(const std::string& name, size_t interfaceCount) {
    size_t bytes = sizeof(ClassInfo) + interfaceCount * sizeof(ItableEntry);
    heap::ObjectHeader* header = heap().allocateBytes(bytes, heap::AllocatorKind::kReadOnly);
    EXPECT_NE(header, nullptr);
    heap::Heap::pin(header);
    auto* info = reinterpret_cast<ClassInfo*>(header + 1);
    info->interfaces = reinterpret_cast<ItableEntry*>(info + 1);
    info->interfaceCount = static_cast<uint32_t>(interfaceCount);
    info->name = names_.emplace_back(name).c_str();
    EXPECT_TRUE(heap::NameService::classes(heap()).bind(name.data(), name.size(), header).isOk());
    return info;
  }

  void defineThrowables() {
    using heap::FieldKind;
    throwable_ = defineClass({"java.lang.Throwable", object_, {FieldKind::kReference, FieldKind::kReference,
                                                                FieldKind::kReference}, 0, {}, throwableConstructors()});
    ClassInfo* exception = defineException("java.lang.Exception", throwable_);
    runtimeException_ = defineException("java.lang.RuntimeException", exception);
    error_ = defineException("java.lang.Error", throwable_);
    ClassInfo* linkage = defineException("java.lang.LinkageError", error_);
    defineException("java.lang.ExceptionInInitializerError", linkage);
    defineException("java.lang.NoClassDefFoundError", linkage);
    ClassInfo* incompatible = defineException("java.lang.IncompatibleClassChangeError", linkage);
    defineException("java.lang.AbstractMethodError", incompatible);
    ClassInfo* vmError = defineException("java.lang.VirtualMachineError", error_);
    defineException("java.lang.OutOfMemoryError", vmError);
    for (const char* name : {"java.lang.ArithmeticException", "java.lang.ArrayStoreException",
                             "java.lang.ClassCastException", "java.lang.NegativeArraySizeException",
                             "java.lang.NullPointerException", "java.lang.NumberFormatException",
                             "java.lang.UnsupportedOperationException", "java.lang.IllegalStateException"}) {
      defineException(name, runtimeException_);
    }
    ClassInfo* index = defineException("java.lang.IndexOutOfBoundsException", runtimeException_);
    defineException("java.lang.ArrayIndexOutOfBoundsException", index);
    defineException("java.lang.CloneNotSupportedException", exception);
  }
};

}  // namespace plurix::runtime::testing

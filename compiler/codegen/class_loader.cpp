#include "compiler/codegen/class_loader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "compiler/codegen/java_names.h"
#include "heap/backchain.h"
#include "heap/name_service.h"
#include "runtime/launch/runtime.h"

namespace plurix::compiler::codegen {

namespace {

heap::FieldKind fieldKind(const sema::Type* type) {
  switch (type->kind()) {
    case sema::TypeKind::Boolean:
    case sema::TypeKind::Byte: return heap::FieldKind::kInt8;
    case sema::TypeKind::Short:
    case sema::TypeKind::Char: return heap::FieldKind::kInt16;
    case sema::TypeKind::Int: return heap::FieldKind::kInt32;
    case sema::TypeKind::Long: return heap::FieldKind::kInt64;
    case sema::TypeKind::Float: return heap::FieldKind::kFloat32;
    case sema::TypeKind::Double: return heap::FieldKind::kFloat64;
    default: return heap::FieldKind::kReference;
  }
}

heap::FieldKind letterKind(char letter) {
  switch (letter) {
    case 'Z':
    case 'B': return heap::FieldKind::kInt8;
    case 'S':
    case 'C': return heap::FieldKind::kInt16;
    case 'I': return heap::FieldKind::kInt32;
    case 'J': return heap::FieldKind::kInt64;
    case 'F': return heap::FieldKind::kFloat32;
    case 'D': return heap::FieldKind::kFloat64;
    default: return heap::FieldKind::kReference;
  }
}

bool hasStaticInitialisation(const sema::ClassSymbol* cls) {
  if (cls->decl == nullptr) return false;
  for (const auto& member : cls->decl->members) {
    if (member->is<ast::InitializerDecl>() && member->as<ast::InitializerDecl>()->isStatic) return true;
    if (member->is<ast::FieldDecl>()) {
      const auto* field = member->as<ast::FieldDecl>();
      // An interface's fields are static without saying so: ask the symbol.
      bool isStatic = field->symbol != nullptr ? field->symbol->isStatic() : (field->modifiers & ast::kStatic) != 0;
      if (isStatic && field->initializer != nullptr &&
          !(field->symbol != nullptr && field->symbol->isFinal() && field->symbol->constantValue.has_value())) {
        return true;
      }
    }
  }
  return false;
}

// Bump allocation inside one freshly allocated RO object.
struct Writer {
  char* next;
  template <typename T>
  T* take(size_t count = 1) {
    T* at = reinterpret_cast<T*>(next);
    next += (sizeof(T) * count + 7) / 8 * 8;
    return at;
  }
  const char* text(const std::string& value) {
    char* at = next;
    std::memcpy(at, value.c_str(), value.size() + 1);
    next += (value.size() + 1 + 7) / 8 * 8;
    return at;
  }
};

uint32_t flagIf(bool condition, uint32_t flag) { return condition ? flag : 0; }

size_t textBytes(const std::string& value) { return (value.size() + 1 + 7) / 8 * 8; }

bool heapFull(const char* what, const std::string& name, std::string* error) {
  *error = std::string("the heap is full: cannot allocate ") + what + " of " + name;
  return false;
}

}  // namespace

std::string ClassLoader::clinitSymbol(const sema::ClassSymbol* cls) { return binaryName(cls) + ".<clinit>()V"; }

const sema::ClassSymbol* ClassLoader::findByBinaryName(const std::string& name) const {
  auto found = byName_.find(name);
  return found == byName_.end() ? nullptr : found->second;
}

bool ClassLoader::load(const std::vector<const sema::ClassSymbol*>& classes, std::string* error) {
  for (const sema::ClassSymbol* cls : classes) {
    if (layouts_.count(cls) != 0) continue;
    if (!loadOne(cls, error)) return false;
  }
  if (!pendingStrings_.empty() && arrayClass("[C", error) == nullptr) return false;
  for (const PendingString& pending : pendingStrings_) {
    heap::ObjectHeader* text = runtime::internString(pending.text);
    if (text == nullptr) return heapFull("the string constant", "a class", error);
    heap::storeReference(heap::slotAt(pending.statics, pending.offset), text);
  }
  pendingStrings_.clear();
  return true;
}

void ClassLoader::collectInterfaces(const sema::ClassSymbol* cls, std::vector<const sema::ClassSymbol*>& out) {
  for (const sema::ClassSymbol* direct : cls->interfaces) {
    bool seen = false;
    for (const sema::ClassSymbol* known : out) seen = seen || known == direct;
    if (!seen) out.push_back(direct);
    collectInterfaces(direct, out);
  }
}

void ClassLoader::layoutVtable(ClassLayout& layout) {
  const sema::ClassSymbol* cls = layout.symbol;
  if (cls->isInterface) {
    for (const sema::MethodSymbol* method : cls->methods) {
      if (!method->isStatic()) layout.interfaceMethods.push_back(method);
    }
    return;
  }
  if (cls->superclass != nullptr) layout.vtable = layouts_.at(cls->superclass)->vtable;
  for (const sema::MethodSymbol* method : cls->methods) {
    if (method->isStatic() || method->isConstructor || (method->modifiers & ast::kPrivate) != 0) continue;
    uint32_t index = static_cast<uint32_t>(layout.vtable.size());
    for (uint32_t i = 0; i < layout.vtable.size(); ++i) {
      if (sameSignature(layout.vtable[i], method)) index = i;
    }
    if (index == layout.vtable.size()) layout.vtable.push_back(method);
    layout.vtable[index] = method;
    layout.vtableIndex[method] = index;
  }
  for (const sema::ClassSymbol* iface : layout.allInterfaces) {
    std::vector<const sema::MethodSymbol*> table;
    for (const sema::MethodSymbol* wanted : layouts_.at(iface)->interfaceMethods) {
      const sema::MethodSymbol* implementation = nullptr;
      for (const sema::MethodSymbol* candidate : layout.vtable) {
        if (sameSignature(candidate, wanted)) implementation = candidate;
      }
      table.push_back(implementation);
    }
    layout.itables.push_back(std::move(table));
  }
}

// A STRUCT describes raw memory, not an object: its fields start at the address itself (no
// header), in declaration order at natural alignment, after those of a STRUCT superclass
// (LANGUAGE.md §10).
void ClassLoader::layoutStruct(ClassLayout& layout, const ClassLayout* super,
                               const std::vector<const sema::FieldSymbol*>& fields) {
  uint32_t offset = super != nullptr ? super->structBytes : 0;
  for (const sema::FieldSymbol* field : fields) {
    uint32_t size = 8;
    switch (field->type->kind()) {
      case sema::TypeKind::Boolean:
      case sema::TypeKind::Byte: size = 1; break;
      case sema::TypeKind::Char:
      case sema::TypeKind::Short: size = 2; break;
      case sema::TypeKind::Int:
      case sema::TypeKind::Float: size = 4; break;
      default: break;
    }
    offset = (offset + size - 1) / size * size;
    layout.fieldOffsets[field] = offset;
    offset += size;
  }
  layout.structBytes = offset;
}

bool ClassLoader::loadOne(const sema::ClassSymbol* cls, std::string* error) {
  auto owned = std::make_unique<ClassLayout>();
  ClassLayout& layout = *owned;
  layout.symbol = cls;
  const ClassLayout* super = cls->superclass != nullptr ? layouts_.at(cls->superclass).get() : nullptr;
  layout.depth = super != nullptr ? super->depth + 1 : 0;
  layout.hasClinit = hasStaticInitialisation(cls);
  layout.needsInit = layout.hasClinit || (super != nullptr && super->needsInit);
  if (super != nullptr) layout.allInterfaces = super->allInterfaces;
  collectInterfaces(cls, layout.allInterfaces);
  layoutVtable(layout);
  if (adoptExisting_ && replaced_.count(binaryName(cls)) == 0) {
    const runtime::ClassInfo* existing = runtime::findClass(binaryName(cls));
    if (existing != nullptr) {
      layout.adopted = true;
      if (!adoptOne(layout, const_cast<runtime::ClassInfo*>(existing), error)) return false;
      byName_[binaryName(cls)] = cls;
      layouts_[cls] = std::move(owned);
      return true;
    }
  }

  if (!cls->isInterface) {
    std::vector<heap::FieldKind> kinds;
    std::vector<const sema::FieldSymbol*> fields;
    for (const sema::FieldSymbol* field : cls->fields) {
      if (field->isStatic()) continue;
      kinds.push_back(fieldKind(field->type));
      fields.push_back(field);
    }
    auto type = heap_.defineClassType(super != nullptr ? super->type : nullptr, kinds.data(), kinds.size(),
                                      layout.vtable.size() * sizeof(void*));
    if (!type.isOk()) return heapFull("the type descriptor", binaryName(cls), error);
    layout.type = type.value();
    size_t base = super != nullptr ? super->type->fieldCount : 0;
    for (size_t i = 0; i < fields.size(); ++i) layout.fieldOffsets[fields[i]] = layout.type->fields()[base + i].offset;
    if (cls->isStruct) layoutStruct(layout, super, fields);
  }
  if (!buildStatics(layout, error)) return false;
  byName_[binaryName(cls)] = cls;
  layouts_[cls] = std::move(owned);
  return buildInfo(layout, error);
}

bool ClassLoader::adoptOne(ClassLayout& layout, runtime::ClassInfo* info, std::string* error) {
  const sema::ClassSymbol* cls = layout.symbol;
  auto differs = [&](const std::string& what) {
    *error = "class " + binaryName(cls) + " in the heap differs from its source (" + what +
             "): the heap was built from other sources or by another plurix";
    return false;
  };
  if (((info->flags & runtime::kClassInterface) != 0) != cls->isInterface) return differs("class or interface");
  if (info->vtableLength != layout.vtable.size()) return differs("virtual methods");
  if (info->interfaceCount != layout.allInterfaces.size()) return differs("interfaces");
  if (info->methodCount != cls->methods.size()) return differs("methods");
  for (size_t i = 0; i < cls->methods.size(); ++i) {
    if (methodKey(cls->methods[i]) != info->methods[i].key) return differs("method " + methodKey(cls->methods[i]));
  }
  const ClassLayout* super = cls->superclass != nullptr ? layouts_.at(cls->superclass).get() : nullptr;
  if ((super != nullptr ? super->info : nullptr) != info->super) return differs("superclass");
  layout.info = info;
  layout.type = const_cast<heap::TypeDescriptor*>(info->type);
  layout.statics = info->statics;
  layout.initStateOffset = info->initStateOffset;
  std::vector<const sema::FieldSymbol*> instanceFields;
  std::vector<const sema::FieldSymbol*> staticFields;
  for (const sema::FieldSymbol* field : cls->fields) (field->isStatic() ? staticFields : instanceFields).push_back(field);
  if (!cls->isInterface) {
    size_t base = super != nullptr ? super->type->fieldCount : 0;
    if (layout.type == nullptr || layout.type->fieldCount != base + instanceFields.size()) return differs("fields");
    for (size_t i = 0; i < instanceFields.size(); ++i) {
      layout.fieldOffsets[instanceFields[i]] = layout.type->fields()[base + i].offset;
    }
    if (cls->isStruct) layoutStruct(layout, super, instanceFields);
  }
  if (layout.statics == nullptr) return differs("statics");
  const auto* staticsType =
      reinterpret_cast<const heap::TypeDescriptor*>(heap_.base() + uint64_t{layout.statics->typeOffset} * heap::kGranule);
  if (staticsType->fieldCount != staticFields.size() + 1) return differs("static fields");
  for (size_t i = 0; i < staticFields.size(); ++i) layout.fieldOffsets[staticFields[i]] = staticsType->fields()[i + 1].offset;
  return true;
}

void ClassLoader::adoptedSymbols(std::unordered_map<std::string, uintptr_t>* out) const {
  for (const auto& [cls, layout] : layouts_) {
    if (!layout->adopted) continue;
    for (size_t i = 0; i < cls->methods.size(); ++i) {
      void* code = layout->info->methods[i].code;
      if (code != nullptr) (*out)[methodSymbol(cls->methods[i])] = reinterpret_cast<uintptr_t>(code);
    }
    if (layout->hasClinit && layout->info->clinit != nullptr) {
      (*out)[clinitSymbol(cls)] = reinterpret_cast<uintptr_t>(layout->info->clinit);
    }
  }
}

bool ClassLoader::buildStatics(ClassLayout& layout, std::string* error) {
  std::vector<heap::FieldKind> kinds{heap::FieldKind::kInt32};
  std::vector<const sema::FieldSymbol*> fields;
  for (const sema::FieldSymbol* field : layout.symbol->fields) {
    if (!field->isStatic()) continue;
    kinds.push_back(fieldKind(field->type));
    fields.push_back(field);
  }
  auto type = heap_.defineClassType(nullptr, kinds.data(), kinds.size(), 0);
  if (!type.isOk()) return heapFull("the statics descriptor", binaryName(layout.symbol), error);
  layout.statics = heap_.allocateInstance(type.value());
  if (layout.statics == nullptr) return heapFull("the statics", binaryName(layout.symbol), error);
  heap::Heap::pin(layout.statics);
  layout.initStateOffset = type.value()->fields()[0].offset;
  char* bytes = layout.statics->bytes();
  *reinterpret_cast<int32_t*>(bytes + layout.initStateOffset) =
      layout.needsInit ? runtime::kInitNotStarted : runtime::kInitDone;
  for (size_t i = 0; i < fields.size(); ++i) {
    uint32_t offset = type.value()->fields()[i + 1].offset;
    layout.fieldOffsets[fields[i]] = offset;
    const sema::FieldSymbol* field = fields[i];
    if (!field->isFinal() || !field->constantValue.has_value()) continue;
    const ast::ConstantValue& value = *field->constantValue;
    char* at = bytes + offset;
    switch (field->type->kind()) {
      case sema::TypeKind::Boolean: *reinterpret_cast<int8_t*>(at) = std::get<bool>(value) ? 1 : 0; break;
      case sema::TypeKind::Byte: *reinterpret_cast<int8_t*>(at) = static_cast<int8_t>(std::get<int32_t>(value)); break;
      case sema::TypeKind::Short:
      case sema::TypeKind::Char: *reinterpret_cast<int16_t*>(at) = static_cast<int16_t>(std::get<int32_t>(value)); break;
      case sema::TypeKind::Int: *reinterpret_cast<int32_t*>(at) = std::get<int32_t>(value); break;
      case sema::TypeKind::Long: *reinterpret_cast<int64_t*>(at) = std::get<int64_t>(value); break;
      case sema::TypeKind::Float: {
        float number = std::get<float>(value);
        *reinterpret_cast<float*>(at) = std::isnan(number) ? std::numeric_limits<float>::quiet_NaN() : number;
        break;
      }
      case sema::TypeKind::Double: {
        double number = std::get<double>(value);
        *reinterpret_cast<double*>(at) = std::isnan(number) ? std::numeric_limits<double>::quiet_NaN() : number;
        break;
      }
      default:
        // Strings need java.lang.String and char[] loaded: written at the end of load().
        if (const auto* text = std::get_if<std::u16string>(&value)) pendingStrings_.push_back({layout.statics, offset, *text});
        break;
    }
  }
  return true;
}

bool ClassLoader::buildInfo(ClassLayout& layout, std::string* error) {
  const sema::ClassSymbol* cls = layout.symbol;
  std::string name = binaryName(cls);
  std::string source = cls->unit != nullptr ? sourceFileName(cls->unit) : std::string();
  size_t bytes = sizeof(runtime::ClassInfo) + textBytes(name) + textBytes(source);
  bytes += layout.allInterfaces.size() * sizeof(runtime::ItableEntry);
  for (const auto& table : layout.itables) bytes += table.size() * sizeof(void*);
  bytes += cls->methods.size() * sizeof(runtime::MethodEntry);
  for (const sema::MethodSymbol* method : cls->methods) bytes += textBytes(methodKey(method));
  heap::ObjectHeader* object = heap_.allocateBytes(bytes, heap::AllocatorKind::kReadOnly);
  if (object == nullptr) return heapFull("the class descriptor", name, error);
  heap::Heap::pin(object);
  Writer writer{reinterpret_cast<char*>(object + 1)};
  auto* info = writer.take<runtime::ClassInfo>();
  layout.info = info;
  info->type = layout.type;
  info->super = cls->superclass != nullptr ? layouts_.at(cls->superclass)->info : nullptr;
  info->depth = layout.depth;
  info->flags = flagIf(cls->isInterface, runtime::kClassInterface) | flagIf(cls->isAbstract(), runtime::kClassAbstract) |
                flagIf(cls->isFinal(), runtime::kClassFinal) |
                flagIf(cls->unit != nullptr && cls->unit->isLibrary, runtime::kClassSystem);
  if (!cls->isInterface) {
    const runtime::ClassInfo* ancestor = info;
    for (uint32_t depth = layout.depth + 1; depth-- > 0; ancestor = ancestor->super) {
      if (depth < runtime::kDisplaySize) info->display[depth] = ancestor;
    }
  }
  auto* itable = writer.take<runtime::ItableEntry>(layout.allInterfaces.size());
  for (size_t i = 0; i < layout.allInterfaces.size(); ++i) {
    itable[i].interface = layouts_.at(layout.allInterfaces[i])->info;
    itable[i].methods = cls->isInterface ? nullptr : writer.take<void*>(layout.itables[i].size());
  }
  info->interfaces = itable;
  info->interfaceCount = static_cast<uint32_t>(layout.allInterfaces.size());
  info->vtableLength = static_cast<uint32_t>(layout.vtable.size());
  info->interfaceMethodCount = static_cast<uint32_t>(layout.interfaceMethods.size());
  auto* methods = writer.take<runtime::MethodEntry>(cls->methods.size());
  for (size_t i = 0; i < cls->methods.size(); ++i) {
    const sema::MethodSymbol* method = cls->methods[i];
    methods[i].key = writer.text(methodKey(method));
    methods[i].code = nullptr;
    methods[i].flags = flagIf(method->isStatic(), runtime::kMethodStatic) |
                       flagIf(method->isAbstract(), runtime::kMethodAbstract) |
                       flagIf((method->modifiers & ast::kNative) != 0, runtime::kMethodNative) |
                       flagIf(method->isConstructor, runtime::kMethodConstructor);
    auto index = layout.vtableIndex.find(method);
    methods[i].vtableIndex = index == layout.vtableIndex.end() ? UINT32_MAX : index->second;
  }
  info->methods = methods;
  info->methodCount = static_cast<uint32_t>(cls->methods.size());
  info->name = writer.text(name);
  info->sourceFile = source.empty() ? nullptr : writer.text(source);
  info->statics = layout.statics;
  info->initStateOffset = layout.initStateOffset;
  if (layout.type != nullptr) layout.type->runtimeWord = reinterpret_cast<uint64_t>(info);
  auto bound = heap::NameService::classes(heap_).bind(name.data(), name.size(), object);
  if (!bound.isOk()) return heapFull("the name of", name, error);
  return createClassObject(info, error);
}

bool ClassLoader::createClassObject(runtime::ClassInfo* info, std::string* error) {
  const sema::ClassSymbol* classClass = findByBinaryName("java.lang.Class");
  if (classClass == nullptr || layouts_.count(classClass) == 0) {
    pendingClassObjects_.push_back(info);
    return true;
  }
  std::vector<runtime::ClassInfo*> todo;
  todo.swap(pendingClassObjects_);
  todo.push_back(info);
  const heap::TypeDescriptor* type = layouts_.at(classClass)->type;
  for (runtime::ClassInfo* each : todo) {
    heap::ObjectHeader* object = heap_.allocateInstance(type);
    if (object == nullptr) return heapFull("the Class object", each->name, error);
    heap::Heap::pin(object);
    if (type->fieldCount > 0) *reinterpret_cast<uint64_t*>(object->bytes() + type->fields()[0].offset) = reinterpret_cast<uint64_t>(each);
    each->classObject = object;
  }
  return true;
}

bool ClassLoader::isOverridden(const sema::MethodSymbol* method) const {
  if (method->isAbstract() || method->owner->isInterface) return true;
  auto cached = overridden_.find(method);
  if (cached != overridden_.end()) return cached->second;
  uint32_t index = layouts_.at(method->owner)->vtableIndex.at(method);
  bool found = false;
  for (const auto& [cls, layout] : layouts_) {
    if (cls == method->owner || cls->isInterface || !cls->isSubtypeOf(method->owner)) continue;
    if (index < layout->vtable.size() && layout->vtable[index] != method) found = true;
  }
  overridden_[method] = found;
  return found;
}

std::vector<ClassLoader::Target> ClassLoader::concreteTargets(const sema::MethodSymbol* method, size_t max) const {
  uint32_t index = layouts_.at(method->owner)->vtableIndex.at(method);
  std::vector<Target> targets;
  for (const auto& [cls, layout] : layouts_) {
    if (cls->isAbstract() || !cls->isSubtypeOf(method->owner) || index >= layout->vtable.size()) continue;
    if (targets.size() == max) return {};
    targets.push_back(Target{cls, layout->vtable[index]});
  }
  std::sort(targets.begin(), targets.end(),
            [](const Target& a, const Target& b) { return binaryName(a.cls) < binaryName(b.cls); });
  return targets;
}

runtime::ClassInfo* ClassLoader::arrayClass(const std::string& name, std::string* error) {
  auto known = arrays_.find(name);
  if (known != arrays_.end()) return known->second;
  if (adoptExisting_) {
    if (const runtime::ClassInfo* existing = runtime::findClass(name)) {
      adoptedArrays_[name] = true;
      return arrays_[name] = const_cast<runtime::ClassInfo*>(existing);
    }
  }
  const sema::ClassSymbol* objectClass = findByBinaryName("java.lang.Object");
  if (name.size() < 2 || name[0] != '[' || objectClass == nullptr) {
    *error = "cannot make array class " + name;
    return nullptr;
  }
  std::string elementName = name.substr(1);
  const runtime::ClassInfo* element = nullptr;
  char letter = elementName[0];
  if (letter == '[') {
    element = arrayClass(elementName, error);
    if (element == nullptr) return nullptr;
  } else if (letter == 'L') {
    const sema::ClassSymbol* cls = findByBinaryName(elementName.substr(1, elementName.size() - 2));
    if (cls == nullptr) {
      *error = "array class " + name + " names an unknown class";
      return nullptr;
    }
    element = layouts_.at(cls)->info;
  }
  const ClassLayout& object = *layouts_.at(objectClass);
  auto type = heap_.defineArrayClassType(letterKind(letter), object.vtable.size() * sizeof(void*));
  const sema::ClassSymbol* cloneable = findByBinaryName("java.lang.Cloneable");
  size_t bytes = sizeof(runtime::ClassInfo) + sizeof(runtime::ItableEntry) + textBytes(name);
  heap::ObjectHeader* header = type.isOk() ? heap_.allocateBytes(bytes, heap::AllocatorKind::kReadOnly) : nullptr;
  if (header == nullptr) {
    heapFull("the array class", name, error);
    return nullptr;
  }
  heap::Heap::pin(header);
  Writer writer{reinterpret_cast<char*>(header + 1)};
  auto* info = writer.take<runtime::ClassInfo>();
  auto* itable = writer.take<runtime::ItableEntry>();
  info->type = type.value();
  info->super = object.info;
  info->depth = 1;
  info->flags = runtime::kClassArray | runtime::kClassFinal;
  info->display[0] = object.info;
  info->display[1] = info;
  if (cloneable != nullptr && layouts_.count(cloneable) != 0) {
    itable->interface = layouts_.at(cloneable)->info;
    itable->methods = nullptr;
    info->interfaces = itable;
    info->interfaceCount = 1;
  }
  info->vtableLength = static_cast<uint32_t>(object.vtable.size());
  info->element = element;
  info->elementKind = letter == '[' || letter == 'L' ? 0 : static_cast<uint32_t>(letter);
  info->name = writer.text(name);
  type.value()->runtimeWord = reinterpret_cast<uint64_t>(info);
  arrays_[name] = info;
  auto bound = heap::NameService::classes(heap_).bind(name.data(), name.size(), header);
  if (!bound.isOk() || !createClassObject(info, error)) {
    if (error->empty()) heapFull("the name of", name, error);
    return nullptr;
  }
  return info;
}

bool ClassLoader::finish(const std::unordered_map<std::string, uintptr_t>& symbols, uintptr_t abstractStub,
                         std::string* error) {
  auto address = [&](const sema::MethodSymbol* method, uintptr_t* out) {
    if (method == nullptr || method->isAbstract()) {
      *out = abstractStub;
      return true;
    }
    auto found = symbols.find(methodSymbol(method));
    if (found == symbols.end()) {
      *error = "the link did not define " + methodSymbol(method);
      return false;
    }
    *out = found->second;
    return true;
  };
  for (auto& [cls, layout] : layouts_) {
    if (layout->adopted) continue;
    runtime::ClassInfo* info = layout->info;
    uintptr_t code = 0;
    for (uint32_t i = 0; i < layout->vtable.size(); ++i) {
      if (!address(layout->vtable[i], &code)) return false;
      *runtime::vtableSlot(layout->type, i) = reinterpret_cast<void*>(code);
    }
    for (size_t i = 0; i < layout->itables.size(); ++i) {
      auto** methods = const_cast<void**>(info->interfaces[i].methods);
      for (size_t m = 0; m < layout->itables[i].size(); ++m) {
        if (!address(layout->itables[i][m], &code)) return false;
        methods[m] = reinterpret_cast<void*>(code);
      }
    }
    auto* entries = const_cast<runtime::MethodEntry*>(info->methods);
    for (size_t i = 0; i < cls->methods.size(); ++i) {
      if (cls->methods[i]->isAbstract()) continue;
      if (!address(cls->methods[i], &code)) return false;
      entries[i].code = reinterpret_cast<void*>(code);
    }
    if (layout->hasClinit) {
      auto found = symbols.find(clinitSymbol(cls));
      if (found == symbols.end()) {
        *error = "the link did not define " + clinitSymbol(cls);
        return false;
      }
      info->clinit = reinterpret_cast<void (*)()>(found->second);
    }
  }
  const sema::ClassSymbol* objectClass = findByBinaryName("java.lang.Object");
  if (objectClass != nullptr) {
    const ClassLayout& object = *layouts_.at(objectClass);
    for (auto& [name, info] : arrays_) {
      if (adoptedArrays_.count(name) != 0) continue;
      for (uint32_t i = 0; i < object.vtable.size(); ++i) {
        *runtime::vtableSlot(info->type, i) = *runtime::vtableSlot(object.type, i);
      }
    }
  }
  return true;
}

}  // namespace plurix::compiler::codegen

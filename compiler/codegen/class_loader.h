// The class loader: turns the program's classes (sema's symbols) into the object model in the
// heap before any code is generated — type descriptors with their vtable space, statics
// objects, ClassInfo descriptors with itables and method entries, array classes, Class objects
// — and, once the JIT has linked the code, fills in the code addresses. The code generator
// reads the layouts (field offsets, vtable indices, ClassInfo addresses) to emit loads,
// stores and calls with heap addresses as constants (they never move: all pinned).
// Invariant: a class is laid out after its superclass and superinterfaces, so inherited
// fields and vtable entries keep their positions.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/sema/symbols.h"
#include "heap/heap.h"
#include "runtime/object/class_info.h"

namespace plurix::compiler::codegen {

struct ClassLayout {
  const sema::ClassSymbol* symbol = nullptr;
  runtime::ClassInfo* info = nullptr;
  heap::TypeDescriptor* type = nullptr;         // null for interfaces
  heap::ObjectHeader* statics = nullptr;        // pinned RW object
  uint32_t initStateOffset = 0;
  uint32_t depth = 0;
  bool hasClinit = false;   // static initialisers or non-constant static field initialisers
  bool needsInit = false;   // this class or a superclass has a clinit
  std::unordered_map<const sema::FieldSymbol*, uint32_t> fieldOffsets;  // instance and static
  uint32_t structBytes = 0;  // STRUCT classes: the bytes of raw memory their fields cover
  std::vector<const sema::MethodSymbol*> vtable;                         // by index
  std::unordered_map<const sema::MethodSymbol*, uint32_t> vtableIndex;   // methods declared here
  std::vector<const sema::MethodSymbol*> interfaceMethods;  // interfaces: the itable order
  std::vector<const sema::ClassSymbol*> allInterfaces;      // transitively, without repeats
  std::vector<std::vector<const sema::MethodSymbol*>> itables;  // per allInterfaces entry
  bool adopted = false;  // found in the heap already (setAdoptExisting): read, never written
};

class ClassLoader {
 public:
  explicit ClassLoader(heap::Heap& heap) : heap_(heap) {}

  // A live heap (`plurix submit`, the shell): a class whose binary name the heap's class name
  // service already holds is adopted instead of loaded — its layout is computed from the source
  // as loading would, checked against the descriptors in the heap, and pointed at them — so new
  // code links against the classes every station already runs. Adopted classes and array
  // classes are never written (a write would enter the compiling transaction's write set).
  void setAdoptExisting(bool adopt) { adoptExisting_ = adopt; }
  // Classes with these binary names are loaded anew even though the heap holds them: the name
  // service then names the new class (the shell's re-declaration; the old class stays for the
  // instances and code that use it).
  void setReplaced(std::unordered_map<std::string, bool> names) { replaced_ = std::move(names); }

  // Requires every superclass and superinterface of classes among classes (or loaded before).
  // Guarantees each laid out and registered in the heap's class name service (or adopted), or
  // an error.
  bool load(const std::vector<const sema::ClassSymbol*>& classes, std::string* error);

  const ClassLayout& layout(const sema::ClassSymbol* cls) const { return *layouts_.at(cls); }
  bool isLoaded(const sema::ClassSymbol* cls) const { return layouts_.count(cls) != 0; }
  const sema::ClassSymbol* findByBinaryName(const std::string& name) const;

  // The array class with this binary name ("[I", "[[Ljava.lang.String;"), created on first
  // use with its element classes; null (and *error) if an element class is unknown.
  runtime::ClassInfo* arrayClass(const std::string& binaryName, std::string* error);

  // After linking: vtables, itables, method code, clinit pointers; abstractStub fills slots of
  // methods without code. Guarantees every class ready to run, or an error naming a symbol
  // the link did not define.
  bool finish(const std::unordered_map<std::string, uintptr_t>& symbols, uintptr_t abstractStub, std::string* error);

  // True if some loaded class overrides method (a virtual method of a class): a call through
  // the vtable can then reach other code. With every class of a program loaded (a closed
  // world), a method nobody overrides is called directly and can be inlined.
  bool isOverridden(const sema::MethodSymbol* method) const;

  // A class a virtual call can find at run time, and the method its vtable holds for the call.
  struct Target {
    const sema::ClassSymbol* cls;
    const sema::MethodSymbol* method;
  };
  // The loaded classes that can be instantiated (neither abstract nor interfaces) and are
  // method's owner or its subclasses, each with the code a call of method on it runs, ordered
  // by binary name; empty if there are more than max. Requires method a virtual method of a
  // class. In a closed world these are all the receivers such a call can meet.
  std::vector<Target> concreteTargets(const sema::MethodSymbol* method, size_t max) const;

  // The code of every adopted class's methods and static initialiser, by LLVM symbol (what
  // a new module's calls into them resolve to).
  void adoptedSymbols(std::unordered_map<std::string, uintptr_t>* out) const;

  // The LLVM symbol of cls's static initialiser (defined iff layout(cls).hasClinit).
  static std::string clinitSymbol(const sema::ClassSymbol* cls);

 private:
  bool loadOne(const sema::ClassSymbol* cls, std::string* error);
  bool adoptOne(ClassLayout& layout, runtime::ClassInfo* info, std::string* error);
  void layoutVtable(ClassLayout& layout);
  void collectInterfaces(const sema::ClassSymbol* cls, std::vector<const sema::ClassSymbol*>& out);
  bool buildInfo(ClassLayout& layout, std::string* error);
  static void layoutStruct(ClassLayout& layout, const ClassLayout* super,
                           const std::vector<const sema::FieldSymbol*>& fields);
  bool buildStatics(ClassLayout& layout, std::string* error);
  bool createClassObject(runtime::ClassInfo* info, std::string* error);
  char* copyString(const std::string& text, std::vector<char>& pool);

  heap::Heap& heap_;
  std::unordered_map<const sema::ClassSymbol*, std::unique_ptr<ClassLayout>> layouts_;
  std::map<std::string, const sema::ClassSymbol*> byName_;
  std::map<std::string, runtime::ClassInfo*> arrays_;
  std::unordered_map<std::string, bool> adoptedArrays_;
  bool adoptExisting_ = false;
  std::unordered_map<std::string, bool> replaced_;
  std::vector<runtime::ClassInfo*> pendingClassObjects_;
  struct PendingString {
    heap::ObjectHeader* statics;
    uint32_t offset;
    std::u16string text;
  };
  std::vector<PendingString> pendingStrings_;
  mutable std::unordered_map<const sema::MethodSymbol*, bool> overridden_;  // string constants of statics, set once String is loaded  // made before java.lang.Class was loaded
};

}  // namespace plurix::compiler::codegen

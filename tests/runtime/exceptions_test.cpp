// The throwing entries: HotSpot's messages, the pending-exception protocol, and class
// initialisation's exceptions (JLS 12.4.2).
#include "heap/heap.h"
#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

using ExceptionsTest = RuntimeTest;

TEST_F(ExceptionsTest, EntriesThrowWithHotSpotsMessages) {
  throwArrayIndexEntry(5, 3);
  EXPECT_EQ(pendingDescription(), "java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3");
  throwArrayIndexEntry(-1, 0);
  EXPECT_EQ(pendingDescription(), "java.lang.ArrayIndexOutOfBoundsException: Index -1 out of bounds for length 0");
  throwDivideByZeroEntry();
  EXPECT_EQ(pendingDescription(), "java.lang.ArithmeticException: / by zero");
  throwNullPointerEntry();
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
  string_->flags |= kClassSystem;
  throwClassCastEntry(newString(u"s"), intArray_);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ClassCastException: class java.lang.String cannot be cast to class [I (java.lang.String and [I "
            "are in module java.base of loader 'bootstrap')");
  ClassInfo* mine = defineClass({"Main$A", object_});
  ClassInfo* mineArray = defineArray("[LMain$A;", heap::FieldKind::kReference, mine, 0);
  throwClassCastEntry(newInstance(mine), string_);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ClassCastException: class Main$A cannot be cast to class java.lang.String (Main$A is in unnamed "
            "module of loader 'app'; java.lang.String is in module java.base of loader 'bootstrap')");
  throwClassCastEntry(newArray(mineArray, 0), mine);
  EXPECT_EQ(pendingDescription(),
            "java.lang.ClassCastException: class [LMain$A; cannot be cast to class Main$A ([LMain$A; and Main$A are in "
            "unnamed module of loader 'app')");
  throwAbstractMethodEntry();
  EXPECT_EQ(pendingDescription(), "java.lang.AbstractMethodError: <none>");
}

TEST_F(ExceptionsTest, ThrowMakesTheObjectPendingAndNullThrowsNullPointer) {
  heap::ObjectHeader* exception = newInstance(runtimeException_);
  throwEntry(exception);
  EXPECT_EQ(takeException(), exception);
  throwEntry(nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
}

TEST_F(ExceptionsTest, ThrowNewRunsTheConstructorAndLeavesTheExceptionPending) {
  throwNew("java.lang.IllegalStateException", "boom \xc3\xa9");
  heap::ObjectHeader* exception = takeException();
  ASSERT_NE(exception, nullptr);
  EXPECT_EQ(classNameOf(exception), "java.lang.IllegalStateException");
  EXPECT_EQ(stringText(referenceField(exception, kMessageField)->target), u"boom \u00e9");
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
}

heap::ObjectHeader* thrownByConstructor = nullptr;
void throwingConstructor(heap::ObjectHeader*, heap::ObjectHeader*) { heap::stationLocal()->pendingException = thrownByConstructor; }

TEST_F(ExceptionsTest, AnExceptionFromTheConstructorReplacesTheOneBeingMade) {
  defineClass({"Fragile", runtimeException_, {}, 0, {},
               {{"<init>(Ljava/lang/String;)V", reinterpret_cast<void*>(&throwingConstructor), kMethodConstructor,
                 UINT32_MAX}}});
  thrownByConstructor = newInstance(error_);
  throwNew("Fragile", "never seen");
  EXPECT_EQ(takeException(), thrownByConstructor);
}

class ClassInitializationTest : public RuntimeTest {
 protected:
  // A class with a statics object holding its init state, and clinit as given.
  ClassInfo* classWithInit(const std::string& name, const ClassInfo* super, void (*clinit)()) {
    ClassInfo* cls = defineClass({name, super});
    heap::ObjectHeader* statics = heap().allocateBytes(8, heap::AllocatorKind::kReadWrite);
    heap::Heap::pin(statics);
    cls->statics = statics;
    cls->initStateOffset = sizeof(heap::ObjectHeader);
    cls->clinit = clinit;
    return cls;
  }
  static int32_t stateOf(const ClassInfo* cls) {
    return *reinterpret_cast<int32_t*>(cls->statics->bytes() + cls->initStateOffset);
  }
  static inline std::vector<std::string> order;
  static inline ClassInfo* self = nullptr;
  static inline heap::ObjectHeader* toThrow = nullptr;
};

TEST_F(ClassInitializationTest, RunsOnceSuperclassFirst) {
  order.clear();
  ClassInfo* base = classWithInit("Base", object_, [] { order.push_back("Base"); });
  ClassInfo* derived = classWithInit("Derived", base, [] { order.push_back("Derived"); });
  initializeClassEntry(derived);
  initializeClassEntry(derived);
  initializeClassEntry(base);
  EXPECT_EQ(order, (std::vector<std::string>{"Base", "Derived"}));
  EXPECT_EQ(stateOf(base), kInitDone);
  EXPECT_EQ(stateOf(derived), kInitDone);
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
}

TEST_F(ClassInitializationTest, ARecursiveRequestDuringInitialisationReturns) {
  order.clear();
  self = classWithInit("Recursive", object_, [] {
    order.push_back("enter");
    initializeClassEntry(self);
    order.push_back("leave");
  });
  initializeClassEntry(self);
  EXPECT_EQ(order, (std::vector<std::string>{"enter", "leave"}));
  EXPECT_EQ(stateOf(self), kInitDone);
}

TEST_F(ClassInitializationTest, AnExceptionIsWrappedAndTheClassStaysErroneous) {
  toThrow = newInstance(runtimeException_);
  ClassInfo* broken = classWithInit("Broken", object_, [] { heap::stationLocal()->pendingException = toThrow; });
  initializeClassEntry(broken);
  heap::ObjectHeader* wrapped = takeException();
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(classNameOf(wrapped), "java.lang.ExceptionInInitializerError");
  EXPECT_EQ(referenceField(wrapped, kCauseField)->target, toThrow);
  EXPECT_EQ(stateOf(broken), kInitFailed);
  initializeClassEntry(broken);
  EXPECT_EQ(pendingDescription(), "java.lang.NoClassDefFoundError: Could not initialize class Broken");
}

TEST_F(ClassInitializationTest, AnErrorPassesUnwrapped) {
  toThrow = newInstance(error_);
  ClassInfo* broken = classWithInit("Broken", object_, [] { heap::stationLocal()->pendingException = toThrow; });
  initializeClassEntry(broken);
  EXPECT_EQ(takeException(), toThrow);
  EXPECT_EQ(stateOf(broken), kInitFailed);
}

TEST_F(ClassInitializationTest, AFailedSuperclassFailsTheSubclassWithTheSameException) {
  order.clear();
  toThrow = newInstance(error_);
  ClassInfo* base = classWithInit("Base", object_, [] { heap::stationLocal()->pendingException = toThrow; });
  ClassInfo* derived = classWithInit("Derived", base, [] { order.push_back("Derived"); });
  initializeClassEntry(derived);
  EXPECT_EQ(takeException(), toThrow);
  EXPECT_TRUE(order.empty());
  EXPECT_EQ(stateOf(derived), kInitFailed);
}

}  // namespace
}  // namespace plurix::runtime::testing

namespace plurix::runtime::testing {
namespace {

TEST_F(ExceptionsTest, AMissingLibraryClassIsAFatalErrorNamingIt) {
  EXPECT_DEATH(throwNew("java.lang.NoSuchError", "x"), "the runtime needs class java.lang.NoSuchError, which is not loaded");
}

}  // namespace
}  // namespace plurix::runtime::testing

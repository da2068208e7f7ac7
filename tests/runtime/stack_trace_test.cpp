// Stack traces: code map lookup, the frame-pointer walk, and fillInStackTrace's capture, which
// drops the frames that created the throwable. The "compiled" frames here are C++ functions
// of this test described by a hand-made code map (the lookup reads only the maps).
#include <algorithm>
#include <cstring>

#include "runtime/natives/native_functions.h"
#include "runtime/natives/stack_walk.h"
#include "runtime/object/code_map_lookup.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

struct FunctionSpec {
  uint64_t start;
  uint32_t size;
  std::string name;
  std::string file;
  std::vector<std::pair<uint64_t, uint32_t>> lines;  // address, line
};

class StackTraceTest : public RuntimeTest {
 protected:
  // Builds one code map in the heap and makes it the newest (code_map.h's layout).
  const CodeMap* addCodeMap(std::vector<FunctionSpec> functions) {
    std::sort(functions.begin(), functions.end(), [](auto& a, auto& b) { return a.start < b.start; });
    std::string strings;
    size_t lineCount = 0;
    for (auto& f : functions) lineCount += f.lines.size();
    std::vector<CodeMapFunction> table;
    std::vector<CodeMapLine> lines;
    for (auto& f : functions) {
      CodeMapFunction entry{};
      entry.codeStart = f.start;
      entry.codeSize = f.size;
      entry.nameOffset = static_cast<uint32_t>(strings.size());
      strings += f.name + '\0';
      entry.fileOffset = static_cast<uint32_t>(strings.size());
      strings += f.file + '\0';
      entry.firstLine = static_cast<uint32_t>(lines.size());
      entry.lineCount = static_cast<uint32_t>(f.lines.size());
      for (auto& [address, line] : f.lines) lines.push_back(CodeMapLine{address, line, 0});
      table.push_back(entry);
    }
    size_t bytes = sizeof(CodeMap) + table.size() * sizeof(CodeMapFunction) + lines.size() * sizeof(CodeMapLine) +
                   strings.size();
    heap::ObjectHeader* header = heap().allocateBytes(bytes, heap::AllocatorKind::kReadOnly);
    heap::Heap::pin(header);
    auto* map = reinterpret_cast<CodeMap*>(header + 1);
    map->next = codeMapHead();
    map->codeStart = functions.front().start;
    map->codeEnd = functions.back().start + functions.back().size;
    map->functionCount = static_cast<uint32_t>(table.size());
    map->lineCount = static_cast<uint32_t>(lines.size());
    map->stringBytes = static_cast<uint32_t>(strings.size());
    memcpy(const_cast<CodeMapFunction*>(map->functions()), table.data(), table.size() * sizeof(CodeMapFunction));
    memcpy(const_cast<CodeMapLine*>(map->lines()), lines.data(), lines.size() * sizeof(CodeMapLine));
    memcpy(const_cast<char*>(map->strings()), strings.data(), strings.size());
    EXPECT_TRUE(heap::NameService::roots(heap()).bind(kCodeMapRootName, strlen(kCodeMapRootName), header).isOk());
    return map;
  }
};

TEST_F(StackTraceTest, LookupFindsFunctionAndTheLineAtOrBefore) {
  addCodeMap({{0x1000, 0x100, "Main.work", "Main.java", {{0x1000, 0}, {0x1010, 12}, {0x1040, 13}}},
              {0x1100, 0x20, "Main.main", "Main.java", {{0x1100, 5}}}});
  addCodeMap({{0x5000, 0x10, "Other.run", "", {}}});
  CodeLocation at;
  ASSERT_TRUE(findCodeLocation(codeMapHead(), 0x1020, &at));
  EXPECT_EQ(describeLocation(at), "Main.work(Main.java:12)");
  ASSERT_TRUE(findCodeLocation(codeMapHead(), 0x1040, &at));
  EXPECT_EQ(at.line, 13u);
  ASSERT_TRUE(findCodeLocation(codeMapHead(), 0x1004, &at));  // prologue: the function's first line
  EXPECT_EQ(at.line, 12u);
  ASSERT_TRUE(findCodeLocation(codeMapHead(), 0x111f, &at));
  EXPECT_EQ(describeLocation(at), "Main.main(Main.java:5)");
  EXPECT_FALSE(findCodeLocation(codeMapHead(), 0x1120, &at));
  EXPECT_FALSE(findCodeLocation(codeMapHead(), 0x0fff, &at));
  ASSERT_TRUE(findCodeLocation(codeMapHead(), 0x5008, &at));
  EXPECT_EQ(describeLocation(at), "Other.run(Unknown Source)");
  EXPECT_EQ(stringUtf8(natives::throwableFrameDescription(0x1041)), "Main.work(Main.java:13)");
  EXPECT_EQ(stringUtf8(natives::throwableFrameDescription(0x9999)), "Unknown(Unknown Source)");
}

TEST_F(StackTraceTest, DescriptionWithoutLineNamesTheFile) {
  EXPECT_EQ(describeLocation(CodeLocation{"A.b", "A.java", 0}), "A.b(A.java)");
}

// A chain of frames: level5 -> level4 -> level3 -> level2 -> level1 -> probe. Each level does work after
// its call, so none is a tail call and each keeps its frame.
void (*probe)() = nullptr;
volatile int sideEffect = 0;
[[gnu::noinline]] void level1() {
  probe();
  sideEffect = sideEffect + 1;
}
[[gnu::noinline]] void level2() {
  level1();
  sideEffect = sideEffect + 2;
}
[[gnu::noinline]] void level3() {
  level2();
  sideEffect = sideEffect + 3;
}
[[gnu::noinline]] void level4() {
  level3();
  sideEffect = sideEffect + 4;
}
[[gnu::noinline]] void level5() {
  level4();
  sideEffect = sideEffect + 5;
}

uintptr_t walked[64];
size_t walkedCount = 0;
heap::ObjectHeader* throwable = nullptr;
heap::ObjectHeader* backtrace = nullptr;

TEST_F(StackTraceTest, WalkFindsEveryFrameOfTheChainInOrder) {
  probe = [] { walkedCount = collectReturnAddresses(walked, 64); };
  level4();
  ASSERT_GE(walkedCount, 4u);
  auto inside = [](uintptr_t address, void (*function)()) {
    auto start = reinterpret_cast<uintptr_t>(function);
    return address > start && address < start + 256;
  };
  EXPECT_TRUE(inside(walked[0], &level1));
  EXPECT_TRUE(inside(walked[1], &level2));
  EXPECT_TRUE(inside(walked[2], &level3));
  EXPECT_TRUE(inside(walked[3], &level4));
}

TEST_F(StackTraceTest, CaptureDropsTheFramesThatCreatedTheThrowable) {
  probe = [] { walkedCount = collectReturnAddresses(walked, 64); };
  level5();
  ASSERT_GE(walkedCount, 6u);
  // walked[i] returns into level i+1; describe the levels as Java frames.
  addCodeMap({{walked[0] - 1, 1, "java.lang.Throwable.captureBacktrace", "Throwable.java", {{walked[0] - 1, 170}}},
              {walked[1] - 1, 1, "java.lang.Throwable.fillInStackTrace", "Throwable.java", {{walked[1] - 1, 60}}},
              {walked[2] - 1, 1, "Boom.<init>", "Boom.java", {{walked[2] - 1, 3}}},
              {walked[3] - 1, 1, "Main.work", "Main.java", {{walked[3] - 1, 12}}},
              {walked[4] - 1, 1, "Main.main", "Main.java", {{walked[4] - 1, 5}}}});
  ClassInfo* boom = defineException("Boom", runtimeException_);
  throwable = newInstance(boom);
  probe = [] { backtrace = natives::throwableCaptureBacktrace(throwable); };
  level5();
  ASSERT_NE(backtrace, nullptr);
  EXPECT_EQ(classOf(backtrace), longArray_);
  ASSERT_EQ(arrayLength(backtrace), 2u);
  auto* addresses = reinterpret_cast<int64_t*>(arrayElements(backtrace));
  EXPECT_EQ(stringUtf8(natives::throwableFrameDescription(addresses[0])), "Main.work(Main.java:12)");
  EXPECT_EQ(stringUtf8(natives::throwableFrameDescription(addresses[1])), "Main.main(Main.java:5)");
}

TEST_F(StackTraceTest, ConstructorsOfUnrelatedClassesStayInTheTrace) {
  probe = [] { walkedCount = collectReturnAddresses(walked, 64); };
  level4();
  ASSERT_GE(walkedCount, 4u);
  defineClass({"Widget", object_});
  addCodeMap({{walked[0] - 1, 1, "Widget.<init>", "Widget.java", {{walked[0] - 1, 7}}},
              {walked[1] - 1, 1, "Main.main", "Main.java", {{walked[1] - 1, 5}}}});
  throwable = newInstance(runtimeException_);
  probe = [] { backtrace = natives::throwableCaptureBacktrace(throwable); };
  level4();
  ASSERT_NE(backtrace, nullptr);
  ASSERT_EQ(arrayLength(backtrace), 2u);
  auto* addresses = reinterpret_cast<int64_t*>(arrayElements(backtrace));
  EXPECT_EQ(stringUtf8(natives::throwableFrameDescription(addresses[0])), "Widget.<init>(Widget.java:7)");
}

}  // namespace
}  // namespace plurix::runtime::testing

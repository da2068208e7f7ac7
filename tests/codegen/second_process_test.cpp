// Invariant 2 end to end: a program compiled into the heap in this process runs, unchanged,
// in a second process that maps the saved heap image — another address-space layout, another
// C++ runtime position — with no compiler in that process at all.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "compiler/codegen/java_names.h"
#include "compiler/codegen/program_compiler.h"
#include "compiler/front_end.h"
#include "heap/heap.h"
#include "heap/heap_image.h"
#include "runtime/launch/runtime.h"

namespace {

const char* gSelf = nullptr;

constexpr const char* kProgram = R"(
public class Survivor {
    interface Shape { double area(); }
    static class Square implements Shape {
        private final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
    }
    static int[] squares = new int[10];
    static String greeting = "compiled in one process";

    static int sum() {
        int total = 0;
        for (int x : squares) total += x;
        return total;
    }

    public static void main(String[] args) {
        for (int i = 0; i < squares.length; i++) squares[i] = i * i;
        Shape shape = new Square(1.5);
        System.out.println(greeting + ", sum " + sum() + ", area " + shape.area() + ", args " + args.length);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5; i++) text.append(i).append(',');
        System.out.println(text.toString());
        String nothing = null;
        try {
            nothing.length();
        } catch (NullPointerException e) {
            System.out.println("caught " + e.getClass().getName());
        }
        if (args.length > 0) throw new IllegalStateException(args[0]);
    }
}
)";

// Process 2: no front end, no LLVM; map the image, bind this process's runtime, run main.
int runImage(const char* path, int argc, char** argv) {
  auto loaded = plurix::heap::loadHeapImage(path, plurix::heap::kDefaultHeapBase, 0);
  if (!loaded.isOk()) {
    std::fprintf(stderr, "cannot load %s: %s\n", path, loaded.status().message());
    return 70;
  }
  plurix::heap::Heap heap = std::move(loaded.value());
  plurix::runtime::attachRuntime(heap);
  const plurix::runtime::ClassInfo* main = plurix::runtime::findClass("Survivor");
  if (main == nullptr) return 71;
  std::vector<std::string> args(argv, argv + argc);
  return plurix::runtime::runMain(main, args);
}

struct Outcome {
  std::string output;
  int status = -1;
};

Outcome runSecondProcess(const std::string& image, const std::string& argument) {
  std::string command = std::string(gSelf) + " --run-image " + image + (argument.empty() ? "" : " " + argument) + " 2>/dev/null";
  Outcome outcome;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return outcome;
  char buffer[4096];
  size_t got;
  while ((got = fread(buffer, 1, sizeof buffer, pipe)) > 0) outcome.output.append(buffer, got);
  int status = pclose(pipe);
  outcome.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return outcome;
}

TEST(SecondProcessTest, CodeCompiledHereRunsFromTheImageElsewhere) {
  plurix::compiler::FrontEnd frontEnd;
  frontEnd.addSource("Survivor.java", kProgram);
  ASSERT_TRUE(frontEnd.check());
  auto created = plurix::heap::Heap::create(plurix::heap::HeapConfig{});
  ASSERT_TRUE(created.isOk()) << created.status().message();
  plurix::heap::Heap heap = std::move(created.value());
  plurix::runtime::attachRuntime(heap);
  plurix::compiler::codegen::ProgramCompiler compiler(heap);
  std::string error;
  ASSERT_TRUE(compiler.compile(frontEnd.allUnits(), plurix::compiler::jit::OptLevel::kOptimize,
                               plurix::compiler::jit::OptLevel::kQuick, &error)) << error;
  std::string image = ::testing::TempDir() + "survivor-" + std::to_string(getpid()) + ".img";
  ASSERT_TRUE(plurix::heap::saveHeapImage(heap, image.c_str()).isOk());

  Outcome normal = runSecondProcess(image, "");
  EXPECT_EQ(normal.status, 0);
  EXPECT_EQ(normal.output,
            "compiled in one process, sum 285, area 2.25, args 0\n0,1,2,3,4,\ncaught java.lang.NullPointerException\n");

  Outcome failing = runSecondProcess(image, "boom");
  EXPECT_EQ(failing.status, 1);  // the uncaught exception's status, as Java's
  EXPECT_EQ(failing.output.substr(0, failing.output.find('\n')), "compiled in one process, sum 285, area 2.25, args 1");
  if (std::getenv("PLURIX_KEEP_IMAGE") == nullptr) std::remove(image.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  gSelf = argv[0];
  if (argc >= 3 && std::string(argv[1]) == "--run-image") return runImage(argv[2], argc - 3, argv + 3);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

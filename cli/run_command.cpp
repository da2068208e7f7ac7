#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/perf_map.h"
#include "cli/run_program.h"
#include "compiler/codegen/java_names.h"
#include "compiler/codegen/program_compiler.h"
#include "compiler/front_end.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/raw_ostream.h"
#include "compiler/live/heap_sources.h"
#include "heap/heap.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/object/code_map_lookup.h"
#include "txn/transaction.h"

namespace plurix::cli {

std::vector<std::string>& programArguments() {
  static std::vector<std::string> arguments;
  return arguments;
}

int runProgram(const RunOptions& options) {
  compiler::FrontEnd frontEnd;
  for (const std::string& file : options.files) {
    if (file.size() < 6 || file.compare(file.size() - 5, 5, ".java") != 0) {
      std::cerr << "plurix run: " << file << ": not a .java file (program arguments go after --)\n";
      return 2;
    }
    frontEnd.addFile(file);
  }
  bool clean = frontEnd.check();
  frontEnd.diagnostics().render(std::cerr, frontEnd.sources());
  if (!clean) return 1;
  const compiler::sema::ClassSymbol* mainClass = compiler::codegen::findMainClass(frontEnd.userUnits());
  bool libraryAlone = options.files.empty() && options.liveHeap;  // a station's heap for later compiles
  if (mainClass == nullptr && !libraryAlone) {
    std::cerr << "plurix run: no class in " << options.files.front()
              << " declares 'public static void main(String[] args)'\n";
    return 1;
  }
  heap::HeapConfig config;
  config.size = options.heapMiB << 20;
  auto created = heap::Heap::create(config);
  if (!created.isOk()) {
    std::cerr << "plurix run: cannot create the heap: " << created.status().message() << "\n";
    return 1;
  }
  heap::Heap heap = std::move(created.value());
  runtime::attachRuntime(heap);
  compiler::codegen::ProgramCompiler compiler(heap);
  // The files and the library are the whole program, unless later compiles may add classes.
  compiler.setClosedWorld(!options.liveHeap);
  std::string error;
  if (options.emitLlvm) {
    std::string ir;
    if (!compiler.emitIr(frontEnd.allUnits(), &ir, &error)) {
      std::cerr << "plurix run: " << error << "\n";
      return 1;
    }
    std::cout << ir;
    return 0;
  }
  auto level = options.quick ? compiler::jit::OptLevel::kQuick : compiler::jit::OptLevel::kOptimize;
  auto libraryLevel = options.optimizeLibrary ? level : compiler::jit::OptLevel::kQuick;
  std::string optimizedIr;
  if (options.emitOptimizedLlvm) {
    // The program's module only: the library's own module (compiled apart unless
    // --optimize-library) is the same for every program.
    compiler.setModuleSink([&optimizedIr](const llvm::Module& module) {
      if (module.getName() != "plurix.program") return;
      llvm::raw_string_ostream stream(optimizedIr);
      module.print(stream, nullptr);
    });
  }
  if (!compiler.compile(frontEnd.allUnits(), level, libraryLevel, &error)) {
    std::cerr << "plurix run: " << error << "\n";
    return 1;
  }
  if (options.emitOptimizedLlvm) {
    std::cout << optimizedIr;
    return 0;
  }
  if (options.liveHeap) {
    std::vector<compiler::live::SourceUnit> units;
    for (size_t i = 0; i < options.files.size(); ++i) {
      units.push_back({options.files[i], frontEnd.sources().text(static_cast<compiler::FileId>(i))});
    }
    platform::Status kept = compiler::live::appendSources(heap, units);
    if (kept.isOk()) kept = compiler::live::recordLibrary(heap);
    if (!kept.isOk()) {
      std::cerr << "plurix run: " << kept.message() << "\n";
      return 1;
    }
  }
  if (options.statistics) {
    const auto& all = compiler.statistics();
    const auto& library = compiler.libraryStatistics();
    auto print = [](const char* what, const compiler::codegen::CompileStatistics& s) {
      std::cerr << "plurix run: " << what << ": " << s.classes << " classes, " << s.functions << " functions, "
                << s.codeBytes << " bytes of code; load " << s.loadMs << " ms, emit " << s.emitMs << " ms, optimize "
                << s.optimizeMs << " ms, codegen " << s.codegenMs << " ms\n";
    };
    compiler::codegen::CompileStatistics program = all;
    program.classes -= library.classes;
    program.functions -= library.functions;
    program.codeBytes -= library.codeBytes;
    program.loadMs -= library.loadMs;
    program.emitMs -= library.emitMs;
    program.optimizeMs -= library.optimizeMs;
    program.codegenMs -= library.codegenMs;
    if (library.functions != 0) print("library", library);
    print("program", program);
  }
  if (options.perfMap && !writePerfMap(runtime::codeMapHead(), perfMapPath(), &error)) {
    std::cerr << "plurix run: " << error << "\n";
    return 1;
  }
  if (libraryAlone) return options.afterMain ? options.afterMain(heap, 0) : 0;
  const runtime::ClassInfo* info = runtime::findClass(compiler::codegen::binaryName(mainClass));
  if (info == nullptr) {
    std::cerr << "plurix run: internal error: the main class was not loaded\n";
    return 1;
  }
  runtime::RunSettings settings;
  settings.tracking = !options.noTracking;
  txn::setWritePrediction(!options.noWritePrediction);
  settings.injectAborts = options.injectAbortsSeed >= 0;
  settings.injectionSeed = static_cast<uint64_t>(options.injectAbortsSeed);
  int status = runtime::runMain(info, programArguments(), settings);
  if (options.afterMain) return options.afterMain(heap, status);
  if (options.statistics) {
    const txn::Counters& transactions = txn::counters();
    const runtime::LoopCounters& loop = runtime::loopCounters();
    std::cerr << "plurix run: " << transactions.commits << " transactions committed, " << transactions.aborts
              << " aborted; " << loop.rounds << " rounds, " << loop.steps << " steps, " << loop.retired
              << " retired, " << loop.systemSteps << " system steps; pages read " << transactions.pagesRead
              << ", written " << transactions.pagesWritten << "; pages opened by write prediction "
              << transactions.pagesPredicted << ", of them unwritten " << transactions.predictedUnwritten
              << "; pages opened for reading by read prediction " << transactions.readsPredicted << "\n";
    if (settings.injectAborts) std::cerr << "plurix run: " << runtime::injectedAborts() << " aborts injected\n";
  }
  return status;
}

void takeProgramArguments(int* argc, char** argv) {
  if (*argc < 2 || (std::string(argv[1]) != "run" && std::string(argv[1]) != "station" &&
                    std::string(argv[1]) != "submit")) return;
  for (int i = 2; i < *argc; ++i) {
    if (std::string(argv[i]) != "--") continue;
    for (int j = i + 1; j < *argc; ++j) programArguments().push_back(argv[j]);
    *argc = i;
    return;
  }
}

void addRunCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<RunOptions>();
  CLI::App* run = app.add_subcommand(
      "run", "Compile Java dialect sources into an embedded one-station heap and run main (arguments after --)");
  run->add_option("FILE", options->files, "Source files (.java); main is taken from the first that has one")->required();
  run->add_option("--heap", options->heapMiB, "Heap size in MiB (16 to 32768)")->check(CLI::Range(16, 32768));
  run->add_flag("--quick", options->quick, "Compile without optimisation (faster start, slower code)");
  run->add_flag("--emit-llvm", options->emitLlvm, "Print the program's LLVM IR instead of running it");
  run->add_flag("--emit-optimized-llvm", options->emitOptimizedLlvm,
                "Compile as for running, then print the program's LLVM IR as it went to code generation "
                "(after inlining and the optimiser) instead of running it");
  run->add_flag("--optimize-library", options->optimizeLibrary,
                "Optimise the standard library too (slower start; by default only the program is optimised)");
  run->add_flag("--stats", options->statistics, "Print compile statistics to standard error");
  run->add_flag("--no-tracking", options->noTracking,
                "Run the transactions without page tracking (to measure its cost; aborts cannot undo then)");
  run->add_flag("--no-write-prediction", options->noWritePrediction,
                "Let every step fault on its first touch of a page, even one its transaction's last steps wrote "
                "or read (turns off write and read prediction, to measure them)");
  run->add_flag("--perf-map", options->perfMap,
                "Write /tmp/perf-PID.map naming the compiled methods, for perf and other profilers");
  run->add_option("--inject-aborts", options->injectAbortsSeed,
                  "Abort every transaction's first attempts at random page faults (seeded; for testing)")
      ->check(CLI::NonNegativeNumber);
  run->callback([options, status] { *status = runProgram(*options); });
}

}  // namespace plurix::cli

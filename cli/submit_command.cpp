// `plurix submit --join ADDR FILE... [--on K] [-- ARGS]`: compiles a program into a running
// cluster's heap and runs its main as a transaction. The command joins the cluster as a station
// of its own, compiles against the classes the heap holds already (compiler/live), and then runs
// main here, with this station's transaction loop until nothing is registered with it, or, with
// --on K, registers a plurix.MainLauncher with station K, waits for it, and prints what main
// printed there. Either way main may register transactions with any station.
#include <csignal>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/run_program.h"
#include "cli/source_units.h"
#include "cli/station_join.h"
#include "compiler/live/live_compiler.h"
#include "heap/name_service.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/natives/console_output.h"
#include "runtime/object/java_string.h"
#include "runtime/platform/system.h"
#include "txn/transaction.h"

namespace plurix::cli {

namespace {

constexpr uint64_t kPollNanos = 50'000'000;

struct SubmitOptions {
  std::string join;
  std::string dir;
  std::string keyFile;
  int on = -1;
  bool quick = false;
  bool statistics = false;
  std::vector<std::string> files;
};

volatile sig_atomic_t interrupted = 0;
void interrupt(int) { interrupted = 1; }

// The launcher on station K, kept reachable under a root name while this command waits for it.
struct Launch {
  std::string rootName;
  std::string mainClass;
  int station = 0;
  bool registered = false;
  bool done = false;
  int status = 0;
  std::string output;
};

const runtime::MethodEntry* launcherMethod(const char* key) {
  return runtime::findDeclaredMethod(runtime::findClass("plurix.MainLauncher"), key);
}

void registerLauncher(void* argument) {
  auto* launch = static_cast<Launch*>(argument);
  using LaunchOn = heap::ObjectHeader* (*)(int32_t, heap::ObjectHeader*, heap::ObjectHeader*);
  const runtime::MethodEntry* launchOn =
      launcherMethod("launchOn(ILjava/lang/String;[Ljava/lang/String;)Lplurix/MainLauncher;");
  launch->registered = false;
  if (launchOn == nullptr) return;
  heap::ObjectHeader* name = runtime::newString(runtime::utf8ToUtf16(launch->mainClass));
  heap::ObjectHeader* args = name != nullptr ? runtime::newStringArray(programArguments()) : nullptr;
  heap::ObjectHeader* launcher =
      args != nullptr ? reinterpret_cast<LaunchOn>(launchOn->code)(launch->station, name, args) : nullptr;
  if (runtime::hasPending()) runtime::takePending();
  if (launcher == nullptr) return;
  heap::NameService roots = heap::NameService::roots(runtime::attachedHeap());
  launch->registered = roots.bind(launch->rootName.data(), launch->rootName.size(), launcher).isOk();
  if (!launch->registered) txn::abortTransaction(txn::AbortReason::kException);  // the heap is full
}

void pollLauncher(void* argument) {
  auto* launch = static_cast<Launch*>(argument);
  heap::NameService roots = heap::NameService::roots(runtime::attachedHeap());
  heap::ObjectHeader* launcher = roots.lookup(launch->rootName.data(), launch->rootName.size());
  launch->done = false;
  if (launcher == nullptr) return;
  using BoolMethod = bool (*)(heap::ObjectHeader*);
  using IntMethod = int32_t (*)(heap::ObjectHeader*);
  using ObjectMethod = heap::ObjectHeader* (*)(heap::ObjectHeader*);
  if (!reinterpret_cast<BoolMethod>(launcherMethod("done()Z")->code)(launcher)) return;
  launch->status = reinterpret_cast<IntMethod>(launcherMethod("status()I")->code)(launcher);
  launch->output = runtime::stringUtf8(
      reinterpret_cast<ObjectMethod>(launcherMethod("output()Ljava/lang/String;")->code)(launcher));
  // The name is this station's own: nobody else unbinds it, so it is bound here.
  launch->done = roots.unbind(launch->rootName.data(), launch->rootName.size()).isOk();
}

struct WorkCheck {
  int32_t station;
  bool takesWork = false;
};

void checkTakesWork(void* argument) {
  auto* check = static_cast<WorkCheck*>(argument);
  const runtime::MethodEntry* takesWork = launcherMethod("takesWork(I)Z");
  check->takesWork = takesWork != nullptr && reinterpret_cast<bool (*)(int32_t)>(takesWork->code)(check->station);
  if (runtime::hasPending()) runtime::takePending();
}

void reportNoStation(int station) {
  std::cerr << "plurix submit: no station " << station
            << " that takes work in the cluster (station 0 serves pages; see plurix cluster status)\n";
}

int runOnStation(JoinedStation& joined, const std::string& mainClass, int station) {
  Launch launch;
  launch.rootName = "plurix.submit." + std::to_string(joined.heap().station());
  launch.mainClass = mainClass;
  launch.station = station;
  if (!runtime::runSystemTransaction(&registerLauncher, &launch)) return 1;
  if (!launch.registered) {
    reportNoStation(station);
    return 1;
  }
  std::signal(SIGINT, &interrupt);
  std::signal(SIGTERM, &interrupt);
  while (interrupted == 0) {
    if (!runtime::runSystemTransaction(&pollLauncher, &launch)) return 1;
    if (launch.done) {
      runtime::consoleWrite(runtime::kStandardOutput, launch.output);
      runtime::consoleFlush();
      return launch.status;
    }
    joined.node().pump(kPollNanos);
  }
  std::cerr << "plurix submit: interrupted; main goes on running on station " << station << "\n";
  return 130;
}

int submit(const SubmitOptions& options) {
  std::vector<compiler::live::SourceUnit> units;
  if (!readSourceUnits(options.files, "plurix submit", &units)) return 2;
  std::string address;
  std::string keyFile;
  std::string error;
  if (!locateCluster(options.join, options.dir, options.keyFile, &address, &keyFile, &error)) {
    std::cerr << "plurix submit: " << error << "\n";
    return 1;
  }
  if (address.empty()) {
    std::cerr << "plurix submit: give the cluster: --join HOST:PORT (or --dir DIR of plurix cluster up)\n";
    return 2;
  }
  std::unique_ptr<JoinedStation> joined = JoinedStation::join(address, keyFile, &error);
  if (joined == nullptr) {
    std::cerr << "plurix submit: " << error << "\n";
    return 1;
  }
  if (options.on >= 0) {
    // Before anything is compiled: a submit that cannot run leaves the heap as it was.
    WorkCheck check{options.on};
    if (!runtime::runSystemTransaction(&checkTakesWork, &check)) return 1;
    if (!check.takesWork) {
      reportNoStation(options.on);
      return 1;
    }
  }
  compiler::live::LiveCompiler compiler(joined->heap());
  compiler::live::LiveResult result;
  auto level = options.quick ? compiler::jit::OptLevel::kQuick : compiler::jit::OptLevel::kOptimize;
  compiler::live::LiveOptions liveOptions;
  liveOptions.level = level;
  if (!compiler.compile(units, liveOptions, std::cerr, &result)) return 1;
  if (options.statistics) {
    std::cerr << "plurix submit: joined as station " << joined->heap().station() << " in "
              << (joined->joinedAt() - joined->startedAt()) / 1e6 << " ms; checked in " << result.checkMs
              << " ms; compiled " << result.newClasses.size() << " new classes into the heap in " << result.compileMs
              << " ms" << (result.unchanged ? " (every file was there already)" : "") << "\n";
  }
  if (result.mainClass.empty()) {
    std::cerr << "plurix submit: compiled " << result.newClasses.size()
              << " classes; no class declares 'public static void main(String[] args)', so nothing runs\n";
    return 0;
  }
  if (options.on >= 0) return runOnStation(*joined, result.mainClass, options.on);
  const runtime::ClassInfo* mainInfo = runtime::findClassTransacted(result.mainClass);
  if (mainInfo == nullptr) {
    std::cerr << "plurix submit: internal error: " << result.mainClass << " is not in the heap after its compile\n";
    return 1;
  }
  runtime::RunSettings settings;
  settings.keepTracking = true;  // a joined station tracks for as long as it lives
  return runtime::runMain(mainInfo, programArguments(), settings);
}

}  // namespace

void addSubmitCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<SubmitOptions>();
  CLI::App* command = app.add_subcommand(
      "submit", "Compile FILEs into a running cluster's heap and run main as a transaction (arguments after --)");
  command->add_option("--join", options->join, "A member of the cluster: HOST:PORT");
  command->add_option("--dir", options->dir, "The directory of plurix cluster up (its address and key)");
  command->add_option("--key", options->keyFile, "The cluster key file (default: plurix.key, or DIR/cluster.key)");
  command->add_option("--on", options->on, "Run main on station K (a worker) instead of on this new station")
      ->check(CLI::NonNegativeNumber);
  command->add_flag("--quick", options->quick, "Compile without optimisation");
  command->add_flag("--stats", options->statistics, "Print join and compile times to standard error");
  command->add_option("FILE", options->files, "Source files (.java); main is taken from the first that has one")
      ->required();
  command->callback([options, status] { *status = submit(*options); });
}

}  // namespace plurix::cli

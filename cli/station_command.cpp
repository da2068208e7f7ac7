// `plurix station --create|--join ADDR`: one station of a cluster. --create compiles the program
// into a new heap, runs its main as a transaction, then serves the heap's pages to stations that
// join. --join maps the cluster's heap with no page present, fetches every page it touches from
// the member, and runs a class's main from that heap as a transaction here: code compiled on one
// station runs on another without recompiling (DESIGN.md invariant 1 and 2).
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include "cli/boot_image.h"
#include "cli/commands.h"
#include "cli/run_program.h"
#include "cli/source_units.h"
#include "cli/station_join.h"
#include "compiler/live/live_compiler.h"
#include "cluster/joined_heap.h"
#include "cluster/page_messages.h"
#include "cluster/page_server.h"
#include "cluster/station_node.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/natives/console_output.h"
#include "drivers/network/cluster_key.h"
#include "drivers/network/tcp_transport.h"
#include "runtime/launch/runtime.h"
#include "runtime/platform/memory.h"
#include "runtime/platform/system.h"
#include "txn/transaction.h"

namespace plurix::cli {

namespace {

constexpr uint64_t kPollNanos = 100'000'000;

struct StationOptions {
  bool create = false;
  std::string join;
  std::string listen = "127.0.0.1:0";
  std::string keyFile = "plurix.key";
  size_t heapMiB = 1024;
  std::string mainClass;
  bool statistics = false;
  bool noFairness = false;
  bool noBalance = false;
  bool noBootImage = false;
  std::vector<std::string> files;
};

volatile sig_atomic_t stopRequested = 0;
void requestStop(int) { stopRequested = 1; }

// Answers page requests until SIGTERM or SIGINT.
int servePages(heap::Heap& heap, network::TcpTransport& transport, bool statistics) {
  std::signal(SIGTERM, &requestStop);
  std::signal(SIGINT, &requestStop);
  // Other stations grow the heap past what this process made accessible; their commits and the
  // pages others then fetch must be readable and writable here. Reserved without backing store,
  // the untouched rest costs nothing and reads as zero.
  if (platform::Status open = platform::commit(heap.base(), heap.size()); !open.isOk()) {
    std::cerr << "plurix station: cannot open the heap for serving: " << open.message() << "\n";
    return 1;
  }
  cluster::PageServer server(heap, transport, txn::commitNumber());
  network::Message message;
  while (stopRequested == 0) {
    while (transport.receive(message, kPollNanos)) {
      server.handle(message);
      server.forgetDeparted();
    }
    server.forgetDeparted();
  }
  if (statistics) {
    std::cerr << "plurix station: served " << server.pagesServed() << " pages, redirected " << server.redirects()
              << " requests to owners, published " << server.commits() << " commits, took back "
              << server.pagesHandedBack() << " pages\n";
  }
  return 0;
}

// Compiles the program's files into the library heap and runs its main as a transaction here;
// returns main's exit status, or 1 (2 for a bad file name) when nothing could run.
int compileAndRunMain(heap::Heap& heap, const StationOptions& options) {
  std::vector<compiler::live::SourceUnit> units;
  if (!readSourceUnits(options.files, "plurix station", &units)) return 2;
  if (platform::Status started = txn::startTransactions(heap); !started.isOk()) {
    std::cerr << "plurix station: cannot start transactions: " << started.message() << "\n";
    return 1;
  }
  compiler::live::LiveCompiler compiler(heap);
  compiler::live::LiveResult result;
  if (!compiler.compile(units, compiler::live::LiveOptions{}, std::cerr, &result)) return 1;
  if (result.mainClass.empty()) {
    std::cerr << "plurix station: no class in " << options.files.front()
              << " declares 'public static void main(String[] args)'\n";
    return 1;
  }
  const runtime::ClassInfo* mainClass = runtime::findClassTransacted(result.mainClass);
  if (mainClass == nullptr) {
    std::cerr << "plurix station: internal error: " << result.mainClass << " is not in the heap after its compile\n";
    return 1;
  }
  if (options.statistics) {
    std::cerr << "plurix station: checked the program in " << result.checkMs << " ms, compiled "
              << result.newClasses.size() << " classes into the heap in " << result.compileMs << " ms\n";
  }
  return runtime::runMain(mainClass, programArguments());
}

int createStation(const StationOptions& options) {
  platform::Result<network::ClusterKey> key = access(options.keyFile.c_str(), F_OK) == 0
                                                  ? network::ClusterKey::load(options.keyFile.c_str())
                                                  : network::ClusterKey::create(options.keyFile.c_str());
  if (!key.isOk()) {
    std::cerr << "plurix station: " << key.status().message() << "\n";
    return 1;
  }
  uint64_t startedAt = platform::monotonicNanos();
  bool fromImage = false;
  std::string error;
  std::unique_ptr<heap::Heap> heap = openLibraryHeap(options.heapMiB, !options.noBootImage, &fromImage, &error);
  if (heap == nullptr) {
    std::cerr << "plurix station: " << error << "\n";
    return 1;
  }
  if (options.statistics) {
    std::cerr << "plurix station: " << (fromImage ? "mapped the boot image" : "compiled the standard library") << " in "
              << (platform::monotonicNanos() - startedAt) / 1e6 << " ms\n";
  }
  int status = 0;
  if (!options.files.empty()) {
    status = compileAndRunMain(*heap, options);
    if (platform::Status stopped = txn::stopTransactions(); !stopped.isOk()) {
      std::cerr << "plurix station: " << stopped.message() << "\n";
      return 1;
    }
  }
  network::TcpTransportOptions transportOptions;
  transportOptions.station = cluster::transportIdOf(heap->station());
  network::TcpTransport transport(key.value(), transportOptions);
  if (platform::Status listening = transport.listen(options.listen.c_str()); !listening.isOk()) {
    std::cerr << "plurix station: " << listening.message() << "\n";
    return 1;
  }
  std::string host = options.listen.substr(0, options.listen.rfind(':'));
  std::cout << "station " << heap->station() << " serves the heap at " << host << ":" << transport.listeningPort()
            << " (main exited with " << status << ")" << std::endl;
  return servePages(*heap, transport, options.statistics);
}

void reportJoinStatistics(const StationOptions& options, const heap::Heap& heap, const cluster::StationNode& node,
                          uint64_t startedAt, uint64_t joinedAt) {
  if (!options.statistics) return;
  double fetchMicros = node.pagesFetched() == 0 ? 0 : node.fetchNanos() / 1e3 / node.pagesFetched();
  std::cerr << "plurix station: joined as station " << heap.station() << " in " << (joinedAt - startedAt) / 1e6
            << " ms (connect, geometry, adopting the heap), fetched " << node.pagesFetched() << " pages, "
            << fetchMicros << " us each, " << node.pagesReadAhead() << " more read ahead; main ran " << (platform::monotonicNanos() - joinedAt) / 1e6 << " ms; "
            << node.commits() << " commits, " << node.writeSetsApplied() << " write sets applied, "
            << node.pagesServed() << " pages served to other stations, " << node.redirectsFollowed()
            << " redirects followed, waited " << node.ownerWaitNanos() / 1e6 << " ms for owners ("
            << node.ownerRequests() << " requests), " << node.homeWaitNanos() / 1e6 << " ms for the home ("
            << node.homeRequests() << " requests), " << node.catchUpNanos() / 1e6
            << " ms for commits up to a page's version, " << node.grantWaitNanos() / 1e6
            << " ms for the right to commit (" << node.grants() << " grants), "
            << node.conflicts() << " conflicts, " << runtime::loopCounters().reservedSteps
            << " steps run holding the right to commit\n";
}

int joinStation(const StationOptions& options) {
  std::string error;
  std::unique_ptr<JoinedStation> joined = JoinedStation::join(options.join, options.keyFile, &error);
  if (joined == nullptr) {
    std::cerr << "plurix station: " << error << "\n";
    return 1;
  }
  heap::Heap& heap = joined->heap();
  cluster::StationNode& node = joined->node();
  uint64_t startedAt = joined->startedAt();
  uint64_t joinedAt = joined->joinedAt();
  runtime::setFairness(!options.noFairness);
  if (options.mainClass.empty()) {
    // A worker station: it waits for transactions other stations register with it.
    std::signal(SIGTERM, &requestStop);
    std::signal(SIGINT, &requestStop);
    runtime::setIdleHook(
        [](void* station) {
          runtime::consoleFlush();  // a long-lived station shows what it printed once it waits
          static_cast<cluster::StationNode*>(station)->pump(kPollNanos);
          return stopRequested == 0;
        },
        &node);
    std::cout << "station " << heap.station() << " joined the cluster at " << options.join << std::endl;
    runtime::RunSettings settings;
    settings.balance = !options.noBalance;
    int status = runtime::runStation(settings);
    reportJoinStatistics(options, heap, node, startedAt, joinedAt);
    return status;
  }
  const runtime::ClassInfo* mainClass = runtime::findClassTransacted(options.mainClass);
  if (mainClass == nullptr) {
    std::cerr << "plurix station: no class " << options.mainClass << " in the cluster's heap\n";
    return 1;
  }
  int status = runtime::runMain(mainClass, programArguments());
  reportJoinStatistics(options, heap, node, startedAt, joinedAt);
  return status;
}

}  // namespace

void addStationCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<StationOptions>();
  CLI::App* station = app.add_subcommand(
      "station", "Run one station: --create a cluster from a program, or --join one and run a class's main there");
  station->add_flag("--create", options->create, "Start a new cluster: compile FILEs, run main, serve the heap");
  station->add_option("--join", options->join, "Join the cluster through the member at HOST:PORT");
  station->add_option("--listen", options->listen, "With --create: the address to serve at (port 0: any)");
  station->add_option("--key", options->keyFile, "The cluster key file (created by --create if missing)");
  station->add_option("--heap", options->heapMiB, "With --create: heap size in MiB")->check(CLI::Range(16, 32768));
  station->add_option("--main", options->mainClass,
                      "With --join: run this class's main and leave (without: stay, and run what is registered here)");
  station->add_flag("--stats", options->statistics, "Print page counts to standard error");
  station->add_flag("--no-fairness", options->noFairness,
                    "With --join: never reserve the right to commit for a starving transaction (to measure)");
  station->add_flag("--no-balance", options->noBalance,
                    "With --join and no --main: do not move work from this station to less loaded ones");
  station->add_flag("--no-boot-image", options->noBootImage,
                    "With --create: compile the standard library instead of mapping the boot image (to measure)");
  station->add_option("FILE", options->files, "With --create: source files (.java; none: a heap of the library alone)");
  station->callback([options, status] {
    if (options->create == !options->join.empty()) {
      std::cerr << "plurix station: give exactly one of --create and --join ADDR\n";
      *status = 2;
    } else {
      *status = options->create ? createStation(*options) : joinStation(*options);
    }
  });
}

}  // namespace plurix::cli

// `plurix shell [--join ADDR]`: the REPL (shell/). Without --join it starts an embedded
// one-station heap holding the standard library; with --join (or --dir of plurix cluster up) it
// joins a running cluster as a station of its own, so what it declares is in the cluster's heap
// for every station at once.
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/boot_image.h"
#include "cli/commands.h"
#include "cli/station_join.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/stack_overflow.h"
#include "shell/line_reader.h"
#include "shell/repl.h"
#include "txn/transaction.h"

namespace plurix::cli {

namespace {

struct ShellOptions {
  std::string join;
  std::string dir;
  std::string keyFile;
  size_t heapMiB = 1024;
  bool timing = false;
  std::string history;
};

// A heap of the standard library alone, ready for live compiles (boot_image.h).
std::unique_ptr<heap::Heap> embeddedHeap(size_t heapMiB, std::string* error) {
  bool fromImage = false;
  std::unique_ptr<heap::Heap> heap = openLibraryHeap(heapMiB, true, &fromImage, error);
  if (heap == nullptr) return nullptr;
  if (platform::Status started = txn::startTransactions(*heap); !started.isOk()) {
    *error = started.message();
    return nullptr;
  }
  return heap;
}

// While the shell waits for a line, a joined station's watcher answers other stations for it.
class IdleServingReader final : public shell::LineReader {
 public:
  IdleServingReader(shell::LineReader& reader, JoinedStation& station) : reader_(reader), station_(station) {}
  std::optional<std::string> readInput(const std::string& prompt, const std::string& continuationPrompt) override {
    station_.idle(true);
    std::optional<std::string> input = reader_.readInput(prompt, continuationPrompt);
    station_.idle(false);
    return input;
  }
  size_t lineNumber() const override { return reader_.lineNumber(); }
  bool interactive() const override { return reader_.interactive(); }
  // Completion reads the heap: the station's own thread takes the transport back meanwhile.
  void setCompleter(shell::Completer completer) override {
    reader_.setCompleter([this, completer = std::move(completer)](const std::string& line, size_t cursor,
                                                                   std::string* wordStart) {
      station_.idle(false);
      std::vector<std::string> found = completer(line, cursor, wordStart);
      station_.idle(true);
      return found;
    });
  }

 private:
  shell::LineReader& reader_;
  JoinedStation& station_;
};

int runShell(const ShellOptions& options) {
  std::string address;
  std::string keyFile;
  std::string error;
  if (!locateCluster(options.join, options.dir, options.keyFile, &address, &keyFile, &error)) {
    std::cerr << "plurix shell: " << error << "\n";
    return 1;
  }
  std::unique_ptr<JoinedStation> joined;
  std::unique_ptr<heap::Heap> embedded;
  heap::Heap* heap = nullptr;
  if (!address.empty()) {
    joined = JoinedStation::join(address, keyFile, &error);
    if (joined != nullptr) heap = &joined->heap();
  } else {
    embedded = embeddedHeap(options.heapMiB, &error);
    heap = embedded.get();
  }
  if (heap == nullptr) {
    std::cerr << "plurix shell: " << error << "\n";
    return 1;
  }
  runtime::StackOverflowGuard overflowGuard;
  std::unique_ptr<shell::LineReader> reader =
      shell::openStandardInput(options.history.empty() ? shell::defaultHistoryPath() : options.history);
  if (reader->interactive()) {
    std::cout << "Plurix shell on station " << heap->station()
              << (address.empty() ? " (an embedded one-station heap)" : " of the cluster at " + address)
              << ". /help lists the commands, Ctrl-D leaves." << std::endl;
  }
  shell::ReplOptions replOptions;
  replOptions.timing = options.timing;
  std::unique_ptr<shell::LineReader> served;
  if (joined != nullptr) served = std::make_unique<IdleServingReader>(*reader, *joined);
  shell::Repl repl(*heap, served != nullptr ? *served : *reader, std::cout, std::cerr, replOptions);
  return repl.run();
}

}  // namespace

void addShellCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<ShellOptions>();
  CLI::App* command = app.add_subcommand(
      "shell", "The REPL: compile what you type into the live heap and run it (a script on standard input)");
  command->add_option("--join", options->join, "Join the cluster at HOST:PORT (default: an embedded heap)");
  command->add_option("--dir", options->dir, "Join the cluster of plurix cluster up in DIR (its address and key)");
  command->add_option("--key", options->keyFile, "The cluster key file (default: plurix.key, or DIR/cluster.key)");
  command->add_option("--heap", options->heapMiB, "Without --join: heap size in MiB")->check(CLI::Range(16, 32768));
  command->add_option("--history", options->history, "The history file (default: ~/.plurix_history)");
  command->add_flag("--timing", options->timing, "Show how long each input took");
  command->callback([options, status] { *status = runShell(*options); });
}

}  // namespace plurix::cli

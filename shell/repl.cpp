#include "shell/repl.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

#include "compiler/live/live_compiler.h"
#include "heap/heap_stats.h"
#include "heap/name_service.h"
#include "runtime/entry/entries.h"
#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/launch/transaction_loop.h"
#include "runtime/natives/console_output.h"
#include "runtime/object/java_string.h"
#include "shell/interrupt.h"
#include "shell/stream_line_reader.h"
#include "txn/transaction.h"

namespace plurix::shell {

namespace {

constexpr const char* kHelp =
    "Type a class, a variable or method declaration, a statement or an expression: it is compiled\n"
    "into the heap and run as a transaction on this station. Commands:\n"
    "  /help                   this text\n"
    "  /vars /methods          what this session declared\n"
    "  /classes [PREFIX]       the classes in the heap\n"
    "  /stations               the cluster: every station, its work and its rates\n"
    "  /top [N]                /stations again every second, N times (Ctrl-C stops)\n"
    "  /ps                     the transactions registered with every station\n"
    "  /migrate ID STATION     move transaction ID (see /ps) to STATION\n"
    "  /heap                   heap statistics\n"
    "  /open FILE              a .java file: compile its classes; another file: run it as shell input\n"
    "  /run CLASS [ARGS...]    run CLASS.main as a transaction here\n"
    "  /history                the inputs of this session\n"
    "  /timing on|off          show how long each input took\n"
    "  /exit                   leave (Ctrl-D too)\n";

constexpr const char* kCommands[] = {"/help", "/vars",    "/methods", "/classes", "/stations", "/top",   "/ps",
                                     "/migrate", "/heap", "/open", "/run",   "/history", "/timing", "/exit"};

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::string trim(const std::string& text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// A step and what it left, for the small transactions of the commands.
struct Call {
  const char* className;
  const char* key;  // a static method returning String
  std::string result;
  std::string failure;
};

void callStaticString(void* argument) {
  auto* call = static_cast<Call*>(argument);
  call->result.clear();
  call->failure.clear();
  runtime::enterCluster();
  const runtime::ClassInfo* cls = runtime::findClass(call->className);
  const runtime::MethodEntry* method = cls != nullptr ? runtime::findDeclaredMethod(cls, call->key) : nullptr;
  if (method == nullptr || method->code == nullptr) {
    call->failure = std::string("the heap has no ") + call->className + "." + call->key;
    return;
  }
  runtime::initializeClassEntry(cls);
  heap::ObjectHeader* text = runtime::hasPending() ? nullptr : reinterpret_cast<heap::ObjectHeader* (*)()>(method->code)();
  if (runtime::hasPending()) {
    runtime::takePending();
    call->failure = std::string(call->className) + "." + call->key + " failed";
    return;
  }
  call->result = runtime::stringUtf8(text);
}

// Runs step as one transaction, again while other stations' commits abort it.
bool transact(void (*step)(void*), void* argument, std::ostream& err) {
  for (int attempt = 0; attempt < 1000; ++attempt) {
    platform::Result<txn::Outcome> ran = txn::runTransaction(step, argument);
    if (!ran.isOk()) {
      err << "cannot run a transaction: " << ran.status().message() << "\n";
      return false;
    }
    if (ran.value().committed) return true;
    txn::AbortReason reason = ran.value().reason;
    if (reason != txn::AbortReason::kConflict && reason != txn::AbortReason::kInjected) {
      err << "the command's transaction aborted (" << txn::abortReasonName(reason) << ")\n";
      return false;
    }
  }
  err << "the command's transaction was aborted by other stations' commits 1000 times; given up\n";
  return false;
}

struct ClassNames {
  std::vector<std::string> names;
};

void collectClassNames(void* argument) {
  auto* names = static_cast<ClassNames*>(argument);
  names->names.clear();
  heap::NameService::classes(runtime::attachedHeap())
      .forEach(
          [](const char* name, size_t length, heap::ObjectHeader*, void* into) {
            std::string text(name, length);
            if (text.empty() || text[0] == '[' || text[0] == '$') return;  // arrays, snippets
            static_cast<ClassNames*>(into)->names.push_back(std::move(text));
          },
          names);
}

struct Members {
  std::string className;
  std::vector<std::string> names;
};

void collectMembers(void* argument) {
  auto* members = static_cast<Members*>(argument);
  members->names.clear();
  const runtime::ClassInfo* cls = runtime::findClass(members->className);
  for (uint32_t i = 0; cls != nullptr && i < cls->methodCount; ++i) {
    std::string key = cls->methods[i].key;
    std::string name = key.substr(0, key.find('('));
    if (name[0] == '<' || name[0] == '$') continue;
    if (std::find(members->names.begin(), members->names.end(), name) == members->names.end()) {
      members->names.push_back(name);
    }
  }
}

struct MainRun {
  std::string className;
  std::vector<std::string> args;
  int status = 0;
  bool found = false;
};

void runMainHere(void* argument) {
  auto* run = static_cast<MainRun*>(argument);
  run->status = 1;
  const runtime::ClassInfo* cls = runtime::findClass(run->className);
  run->found = cls != nullptr;
  if (cls == nullptr) return;
  heap::ObjectHeader* args = runtime::newStringArray(run->args);
  if (args == nullptr) {
    runtime::printStackTrace(runtime::takePending());
    return;
  }
  run->status = runtime::invokeMain(cls, args);
}

struct Statistics {
  heap::HeapStats stats;
};

}  // namespace

Repl::Repl(heap::Heap& heap, LineReader& reader, std::ostream& out, std::ostream& err, const ReplOptions& options)
    : heap_(heap), reader_(reader), out_(out), err_(err), options_(options), session_(heap, out, err) {}

int Repl::run() {
  setInterruptCallback([this] {
    session_.interrupt();
    runtime::requestLoopStop();
  });
  reader_.setCompleter([this](const std::string& line, size_t cursor, std::string* wordStart) {
    return complete(line, cursor, wordStart);
  });
  bool failed = false;
  while (!exitRequested_) {
    std::optional<std::string> input = reader_.readInput("plurix> ", "   ...> ");
    if (!input.has_value()) break;
    RunningCommand running;
    if (!handle(*input, reader_.interactive() ? 0 : reader_.lineNumber())) failed = true;
  }
  return !reader_.interactive() && failed ? 1 : 0;
}

bool Repl::handle(const std::string& input, size_t firstLine) {
  std::string text = trim(input);
  if (text.empty()) return true;
  history_.push_back(text);
  auto start = std::chrono::steady_clock::now();
  // A command is '/' and a word; "//" and "/*" start comments, which the session skips.
  bool isCommand = text[0] == '/' && text.size() > 1 && text[1] != '/' && text[1] != '*';
  bool ok = isCommand ? command(text) : session_.evaluate(input, firstLine);
  if (options_.timing && !isCommand) {
    const SessionTimes& times = session_.lastTimes();
    double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    char line[160];
    std::snprintf(line, sizeof line, "(%.1f ms: check %.1f, compile %.1f, run %.1f)\n", total, times.checkMs,
                  times.compileMs, times.runMs);
    err_ << line;
  }
  if (ok && !isCommand) runRegisteredWork();
  return ok;
}

void Repl::runRegisteredWork() {
  runtime::runTransactionLoop();
  runtime::consoleFlush();
  std::fflush(stdout);
}

bool Repl::command(const std::string& input) {
  std::vector<std::string> parts = words(input);
  const std::string& name = parts[0];
  auto argument = [&](size_t i) { return i < parts.size() ? parts[i] : std::string(); };
  if (name == "/help" || name == "/?") {
    out_ << kHelp;
    return true;
  }
  if (name == "/exit" || name == "/quit") {
    exitRequested_ = true;
    return true;
  }
  if (name == "/vars" || name == "/methods") {
    const auto& names = name == "/vars" ? session_.variables() : session_.methods();
    for (const std::string& each : names) out_ << each << "\n";
    return true;
  }
  if (name == "/classes") return listClasses(argument(1));
  if (name == "/stations") return showView("stations()Ljava/lang/String;");
  if (name == "/ps") return showView("transactions()Ljava/lang/String;");
  if (name == "/top") {
    int times = argument(1).empty() ? 1 : std::atoi(argument(1).c_str());
    if (times < 1) {
      err_ << "/top N: N must be a positive number of refreshes\n";
      return false;
    }
    for (int i = 0; i < times && !takeInterrupt(); ++i) {
      if (i > 0) std::this_thread::sleep_for(std::chrono::seconds(1));
      if (!showView("stations()Ljava/lang/String;")) return false;
    }
    return true;
  }
  if (name == "/migrate") return migrate(parts);
  if (name == "/heap") return heapStatistics();
  if (name == "/open" || name == "/load") {
    if (parts.size() != 2) {
      err_ << name << " FILE: give one file\n";
      return false;
    }
    return openFile(parts[1]);
  }
  if (name == "/run") return runClass(parts);
  if (name == "/history") {
    for (size_t i = 0; i + 1 < history_.size(); ++i) out_ << history_[i] << "\n";
    return true;
  }
  if (name == "/timing") {
    if (argument(1) != "on" && argument(1) != "off") {
      err_ << "/timing on|off\n";
      return false;
    }
    options_.timing = argument(1) == "on";
    return true;
  }
  err_ << "unknown command " << name << " (/help lists them)\n";
  return false;
}

bool Repl::showView(const char* method) {
  runtime::publishStatisticsNow();
  Call call{"plurix.ShellViews", method, {}, {}};
  if (!transact(&callStaticString, &call, err_)) return false;
  if (!call.failure.empty()) {
    err_ << call.failure << "\n";
    return false;
  }
  out_ << call.result;
  return true;
}

bool Repl::migrate(const std::vector<std::string>& parts) {
  char* end = nullptr;
  long id = parts.size() == 3 ? std::strtol(parts[1].c_str(), &end, 10) : -1;
  bool idOk = end != nullptr && *end == '\0' && id > 0;
  long station = idOk ? std::strtol(parts[2].c_str(), &end, 10) : -1;
  if (!idOk || *end != '\0' || station < 0) {
    err_ << "/migrate ID STATION: the transaction's number (see /ps) and the station's (see /stations)\n";
    return false;
  }
  struct Move {
    int32_t id;
    int32_t station;
    std::string result;
    bool found = false;
  } move{static_cast<int32_t>(id), static_cast<int32_t>(station), {}, false};
  bool ran = transact(
      [](void* argument) {
        auto* move = static_cast<Move*>(argument);
        const runtime::MethodEntry* method =
            runtime::findDeclaredMethod(runtime::findClass("plurix.ShellViews"), "migrate(II)Ljava/lang/String;");
        move->found = method != nullptr;
        if (method == nullptr) return;
        runtime::enterCluster();
        heap::ObjectHeader* text =
            reinterpret_cast<heap::ObjectHeader* (*)(int32_t, int32_t)>(method->code)(move->id, move->station);
        if (runtime::hasPending()) {
          runtime::takePending();
          move->result = "the move failed";
          return;
        }
        move->result = runtime::stringUtf8(text);
      },
      &move, err_);
  if (!ran || !move.found) return false;
  bool moved = move.result.rfind("moved", 0) == 0;
  (moved ? out_ : err_) << move.result << "\n";
  return moved;
}

bool Repl::listClasses(const std::string& prefix) {
  ClassNames names;
  if (!transact(&collectClassNames, &names, err_)) return false;
  std::sort(names.names.begin(), names.names.end());
  for (const std::string& name : names.names) {
    if (name.compare(0, prefix.size(), prefix) == 0) out_ << name << "\n";
  }
  return true;
}

bool Repl::heapStatistics() {
  Statistics statistics;
  bool ran = transact(
      [](void* argument) {
        static_cast<Statistics*>(argument)->stats = heap::gatherHeapStats(runtime::attachedHeap().memoryManager());
      },
      &statistics, err_);
  if (!ran) return false;
  heap::writeHeapStats(statistics.stats, heap::TextSink{[](void* context, const char* text, size_t length) {
                                                         static_cast<std::ostream*>(context)->write(text, length);
                                                       },
                                                       &out_});
  return true;
}

bool Repl::openFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err_ << "/open: cannot read " << path << "\n";
    return false;
  }
  if (path.size() > 5 && path.compare(path.size() - 5, 5, ".java") == 0) {
    std::ostringstream text;
    text << in.rdbuf();
    compiler::live::LiveOptions options;
    compiler::live::LiveResult result;
    if (!session_.compiler().compile({{path, text.str(), true}}, options, err_, &result)) return false;
    for (const std::string& name : result.newClasses) out_ << "created class " << name << "\n";
    if (result.unchanged) out_ << path << " is in the heap already\n";
    return true;
  }
  StreamLineReader script(in);
  bool ok = true;
  while (std::optional<std::string> input = script.readInput("", "")) {
    if (!handle(*input, script.lineNumber())) ok = false;
    if (exitRequested_) break;
  }
  return ok;
}

bool Repl::runClass(const std::vector<std::string>& parts) {
  if (parts.size() < 2) {
    err_ << "/run CLASS [ARGS...]: give the class whose main to run\n";
    return false;
  }
  MainRun run{parts[1], std::vector<std::string>(parts.begin() + 2, parts.end()), 0, false};
  if (!transact(&runMainHere, &run, err_)) return false;
  runtime::consoleFlush();
  std::fflush(stdout);
  if (!run.found) {
    err_ << "/run: no class " << parts[1] << " in the heap (/classes lists them)\n";
    return false;
  }
  runRegisteredWork();
  return run.status == 0;
}

std::vector<std::string> Repl::complete(const std::string& line, size_t cursor, std::string* wordStart) {
  size_t start = std::min(cursor, line.size());
  auto part = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$' || c == '.'; };
  while (start > 0 && part(line[start - 1])) --start;
  bool command = start > 0 && line[start - 1] == '/' && trim(line.substr(0, start - 1)).empty();
  if (command) --start;
  std::string word = line.substr(start, std::min(cursor, line.size()) - start);
  *wordStart = word;
  std::vector<std::string> candidates;
  auto offer = [&](const std::string& candidate) {
    if (candidate.compare(0, word.size(), word) == 0 &&
        std::find(candidates.begin(), candidates.end(), candidate) == candidates.end()) {
      candidates.push_back(candidate);
    }
  };
  if (command) {
    for (const char* each : kCommands) offer(each);
    return candidates;
  }
  ClassNames classes;
  if (!transact(&collectClassNames, &classes, err_)) return candidates;
  size_t dot = word.rfind('.');
  if (dot != std::string::npos) {
    // Members of a class named before the dot (simple or qualified), or qualified class names.
    std::string owner = word.substr(0, dot);
    for (const std::string& name : classes.names) {
      std::string simple = name.substr(name.rfind('.') + 1);
      if (name != owner && simple != owner) {
        offer(name);
        continue;
      }
      Members members{name, {}};
      if (!transact(&collectMembers, &members, err_)) continue;
      for (const std::string& member : members.names) offer(owner + "." + member);
    }
    return candidates;
  }
  for (const std::string& name : session_.variables()) offer(name);
  for (const std::string& name : session_.methods()) offer(name);
  for (const std::string& name : classes.names) offer(name.substr(name.rfind('.') + 1));
  std::sort(candidates.begin(), candidates.end());
  return candidates;
}

}  // namespace plurix::shell

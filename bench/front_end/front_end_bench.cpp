// Front-end throughput: lines per second for parse + full semantic check of a
// large generated program (issue goal: at least 50,000 lines/s on one core).
// The embedded standard library is parsed and checked in every iteration too,
// as it is on every real `plurix check`; only the user's lines are counted.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bench/front_end/program_generator.h"
#include "compiler/front_end.h"

namespace {

size_t countLines(const std::vector<plurix::bench::GeneratedFile>& files) {
  size_t lines = 0;
  for (const auto& f : files) lines += static_cast<size_t>(std::count(f.text.begin(), f.text.end(), '\n'));
  return lines;
}

void BM_ParseAndCheck(benchmark::State& state) {
  auto files = plurix::bench::generateProgram(static_cast<int>(state.range(0)));
  size_t lines = countLines(files);
  for (auto _ : state) {
    plurix::compiler::FrontEnd frontEnd;
    for (const auto& f : files) frontEnd.addSource(f.path, f.text);
    bool clean = frontEnd.check();
    if (!clean) {
      // A program with errors would measure an early exit, not a check.
      frontEnd.diagnostics().render(std::cerr, frontEnd.sources());
      state.SkipWithError("generated program has errors");
      return;
    }
    benchmark::DoNotOptimize(clean);
  }
  state.counters["lines"] = static_cast<double>(lines);
  state.counters["lines/s"] =
      benchmark::Counter(static_cast<double>(lines * state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseAndCheck)->Arg(50)->Arg(500)->Unit(benchmark::kMillisecond);

// With PLURIX_BENCH_DUMP=DIR the 500-class program is also written to DIR, so
// the same sources can be timed under javac as the reference.
void dumpProgramIfAsked() {
  const char* dir = std::getenv("PLURIX_BENCH_DUMP");
  if (dir == nullptr) return;
  for (const auto& f : plurix::bench::generateProgram(500)) {
    std::filesystem::path path = std::filesystem::path(dir) / f.path;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << f.text;
  }
}

}  // namespace

int main(int argc, char** argv) {
  dumpProgramIfAsked();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

#pragma once
// The subcommands of `plurix`. Each registers its options on the parent
// CLI::App and returns the exit status it produced through `*status`:
// 0 success, 1 the input was wrong (compile errors, a failed program),
// 2 the command line itself was wrong.
#include <CLI/CLI.hpp>

namespace plurix::cli {

// `plurix check FILE...`: parse and type-check, print diagnostics.
void addCheckCommand(CLI::App& app, int* status);

// `plurix heap create|stats IMAGE`: write an empty heap image; print an image's statistics.
void addHeapCommand(CLI::App& app, int* status);

// `plurix run FILE... [-- ARGS]`: compile into an embedded heap and run main.
void addRunCommand(CLI::App& app, int* status);
// `plurix cluster up|status|down`: a cluster of station processes on this host.
void addClusterCommand(CLI::App& app, int* status);
// `plurix station --create|--join ADDR`: one station of a cluster.
void addStationCommand(CLI::App& app, int* status);
// `plurix submit --join ADDR FILE... [--on K]`: compile into a running cluster and run main.
void addSubmitCommand(CLI::App& app, int* status);
// `plurix shell [--join ADDR]`: the REPL.
void addShellCommand(CLI::App& app, int* status);
// Moves the arguments after `run ... --` (or `station ... --`) aside for the program (CLI11 must not see them).
void takeProgramArguments(int* argc, char** argv);

}  // namespace plurix::cli

// plurix: the one command of the system (DESIGN.md "The user surface").
// Exit status: 0 success, 1 the input was wrong, 2 the command line was wrong.
#include <malloc.h>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // Buffers of up to 16 MiB (a page run read ahead, a message being framed) come from malloc's
  // arenas and stay there when freed, up to 64 MiB at an arena's top: glibc would otherwise map
  // each large one anew and hand it back at once, and every page of every buffer would fault
  // again, at tens of microseconds a fault under a hypervisor.
  mallopt(M_MMAP_THRESHOLD, 16 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  CLI::App app{"Plurix: a cluster of stations sharing one distributed heap of data and code",
               "plurix"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Print help for every subcommand");
  int status = 0;
  plurix::cli::addCheckCommand(app, &status);
  plurix::cli::addHeapCommand(app, &status);
  plurix::cli::addRunCommand(app, &status);
  plurix::cli::addStationCommand(app, &status);
  plurix::cli::addClusterCommand(app, &status);
  plurix::cli::addSubmitCommand(app, &status);
  plurix::cli::addShellCommand(app, &status);
  plurix::cli::takeProgramArguments(&argc, argv);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::ParseError& error) {
    // Help of a subcommand arrives as CallForHelp too, caught above; any other
    // parse error is a wrong command line.
    std::cerr << "plurix: " << error.what() << "\nRun 'plurix --help' for usage.\n";
    return 2;
  }
  return status;
}

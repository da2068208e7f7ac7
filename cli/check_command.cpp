#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "compiler/front_end.h"

namespace plurix::cli {

namespace {

struct CheckOptions {
  std::vector<std::string> files;
  bool quiet = false;
};

int runCheck(const CheckOptions& options) {
  compiler::FrontEnd frontEnd;
  for (const std::string& file : options.files) {
    if (file.size() < 6 || file.compare(file.size() - 5, 5, ".java") != 0) {
      std::cerr << "plurix check: " << file << ": not a .java file\n";
      return 2;
    }
    frontEnd.addFile(file);
  }
  // Unreadable files are already errors; the rest are still checked so the
  // user sees every problem of the run at once.
  bool clean = frontEnd.check();
  frontEnd.diagnostics().render(std::cerr, frontEnd.sources());
  if (clean && !options.quiet) {
    std::cout << options.files.size() << (options.files.size() == 1 ? " file" : " files")
              << " checked, no errors\n";
  }
  return clean ? 0 : 1;
}

}  // namespace

void addCheckCommand(CLI::App& app, int* status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* check = app.add_subcommand(
      "check", "Parse and type-check Java dialect sources; print diagnostics as file:line:col");
  check->add_option("FILE", options->files, "Source files (.java)")->required();
  check->add_flag("-q,--quiet", options->quiet, "Print nothing when there are no errors");
  check->callback([options, status] { *status = runCheck(*options); });
}

}  // namespace plurix::cli

#pragma once
// The front end as one pipeline: load sources, parse each file, add the
// embedded standard library, then analyze the whole program. `plurix check`,
// the golden-program tests, the fuzzer and (later) the code generator and the
// shell all enter here.
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"

namespace plurix::compiler {

class FrontEnd {
 public:
  FrontEnd();
  ~FrontEnd();

  // Adds a user file from disk. An unreadable file is reported as an error
  // naming the path and the reason, and false is returned.
  bool addFile(const std::string& path);
  // Adds a user file whose text is in memory (tests, the shell, the fuzzer).
  void addSource(std::string path, std::string text);

  // Parses every added file and the standard library, then runs semantic
  // analysis over all of them. Returns true iff no error was reported.
  // Call once.
  bool check();

  SourceManager& sources() { return sources_; }
  DiagnosticEngine& diagnostics() { return diags_; }
  // The user's units (not the library's), in the order they were added.
  std::span<ast::CompilationUnit* const> userUnits() const { return userUnits_; }
  // Every unit of the program: the user's first, then the library's (after check()).
  std::span<ast::CompilationUnit* const> allUnits() const { return allUnits_; }

 private:
  SourceManager sources_;
  DiagnosticEngine diags_;
  std::vector<FileId> userFiles_;
  std::vector<std::unique_ptr<ast::CompilationUnit>> units_;
  std::vector<ast::CompilationUnit*> userUnits_;
  std::vector<ast::CompilationUnit*> allUnits_;
};

}  // namespace plurix::compiler

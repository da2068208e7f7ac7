#include "compiler/front_end.h"

#include "compiler/parse/parser.h"
#include "compiler/sema/analyzer.h"
#include "stdlib/embedded_sources.h"

namespace plurix::compiler {

FrontEnd::FrontEnd() = default;
FrontEnd::~FrontEnd() = default;

bool FrontEnd::addFile(const std::string& path) {
  FileId id = 0;
  std::string error;
  if (!sources_.loadFile(path, &id, &error)) {
    diags_.error(SourceLocation{}, "cannot read " + error);
    return false;
  }
  userFiles_.push_back(id);
  return true;
}

void FrontEnd::addSource(std::string path, std::string text) {
  userFiles_.push_back(sources_.addFile(std::move(path), std::move(text)));
}

bool FrontEnd::check() {
  for (FileId file : userFiles_) {
    units_.push_back(parse::parseCompilationUnit(sources_, file, diags_));
    units_.back()->path = sources_.path(file);
    userUnits_.push_back(units_.back().get());
  }
  // The library is parsed after the user's files so that user FileIds come
  // first and diagnostics print in the order the user named the files.
  for (const stdlib::EmbeddedSource& source : stdlib::embeddedSources()) {
    FileId id = sources_.addFile("<stdlib>/" + std::string(source.path), std::string(source.text));
    units_.push_back(parse::parseCompilationUnit(sources_, id, diags_));
    units_.back()->isLibrary = true;
    units_.back()->path = sources_.path(id);
  }
  allUnits_.reserve(units_.size());
  for (auto& unit : units_) allUnits_.push_back(unit.get());
  sema::analyzeProgram(allUnits_, diags_);
  return !diags_.hasErrors();
}

}  // namespace plurix::compiler

// libFuzzer target over the parser alone (lexer, ANTLR parse, AST builder).
// It runs far more inputs per second than front_end_fuzzer, which also checks
// the whole standard library on every input, so it reaches deeper into the
// grammar's error paths in the same time.
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/parse/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plurix::compiler::SourceManager sources;
  plurix::compiler::DiagnosticEngine diags;
  auto file = sources.addFile("Fuzz.java", std::string(reinterpret_cast<const char*>(data), size));
  auto unit = plurix::compiler::parse::parseCompilationUnit(sources, file, diags);
  (void)unit;
  return 0;
}

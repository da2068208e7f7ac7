#include "compiler/parse/parser.h"

#include <gtest/gtest.h>

namespace plurix::compiler::parse {
namespace {

TEST(Parser, Smoke) {
  SourceManager sources;
  DiagnosticEngine diags;
  FileId file = sources.addFile("A.java", "class A { int f(int x) { return x + 1; } }");
  auto unit = parseCompilationUnit(sources, file, diags);
  for (auto& d : diags.diagnostics()) ADD_FAILURE() << d.message;
  ASSERT_EQ(unit->types.size(), 1u);
}

}  // namespace
}  // namespace plurix::compiler::parse

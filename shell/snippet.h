// What one shell input is, decided by parsing it (never by guessing from its first word): a
// class or interface declaration, declarations of variables and methods, an expression whose
// value the shell shows, or statements to run. Each becomes a unit of the dialect the live
// compiler takes (session.h); this file only says which, and where the input's words are.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace plurix::shell {

enum class SnippetKind : uint8_t {
  kEmpty,       // only blanks and comments
  kClass,       // top-level class and interface declarations
  kMembers,     // variable and method declarations: kept by the session
  kExpression,  // one expression: its value is shown (`$1 ==> 42`)
  kStatements,  // statements, run once
};

struct Snippet {
  SnippetKind kind = SnippetKind::kEmpty;
  std::string text;                      // the input, with a ';' added where the input left it out
  std::vector<std::string> classNames;   // kClass: the declared types, in order
  std::vector<std::string> variables;    // kMembers: the declared variables, in order
  std::vector<std::string> methods;      // kMembers: the declared methods, in order
  // kMembers: byte offsets in text where a declaration without `static` starts (the session
  // declares every member static, so that later inputs reach it by its simple name).
  std::vector<size_t> staticInsertions;
};

// Guarantees the kind of input and its parts. Never fails: what parses as nothing else is
// statements, and compiling them reports the errors.
Snippet classifySnippet(const std::string& input);

}  // namespace plurix::shell

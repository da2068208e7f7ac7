#include "shell/snippet.h"

#include <algorithm>
#include <memory>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/parse/parser.h"

namespace plurix::shell {

namespace {

namespace ast = compiler::ast;

// A parse of text inside a wrapper; the input starts on line 2 of the wrapper, column 1.
struct Parse {
  compiler::SourceManager sources;
  compiler::DiagnosticEngine diagnostics;
  std::unique_ptr<ast::CompilationUnit> unit;
  bool clean() const { return !diagnostics.hasErrors(); }
};

std::unique_ptr<Parse> parseWrapped(const std::string& before, const std::string& text, const std::string& after) {
  auto parse = std::make_unique<Parse>();
  compiler::FileId file = parse->sources.addFile("snippet", before + "\n" + text + "\n" + after);
  parse->unit = compiler::parse::parseCompilationUnit(parse->sources, file, parse->diagnostics);
  return parse;
}

// The byte offset in text of a location in the wrapper (input from line 2, column 1; columns
// count code points).
size_t offsetOf(const std::string& text, compiler::SourceLocation where) {
  size_t offset = 0;
  for (uint32_t line = 2; line < where.line && offset < text.size(); ++line) {
    size_t end = text.find('\n', offset);
    offset = end == std::string::npos ? text.size() : end + 1;
  }
  for (uint32_t column = 1; column < where.column && offset < text.size(); ++column) {
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

bool onlyBlanks(const std::string& input) {
  auto parse = parseWrapped("", input, "");
  return parse->clean() && parse->unit->types.empty() && parse->unit->imports.empty();
}

bool classified(Snippet& snippet) {
  const std::string& text = snippet.text;
  // Class and interface declarations: the input is a compilation unit of types alone.
  {
    auto parse = parseWrapped("", text, "");
    if (parse->clean() && !parse->unit->types.empty() && parse->unit->imports.empty()) {
      snippet.kind = SnippetKind::kClass;
      for (const auto& type : parse->unit->types) snippet.classNames.push_back(type->name);
      return true;
    }
  }
  // One expression.
  if (!text.empty() && text.back() != ';') {
    auto parse = parseWrapped("class $ { Object $() { return (", text, "); } }");
    if (parse->clean()) {
      snippet.kind = SnippetKind::kExpression;
      return true;
    }
  }
  // Variable and method declarations.
  {
    auto parse = parseWrapped("class $ {", text, "}");
    if (parse->clean() && parse->unit->types.size() == 1 && !parse->unit->types[0]->members.empty()) {
      bool members = true;
      for (const auto& member : parse->unit->types[0]->members) {
        members = members && (member->is<ast::FieldDecl>() || member->is<ast::MethodDecl>());
      }
      if (members) {
        snippet.kind = SnippetKind::kMembers;
        for (const auto& member : parse->unit->types[0]->members) {
          if (member->is<ast::FieldDecl>()) {
            snippet.variables.push_back(member->as<ast::FieldDecl>()->name);
          } else {
            snippet.methods.push_back(member->as<ast::MethodDecl>()->name);
          }
          // A field's own location is its name; `static` goes before its type (after modifiers).
          compiler::SourceLocation start = member->is<ast::FieldDecl>() ? member->as<ast::FieldDecl>()->type->location
                                                                         : member->location;
          size_t at = offsetOf(text, start);
          bool declared = std::find(snippet.staticInsertions.begin(), snippet.staticInsertions.end(), at) !=
                          snippet.staticInsertions.end();
          if ((member->modifiers & ast::kStatic) == 0 && !declared) snippet.staticInsertions.push_back(at);
        }
        return true;
      }
    }
  }
  // Statements.
  {
    auto parse = parseWrapped("class $ { void $() {", text, "} }");
    if (parse->clean()) {
      snippet.kind = SnippetKind::kStatements;
      return true;
    }
  }
  return false;
}

}  // namespace

Snippet classifySnippet(const std::string& input) {
  Snippet snippet;
  size_t end = input.find_last_not_of(" \t\r\n");
  snippet.text = end == std::string::npos ? std::string() : input.substr(0, end + 1);
  if (snippet.text.empty() || onlyBlanks(snippet.text)) return snippet;
  if (classified(snippet)) return snippet;
  // As jshell does, a declaration or statement may leave out its final semicolon.
  Snippet withSemicolon;
  withSemicolon.text = snippet.text + ";";
  if (classified(withSemicolon) && withSemicolon.kind != SnippetKind::kExpression) return withSemicolon;
  snippet.kind = SnippetKind::kStatements;  // compiling says what is wrong
  return snippet;
}

}  // namespace plurix::shell

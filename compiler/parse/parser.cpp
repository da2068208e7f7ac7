// The parse pipeline of one file: decode UTF-8, lex, check the token stream
// (lexical errors, bracket nesting), parse in two stages, build the AST.
//
// Why two stages: SLL prediction with a bail-out strategy parses almost every
// correct file and is much faster than full LL; only a file it fails on is
// parsed again with LL and error recovery, which then finds and words every
// syntax error. The AST is built only from an error-free parse tree, so the
// errors of a file with a syntax error are its syntax errors, as with javac.
//
// Why the limits: ANTLR parses by recursive descent, so input like a megabyte
// of '(' would overflow the stack. Bracket nesting beyond kMaxBracketNesting
// is rejected before parsing, and any other deep recursion (`- - - ... x`,
// `a = a = ... a`) is caught by a stack budget checked on every rule entry.
#include "compiler/parse/parser.h"

#include <cstdio>
#include <string>

#include "PlurixJavaLexer.h"
#include "PlurixJavaParser.h"
#include "antlr4-runtime.h"
#include "compiler/parse/ast_builder.h"
#include "compiler/parse/syntax_error_reporter.h"

namespace plurix::compiler::parse {
namespace {

constexpr int kMaxBracketNesting = 256;
// Unmatched '<' within one statement or declaration. ALL(*) prediction over
// `List<List<...` or `a < b < ...` costs time quadratic in this count.
constexpr int kMaxOpenAngles = 256;
// Bytes of stack the parser may use below parseCompilationUnit's frame. The
// deepest nesting the limits allow needs a fraction of it, and the 8 MiB
// main-thread stack holds it with room for the callers.
constexpr size_t kParserStackBudget = size_t{3} << 20;

using gen::PlurixJavaLexer;
using gen::PlurixJavaParser;

// A char stream over code points decoded here: ANTLR's own UTF-8 decoder
// throws on malformed input.
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointStream(std::u32string codePoints) {
    _data = std::move(codePoints);
    p = 0;
  }
};

// Reads the strict UTF-8 sequence at text[i] (no overlong forms, surrogates
// or values past U+10FFFF). On success advances i past it; on failure by one.
bool readCodePoint(const std::string& text, size_t& i, char32_t* cp) {
  static constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
  unsigned char lead = static_cast<unsigned char>(text[i]);
  int extra = lead < 0x80 ? 0 : (lead & 0xE0) == 0xC0 ? 1 : (lead & 0xF0) == 0xE0 ? 2 : (lead & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || text.size() - i <= static_cast<size_t>(extra)) {
    ++i;
    return false;
  }
  char32_t value = extra == 0 ? lead : lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    unsigned char next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      ++i;
      return false;
    }
    value = (value << 6) | (next & 0x3F);
  }
  if (value < kMinimum[extra] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    ++i;
    return false;
  }
  i += extra + 1;
  *cp = value;
  return true;
}

// Decodes the file and reports each line that holds a malformed sequence. A
// lone '\r' becomes '\n' so that ANTLR counts lines as the SourceManager does.
bool decodeSource(const std::string& text, FileId file, DiagnosticEngine& diags, std::u32string* out) {
  out->reserve(text.size());
  uint32_t line = 1, column = 1, lastBadLine = 0;
  size_t i = 0;
  while (i < text.size()) {
    char32_t cp = 0;
    if (!readCodePoint(text, i, &cp)) {
      if (line != lastBadLine) diags.error(SourceLocation{file, line, column}, "invalid UTF-8 byte sequence");
      lastBadLine = line;
      ++column;
      continue;
    }
    bool lineEnds = cp == '\n' || (cp == '\r' && (i >= text.size() || text[i] != '\n'));
    out->push_back(cp == '\r' && lineEnds ? U'\n' : cp);
    if (lineEnds) {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return lastBadLine == 0;
}

// Byte offset of each code point of valid UTF-8 `text` (plus the end), so
// that token text can be cut from the source; empty when text is ASCII.
std::vector<uint32_t> codePointOffsets(const std::string& text, size_t codePoints) {
  std::vector<uint32_t> offsets;
  if (codePoints == text.size()) return offsets;
  offsets.reserve(codePoints + 1);
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(static_cast<uint32_t>(i));
  }
  offsets.push_back(static_cast<uint32_t>(text.size()));
  return offsets;
}

std::string displayCharacter(const std::string& text) {
  if (text.size() == 1 && text[0] > ' ' && text[0] < 0x7F) return text;
  // javac shows what it cannot print as a Unicode escape.
  size_t i = 0;
  char32_t cp = 0;
  readCodePoint(text, i, &cp);
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(cp));
  return buffer;
}

// javac's words for a lexical error token; null for other tokens.
const char* lexicalErrorMessage(size_t tokenType) {
  switch (tokenType) {
    case PlurixJavaLexer::UNCLOSED_COMMENT: return "unclosed comment";
    case PlurixJavaLexer::UNCLOSED_STRING: return "unclosed string literal";
    case PlurixJavaLexer::UNCLOSED_CHAR: return "unclosed character literal";
    default: return nullptr;
  }
}

// Reports the lexical errors of the whole token stream and checks bracket
// and angle nesting. Returns false when nesting is too deep to parse.
bool checkTokens(antlr4::CommonTokenStream& tokens, FileId file, DiagnosticEngine& diags, size_t* lexicalErrors) {
  int depth = 0;
  int openAngles = 0;
  for (antlr4::Token* token : tokens.getTokens()) {
    size_t type = token->getType();
    if (type == PlurixJavaLexer::LT && ++openAngles > kMaxOpenAngles) {
      diags.error(locationOf(token, file),
                  "too many unmatched '<' in one statement (limit " + std::to_string(kMaxOpenAngles) + ")");
      return false;
    }
    if (type == PlurixJavaLexer::GT && openAngles > 0) --openAngles;
    if (type == PlurixJavaLexer::SEMI || type == PlurixJavaLexer::LBRACE || type == PlurixJavaLexer::RBRACE) {
      openAngles = 0;
    }
    if (type == PlurixJavaLexer::ILLEGAL_CHAR) {
      diags.error(locationOf(token, file), "illegal character: '" + displayCharacter(token->getText()) + "'");
      ++*lexicalErrors;
    } else if (const char* message = lexicalErrorMessage(type)) {
      diags.error(locationOf(token, file), message);
      ++*lexicalErrors;
    } else if (type == PlurixJavaLexer::LPAREN || type == PlurixJavaLexer::LBRACK || type == PlurixJavaLexer::LBRACE) {
      if (++depth > kMaxBracketNesting) {
        diags.error(locationOf(token, file), "too deeply nested (limit " + std::to_string(kMaxBracketNesting) + ")");
        return false;
      }
    } else if (type == PlurixJavaLexer::RPAREN || type == PlurixJavaLexer::RBRACK || type == PlurixJavaLexer::RBRACE) {
      if (depth > 0) --depth;
    }
  }
  return true;
}

// Stage one: SLL, no recovery. Returns null if SLL could not parse the file.
PlurixJavaParser::CompilationUnitContext* parseFast(PlurixJavaParser& parser) {
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    return parser.compilationUnit();
  } catch (const antlr4::ParseCancellationException&) {
    return nullptr;
  }
}

// Stage two: full LL with recovery, reporting every syntax error.
PlurixJavaParser::CompilationUnitContext* parseReportingErrors(PlurixJavaParser& parser,
                                                               antlr4::CommonTokenStream& tokens, FileId file,
                                                               DiagnosticEngine& diags, size_t* syntaxErrors) {
  tokens.seek(0);
  parser.reset();
  auto reporter = std::make_shared<SyntaxErrorReporter>(diags, file);
  parser.setErrorHandler(reporter);
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
  PlurixJavaParser::CompilationUnitContext* tree = parser.compilationUnit();
  *syntaxErrors = reporter->errorCount();
  return tree;
}

std::unique_ptr<ast::CompilationUnit> parseChecked(const SourceManager& sources, FileId file,
                                                   DiagnosticEngine& diags, const char* stackBase) {
  auto empty = [file] {
    auto unit = std::make_unique<ast::CompilationUnit>(SourceLocation{file, 1, 1});
    unit->file = file;
    return unit;
  };
  std::u32string codePoints;
  const std::string& source = sources.text(file);
  if (!decodeSource(source, file, diags, &codePoints)) return empty();
  std::vector<uint32_t> byteOffsets = codePointOffsets(source, codePoints.size());

  CodePointStream input(std::move(codePoints));
  PlurixJavaLexer lexer(&input);
  lexer.removeErrorListeners();  // every character forms a token; nothing to report
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  size_t lexicalErrors = 0;
  if (!checkTokens(tokens, file, diags, &lexicalErrors)) return empty();

  PlurixJavaParser parser(&tokens);
  parser.removeErrorListeners();
  parser.setStackBudget(stackBase, kParserStackBudget);
  try {
    PlurixJavaParser::CompilationUnitContext* tree = parseFast(parser);
    size_t syntaxErrors = 0;
    if (tree == nullptr) tree = parseReportingErrors(parser, tokens, file, diags, &syntaxErrors);
    if (syntaxErrors > 0 || lexicalErrors > 0) return empty();
    return AstBuilder(file, diags, source, byteOffsets.empty() ? nullptr : &byteOffsets).build(tree);
  } catch (const PlurixJavaParser::StackBudgetExceeded&) {
    diags.error(locationOf(parser.getCurrentToken(), file), "statement or expression too deeply nested to parse");
    return empty();
  }
}

}  // namespace

std::unique_ptr<ast::CompilationUnit> parseCompilationUnit(const SourceManager& sources, FileId file,
                                                           DiagnosticEngine& diags) {
  const char* stackBase = static_cast<const char*>(__builtin_frame_address(0));
  try {
    return parseChecked(sources, file, diags, stackBase);
  } catch (const std::exception& e) {
    // Never expected; the contract is that no input crashes the front end.
    diags.error(SourceLocation{file, 1, 1}, std::string("internal parser error: ") + e.what());
  }
  auto unit = std::make_unique<ast::CompilationUnit>(SourceLocation{file, 1, 1});
  unit->file = file;
  return unit;
}

}  // namespace plurix::compiler::parse

#include "compiler/parse/syntax_error_reporter.h"

#include <optional>

namespace plurix::compiler::parse {

using gen::PlurixJavaParser;

SourceLocation locationOf(const antlr4::Token* token, FileId file) {
  return SourceLocation{file, static_cast<uint32_t>(token->getLine()),
                        static_cast<uint32_t>(token->getCharPositionInLine() + 1)};
}

SourceLocation locationAfter(const antlr4::Token* token, FileId file) {
  SourceLocation where = locationOf(token, file);
  for (unsigned char c : token->getText()) {
    if (c == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count code points, not UTF-8 bytes
      ++where.column;
    }
  }
  return where;
}

namespace {

// The default-channel token before `token`, or null at the start of the file.
antlr4::Token* previousToken(antlr4::Parser* parser, antlr4::Token* token) {
  auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(parser->getTokenStream());
  if (stream == nullptr) return nullptr;
  for (size_t i = token->getTokenIndex(); i-- > 0;) {
    antlr4::Token* candidate = stream->get(i);
    if (candidate->getChannel() == antlr4::Token::DEFAULT_CHANNEL) return candidate;
  }
  return nullptr;
}

// An illegal character is reported by itself and then skipped; javac does
// not add the syntax error its absence may cause.
bool followsIllegalCharacter(antlr4::Parser* parser, const antlr4::Token* previous, const antlr4::Token* offending) {
  auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(parser->getTokenStream());
  if (stream == nullptr) return false;
  size_t begin = previous != nullptr ? previous->getTokenIndex() + 1 : 0;
  for (size_t i = begin; i < offending->getTokenIndex(); ++i) {
    if (stream->get(i)->getType() == PlurixJavaParser::ILLEGAL_CHAR) return true;
  }
  return false;
}

bool isUnclosedLiteral(const antlr4::Token* token) {
  return token != nullptr && (token->getType() == PlurixJavaParser::UNCLOSED_STRING ||
                              token->getType() == PlurixJavaParser::UNCLOSED_CHAR);
}

bool inRule(antlr4::Parser* parser, std::initializer_list<size_t> rules) {
  antlr4::ParserRuleContext* context = parser->getContext();
  if (context == nullptr) return false;
  for (size_t rule : rules) {
    if (context->getRuleIndex() == rule) return true;
  }
  return false;
}

bool isPrimitiveKeyword(size_t type) {
  using P = PlurixJavaParser;
  switch (type) {
    case P::BOOLEAN: case P::BYTE: case P::SHORT: case P::CHAR:
    case P::INT: case P::LONG: case P::FLOAT: case P::DOUBLE: return true;
    default: return false;
  }
}

// The index of the first token of the type ending at `last` (a primitive or
// qualified name followed by [] pairs), or nullopt if none ends there.
std::optional<size_t> typeStartBefore(antlr4::BufferedTokenStream& stream, size_t last) {
  using P = PlurixJavaParser;
  size_t i = last;
  while (i >= 2 && stream.get(i)->getType() == P::RBRACK && stream.get(i - 1)->getType() == P::LBRACK) i -= 2;
  if (isPrimitiveKeyword(stream.get(i)->getType())) return i;
  if (stream.get(i)->getType() != P::IDENTIFIER) return std::nullopt;
  while (i >= 2 && stream.get(i - 1)->getType() == P::DOT && stream.get(i - 2)->getType() == P::IDENTIFIER) i -= 2;
  return i;
}

// `new T[]` with neither a size nor an initializer: javac's "array dimension
// missing", at the token after the brackets.
bool isArrayDimensionMissing(antlr4::Parser* parser, const antlr4::Token* previous, const antlr4::Token* offending) {
  auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(parser->getTokenStream());
  if (stream == nullptr || previous == nullptr || previous->getType() != PlurixJavaParser::RBRACK) return false;
  if (offending->getType() == PlurixJavaParser::LBRACE || offending->getType() == PlurixJavaParser::LBRACK) return false;
  std::optional<size_t> start = typeStartBefore(*stream, previous->getTokenIndex());
  return start && *start > 0 && stream->get(*start - 1)->getType() == PlurixJavaParser::NEW;
}

// The index just past the type starting at `first` (a primitive or qualified
// name followed by [] pairs), or nullopt if no type starts there.
std::optional<size_t> typeEndAfter(antlr4::BufferedTokenStream& stream, size_t first) {
  using P = PlurixJavaParser;
  const size_t size = stream.size();
  size_t i = first;
  if (i >= size) return std::nullopt;
  if (isPrimitiveKeyword(stream.get(i)->getType())) {
    ++i;
  } else if (stream.get(i)->getType() == P::IDENTIFIER) {
    ++i;
    while (i + 1 < size && stream.get(i)->getType() == P::DOT && stream.get(i + 1)->getType() == P::IDENTIFIER) i += 2;
  } else {
    return std::nullopt;
  }
  while (i + 1 < size && stream.get(i)->getType() == P::LBRACK && stream.get(i + 1)->getType() == P::RBRACK) i += 2;
  return i;
}

// `if (b) int x = 1;`: a declaration where only a statement may stand (the
// body of if, else, while, for or do). ANTLR stops at the type or at the
// name; javac points at the name, which this returns.
const antlr4::Token* declarationAsStatement(antlr4::Parser* parser, const antlr4::Token* previous,
                                            const antlr4::Token* offending) {
  using P = PlurixJavaParser;
  auto* stream = dynamic_cast<antlr4::BufferedTokenStream*>(parser->getTokenStream());
  if (stream == nullptr || previous == nullptr) return nullptr;
  std::optional<size_t> start;
  if (offending->getType() == P::IDENTIFIER) start = typeStartBefore(*stream, previous->getTokenIndex());
  if (!start || typeEndAfter(*stream, *start) != offending->getTokenIndex()) start = offending->getTokenIndex();
  std::optional<size_t> name = typeEndAfter(*stream, *start);
  if (!name || *start == 0 || *name + 1 >= stream->size()) return nullptr;
  if (stream->get(*name)->getType() != P::IDENTIFIER) return nullptr;
  const size_t after = stream->get(*name + 1)->getType();
  if (after != P::ASSIGN && after != P::SEMI && after != P::COMMA && after != P::LBRACK) return nullptr;
  const size_t before = stream->get(*start - 1)->getType();
  if (before != P::RPAREN && before != P::ELSE && before != P::DO) return nullptr;
  return stream->get(*name);
}

}  // namespace

void SyntaxErrorReporter::report(antlr4::Parser* parser, antlr4::Token* offending,
                                 const antlr4::misc::IntervalSet& expected) {
  antlr4::Token* previous = previousToken(parser, offending);
  ++errorCount_;  // counted even when not shown: the tree has an error
  // javac reports an unclosed literal once; what the lost quote breaks after
  // it is noise.
  if (isUnclosedLiteral(offending) || isUnclosedLiteral(previous)) return;
  if (followsIllegalCharacter(parser, previous, offending)) return;
  // Recovery may fail again at the same token; javac reports one error per position.
  if (offending->getTokenIndex() == lastOffendingIndex_) return;
  lastOffendingIndex_ = offending->getTokenIndex();
  auto expectedAfterPrevious = [&](const std::string& what) {
    diags_.error(previous != nullptr ? locationAfter(previous, file_) : locationOf(offending, file_),
                 what + " expected");
  };
  if (offending->getType() == antlr4::Token::EOF) {
    // javac points just past the last token, not at the end of trailing comments.
    diags_.error(previous != nullptr ? locationAfter(previous, file_) : locationOf(offending, file_),
                 "reached end of file while parsing");
    return;
  }
  if (inRule(parser, {PlurixJavaParser::RuleCompilationUnit, PlurixJavaParser::RuleTypeDeclaration})) {
    diags_.error(locationOf(offending, file_), "class, interface, or enum expected");
    return;
  }
  if (offending->getType() == PlurixJavaParser::ELSE) {
    diags_.error(locationOf(offending, file_), "'else' without 'if'");
    return;
  }
  if (isArrayDimensionMissing(parser, previous, offending)) {
    diags_.error(locationOf(offending, file_), "array dimension missing");
    return;
  }
  if (const antlr4::Token* name = declarationAsStatement(parser, previous, offending)) {
    diags_.error(locationOf(name, file_), "variable declaration not allowed here");
    return;
  }
  if (expected.contains(size_t{PlurixJavaParser::IF})) {
    diags_.error(locationOf(offending, file_), "illegal start of statement");
    return;
  }
  if (expected.contains(size_t{PlurixJavaParser::INT_LITERAL})) {
    diags_.error(locationOf(offending, file_), "illegal start of expression");
    return;
  }
  if (expected.contains(size_t{PlurixJavaParser::SEMI})) return expectedAfterPrevious("';'");
  if (expected.contains(size_t{PlurixJavaParser::RPAREN})) return expectedAfterPrevious("')'");
  if (expected.contains(size_t{PlurixJavaParser::RBRACK})) return expectedAfterPrevious("']'");
  if (expected.contains(size_t{PlurixJavaParser::IDENTIFIER})) return expectedAfterPrevious("<identifier>");
  if (expected.size() == 1) {
    return expectedAfterPrevious(parser->getVocabulary().getLiteralName(expected.getMinElement()));
  }
  if (inRule(parser, {PlurixJavaParser::RuleClassBody, PlurixJavaParser::RuleClassBodyDeclaration,
                      PlurixJavaParser::RuleMemberDeclaration})) {
    diags_.error(locationOf(offending, file_), "illegal start of type");
    return;
  }
  diags_.error(locationOf(offending, file_), "illegal start of expression");
}

void SyntaxErrorReporter::reportNoViableAlternative(antlr4::Parser* parser,
                                                    const antlr4::NoViableAltException& e) {
  report(parser, e.getOffendingToken(), parser->getExpectedTokens());
}

void SyntaxErrorReporter::reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) {
  report(parser, e.getOffendingToken(), e.getExpectedTokens());
}

void SyntaxErrorReporter::reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) {
  report(parser, e.getOffendingToken(), parser->getExpectedTokens());
}

void SyntaxErrorReporter::reportUnwantedToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
}

void SyntaxErrorReporter::reportMissingToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(parser, parser->getCurrentToken(), getExpectedTokens(parser));
}

}  // namespace plurix::compiler::parse

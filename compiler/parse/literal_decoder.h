#pragma once
// Turns the text of a literal token into its value with Java's semantics
// (JLS 3.10): radix prefixes, underscores, the L/F/D suffixes, correctly
// rounded floating point, escapes. A malformed or out-of-range literal yields
// javac's message ("integer number too large", "illegal escape character").
#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/ast/ast.h"

namespace plurix::compiler::parse {

struct DecodedLiteral {
  ast::LiteralKind kind = ast::LiteralKind::Int;
  ast::ConstantValue value = int32_t{0};
  std::string error;  // empty iff the literal is valid
  uint32_t errorColumnOffset = 0;  // code points from the token's start to where javac reports the error

  bool ok() const { return error.empty(); }
};

// An integer token (decimal, 0x, 0b, octal; optional L). `negated`: the token
// is the direct operand of unary minus, which alone makes 2147483648 and
// 9223372036854775808L legal; their value is then INT_MIN / LONG_MIN.
DecodedLiteral decodeIntegerLiteral(std::string_view text, bool negated);

// A floating-point token (decimal or hexadecimal; optional F or D).
DecodedLiteral decodeFloatingLiteral(std::string_view text);

// A character literal token including its quotes; the value is the UTF-16
// code unit as int32_t.
DecodedLiteral decodeCharLiteral(std::string_view text);

// A string literal token including its quotes; the value is UTF-16.
DecodedLiteral decodeStringLiteral(std::string_view text);

}  // namespace plurix::compiler::parse

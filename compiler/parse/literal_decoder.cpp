#include "compiler/parse/literal_decoder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <locale.h>

namespace plurix::compiler::parse {
namespace {

DecodedLiteral failure(std::string message) {
  DecodedLiteral result;
  result.error = std::move(message);
  return result;
}

int digitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

bool isHexDigit(char c) { return digitValue(c) < 16; }

// JLS 3.10.1: an underscore may only stand between two digits of a group.
bool underscoresAreBetweenDigits(std::string_view group) {
  return group.empty() || (group.front() != '_' && group.back() != '_');
}

std::string withoutUnderscores(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c != '_') out.push_back(c);
  }
  return out;
}

bool hasNonZeroDigit(std::string_view digits) {
  for (char c : digits) {
    if (c != '0' && c != '_' && c != '.' && isHexDigit(c)) return true;
  }
  return false;
}

}  // namespace

DecodedLiteral decodeIntegerLiteral(std::string_view text, bool negated) {
  bool isLong = !text.empty() && (text.back() == 'l' || text.back() == 'L');
  if (isLong) text.remove_suffix(1);
  int radix = 10;
  std::string_view digits = text;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    radix = 16;
    digits = text.substr(2);
    if (withoutUnderscores(digits).empty()) {
      return failure("hexadecimal numbers must contain at least one hexadecimal digit");
    }
  } else if (text.size() >= 2 && text[0] == '0' && (text[1] == 'b' || text[1] == 'B')) {
    radix = 2;
    digits = text.substr(2);
    if (withoutUnderscores(digits).empty()) {
      return failure("binary numbers must contain at least one binary digit");
    }
  } else if (text.size() >= 2 && text[0] == '0') {
    radix = 8;  // the leading 0 counts as a digit, so "0_7" is legal
  }
  if (!underscoresAreBetweenDigits(digits)) return failure("illegal underscore");

  // Magnitude limits: decimal literals are signed (one more when negated),
  // the others are two's-complement bit patterns.
  const uint64_t maxMagnitude = radix == 10 ? (isLong ? uint64_t{INT64_MAX} : uint64_t{INT32_MAX}) + (negated ? 1 : 0)
                                           : (isLong ? UINT64_MAX : uint64_t{UINT32_MAX});
  uint64_t value = 0;
  bool tooLarge = false;
  for (char c : digits) {
    if (c == '_') continue;
    int d = digitValue(c);
    if (d >= radix) {
      return failure(radix == 2 ? "illegal digit in a binary literal"
                                : radix == 8 ? "illegal digit in an octal literal"
                                             : "illegal digit in a number");
    }
    tooLarge = tooLarge || __builtin_mul_overflow(value, uint64_t(radix), &value) ||
               __builtin_add_overflow(value, uint64_t(d), &value) || value > maxMagnitude;
  }
  if (tooLarge) return failure("integer number too large");

  DecodedLiteral result;
  if (isLong) {
    result.kind = ast::LiteralKind::Long;
    // 9223372036854775808L under unary minus: the minus produces LONG_MIN again.
    result.value = static_cast<int64_t>(value);
  } else {
    result.kind = ast::LiteralKind::Int;
    result.value = static_cast<int32_t>(static_cast<uint32_t>(value));
  }
  return result;
}

namespace {

// Checks the digit groups of a floating-point literal (without its suffix).
// Returns an error message, or "" when well-formed.
std::string floatingSyntaxError(std::string_view body, bool hex) {
  if (hex) body.remove_prefix(2);
  size_t exponentAt = body.find_first_of(hex ? "pP" : "eE");
  std::string_view mantissa = body.substr(0, exponentAt);
  std::string_view exponent = exponentAt == std::string_view::npos ? "" : body.substr(exponentAt + 1);
  size_t dot = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : mantissa.substr(dot + 1);
  if (whole.empty() && fraction.empty()) {
    return hex ? "hexadecimal numbers must contain at least one hexadecimal digit"
               : "malformed floating-point literal";
  }
  if (!underscoresAreBetweenDigits(whole) || !underscoresAreBetweenDigits(fraction)) {
    return "illegal underscore";
  }
  if (exponentAt != std::string_view::npos) {
    if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.remove_prefix(1);
    if (exponent.empty()) return "malformed floating-point literal";
    if (!underscoresAreBetweenDigits(exponent)) return "illegal underscore";
  } else if (hex) {
    return "malformed floating-point literal";
  }
  return "";
}

locale_t cLocale() {
  // strtod honours LC_NUMERIC; Java literals always use '.'.
  static locale_t locale = newlocale(LC_NUMERIC_MASK, "C", static_cast<locale_t>(0));
  return locale;
}

}  // namespace

DecodedLiteral decodeFloatingLiteral(std::string_view text) {
  bool hex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  // A trailing d/f is always a suffix, also in a hex float: its hex digits
  // end at the binary exponent 'p', which the lexer requires.
  bool isFloat = false;
  if (!text.empty() && std::string_view("fFdD").find(text.back()) != std::string_view::npos) {
    isFloat = text.back() == 'f' || text.back() == 'F';
    text.remove_suffix(1);
  }
  std::string syntaxError = floatingSyntaxError(text, hex);
  if (!syntaxError.empty()) return failure(syntaxError);

  std::string clean = withoutUnderscores(text);
  size_t mantissaBegin = hex ? 2 : 0;
  size_t exponentAt = clean.find_first_of(hex ? "pP" : "eE");
  size_t mantissaEnd = exponentAt == std::string::npos ? clean.size() : exponentAt;
  bool nonZero = hasNonZeroDigit(std::string_view(clean).substr(mantissaBegin, mantissaEnd - mantissaBegin));
  DecodedLiteral result;
  double magnitude = 0;
  if (isFloat) {
    float f = strtof_l(clean.c_str(), nullptr, cLocale());
    result.kind = ast::LiteralKind::Float;
    result.value = f;
    magnitude = f;
  } else {
    double d = strtod_l(clean.c_str(), nullptr, cLocale());
    result.kind = ast::LiteralKind::Double;
    result.value = d;
    magnitude = d;
  }
  if (std::isinf(magnitude)) return failure("floating-point number too large");
  if (magnitude == 0 && nonZero) return failure("floating-point number too small");
  return result;
}

namespace {

// Appends code point `cp` to `out` as UTF-16.
void appendUtf16(std::u16string& out, char32_t cp) {
  if (cp < 0x10000) {
    out.push_back(static_cast<char16_t>(cp));
    return;
  }
  cp -= 0x10000;
  out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
  out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
}

// Reads one UTF-8 encoded code point at body[i]; malformed bytes (the parser
// rejects them before, but the decoder stands alone) become U+FFFD.
char32_t readUtf8(std::string_view body, size_t& i) {
  unsigned char lead = static_cast<unsigned char>(body[i++]);
  if (lead < 0x80) return lead;
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
  if (extra < 0 || i + extra > body.size()) return 0xFFFD;
  char32_t cp = lead & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(body[i++]) & 0x3F);
  return cp;
}

// Decodes the body of a character or string literal (between the quotes).
// Returns "" or the error message; then `errorAt` is the byte index in `body`
// of the character after the backslash, where javac reports a bad escape.
std::string decodeQuotedBody(std::string_view body, std::u16string& out, size_t& errorAt) {
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      appendUtf16(out, readUtf8(body, i));
      continue;
    }
    ++i;
    errorAt = i;
    if (i >= body.size()) return "illegal escape character";
    char c = body[i++];
    switch (c) {
      case 'b': out.push_back(u'\b'); continue;
      case 't': out.push_back(u'\t'); continue;
      case 'n': out.push_back(u'\n'); continue;
      case 'f': out.push_back(u'\f'); continue;
      case 'r': out.push_back(u'\r'); continue;
      case 's': out.push_back(u' '); continue;
      case '"': out.push_back(u'"'); continue;
      case '\'': out.push_back(u'\''); continue;
      case '\\': out.push_back(u'\\'); continue;
      default: break;
    }
    if (c >= '0' && c <= '7') {
      // JLS 3.10.7: up to three octal digits, the first at most 3 when three.
      int value = c - '0';
      int maxDigits = c <= '3' ? 3 : 2;
      for (int n = 1; n < maxDigits && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++n) {
        value = value * 8 + (body[i++] - '0');
      }
      out.push_back(static_cast<char16_t>(value));
      continue;
    }
    if (c == 'u') {
      while (i < body.size() && body[i] == 'u') ++i;
      char16_t unit = 0;
      for (int k = 0; k < 4; ++k) {
        if (i + k >= body.size() || !isHexDigit(body[i + k])) {
          errorAt = i + k;  // javac points at the first character that is not a hex digit
          return "illegal unicode escape";
        }
        unit = static_cast<char16_t>(unit * 16 + digitValue(body[i + k]));
      }
      i += 4;
      out.push_back(unit);
      continue;
    }
    return "illegal escape character";
  }
  return "";
}

// A failure in a quoted literal, reported at byte `bodyIndex` of its body.
DecodedLiteral quotedFailure(std::string message, std::string_view text, size_t bodyIndex) {
  DecodedLiteral result = failure(std::move(message));
  const size_t end = std::min(bodyIndex + 1, text.size());  // +1: the opening quote
  for (size_t k = 0; k < end; ++k)
    if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80) ++result.errorColumnOffset;
  return result;
}

}  // namespace

DecodedLiteral decodeCharLiteral(std::string_view text) {
  if (text.size() < 2 || text.back() != '\'') return failure("unclosed character literal");
  std::u16string units;
  size_t errorAt = 0;
  std::string error = decodeQuotedBody(text.substr(1, text.size() - 2), units, errorAt);
  if (!error.empty()) return quotedFailure(error, text, errorAt);
  if (text.size() == 2) return failure("empty character literal");
  if (units.size() != 1) return failure("unclosed character literal");
  DecodedLiteral result;
  result.kind = ast::LiteralKind::Char;
  result.value = static_cast<int32_t>(units[0]);
  return result;
}

DecodedLiteral decodeStringLiteral(std::string_view text) {
  if (text.size() < 2 || text.back() != '"') return failure("unclosed string literal");
  std::u16string units;
  size_t errorAt = 0;
  std::string error = decodeQuotedBody(text.substr(1, text.size() - 2), units, errorAt);
  if (!error.empty()) return quotedFailure(error, text, errorAt);
  DecodedLiteral result;
  result.kind = ast::LiteralKind::String;
  result.value = std::move(units);
  return result;
}

}  // namespace plurix::compiler::parse

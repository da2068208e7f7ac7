// The grammar of Java's floating-point literals as Double.valueOf accepts them (JLS 3.10.2
// with an optional sign, "NaN" and "Infinity", and the d/D/f/F suffix):
//   [+-] ( "NaN" | "Infinity" | Digits [. Digits?] [Exp] [Suffix] | . Digits [Exp] [Suffix]
//        | 0x HexDigits [. HexDigits?] p [+-] Digits [Suffix] | 0x . HexDigits p … )
// Anything else (an underscore, a missing exponent digit, a lone '.', a hex form without 'p')
// is rejected here, so strtod never sees text Java would refuse.
#include "runtime/natives/java_number_syntax.h"

namespace plurix::runtime {

namespace {

bool isDigit(char16_t c) { return c >= u'0' && c <= u'9'; }
bool isHexDigit(char16_t c) { return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F'); }

struct Scanner {
  std::u16string_view text;
  size_t at = 0;
  std::string out;

  bool done() const { return at == text.size(); }
  char16_t peek() const { return done() ? u'\0' : text[at]; }
  bool take(char16_t c) {
    if (peek() != c) return false;
    out.push_back(static_cast<char>(c));
    ++at;
    return true;
  }
  size_t digits(bool hex) {
    size_t count = 0;
    while (!done() && (hex ? isHexDigit(peek()) : isDigit(peek()))) {
      out.push_back(static_cast<char>(text[at++]));
      ++count;
    }
    return count;
  }
  bool literal(std::u16string_view word) {
    if (text.substr(at) != word) return false;
    at = text.size();
    return true;
  }
  // Optional suffix, then the end.
  bool finish() {
    char16_t c = peek();
    if (c == u'd' || c == u'D' || c == u'f' || c == u'F') ++at;
    return done();
  }
};

}  // namespace

std::u16string_view javaTrim(std::u16string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && text[begin] <= u' ') ++begin;
  while (end > begin && text[end - 1] <= u' ') --end;
  return text.substr(begin, end - begin);
}

std::optional<std::string> javaFloatingText(std::u16string_view text) {
  Scanner s{javaTrim(text), 0, {}};
  if (!s.take(u'-')) s.take(u'+');
  std::string sign = s.out;
  if (s.peek() == u'N') return s.literal(u"NaN") ? std::optional<std::string>("nan") : std::nullopt;
  if (s.peek() == u'I') return s.literal(u"Infinity") ? std::optional<std::string>(sign + "inf") : std::nullopt;
  bool hex = s.text.substr(s.at, 2) == u"0x" || s.text.substr(s.at, 2) == u"0X";
  if (hex) {
    s.at += 2;
    s.out += "0x";
  }
  size_t whole = s.digits(hex);
  size_t fraction = 0;
  if (s.take(u'.')) fraction = s.digits(hex);
  if (whole + fraction == 0) return std::nullopt;
  if (hex) {
    // A hexadecimal significand needs its binary exponent (JLS 3.10.2).
    if (!s.take(u'p') && !s.take(u'P')) return std::nullopt;
    if (!s.take(u'-')) s.take(u'+');
    if (s.digits(false) == 0) return std::nullopt;
  } else if (s.take(u'e') || s.take(u'E')) {
    if (!s.take(u'-')) s.take(u'+');
    if (s.digits(false) == 0) return std::nullopt;
  }
  if (!s.finish()) return std::nullopt;
  return s.out;
}

}  // namespace plurix::runtime

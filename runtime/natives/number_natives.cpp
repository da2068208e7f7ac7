// Natives of java.lang.Double and java.lang.Float: printing exactly as Java 17 (the shared
// java_float_text), parsing with Java's syntax and error messages, and the raw bit views.
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

#include "runtime/entry/exceptions.h"
#include "runtime/launch/runtime.h"
#include "runtime/natives/java_number_syntax.h"
#include "runtime/natives/native_functions.h"
#include "runtime/object/java_string.h"
#include "runtime/text/java_float_text.h"

namespace plurix::runtime::natives {

namespace {

// Guarantees the text strtod may read, or nothing with Java's exception pending:
// NullPointerException, NumberFormatException "empty String" or 'For input string: "…"'.
std::optional<std::string> checkedText(ObjectHeader* string) {
  if (string == nullptr) {
    throwNew("java.lang.NullPointerException", nullptr);
    return std::nullopt;
  }
  std::u16string text = stringText(string);
  if (javaTrim(text).empty()) {
    throwNew("java.lang.NumberFormatException", "empty String");
    return std::nullopt;
  }
  std::optional<std::string> checked = javaFloatingText(text);
  if (!checked) {
    std::string message = "For input string: \"" + utf16ToUtf8(text) + "\"";
    throwNew("java.lang.NumberFormatException", message.c_str());
  }
  return checked;
}

template <typename To, typename From>
To bitsOf(From value) {
  static_assert(sizeof(To) == sizeof(From));
  To bits;
  memcpy(&bits, &value, sizeof bits);
  return bits;
}

}  // namespace

double doubleParseDouble(ObjectHeader* string) {
  std::optional<std::string> text = checkedText(string);
  return text ? std::strtod(text->c_str(), nullptr) : 0.0;
}

float floatParseFloat(ObjectHeader* string) {
  std::optional<std::string> text = checkedText(string);
  // strtof rounds the decimal text once, straight to float, as Java does (no double rounding).
  return text ? std::strtof(text->c_str(), nullptr) : 0.0f;
}

ObjectHeader* doubleToString(double value) { return newString(utf8ToUtf16(text::javaDoubleToString(value))); }
ObjectHeader* floatToString(float value) { return newString(utf8ToUtf16(text::javaFloatToString(value))); }

int64_t doubleToRawLongBits(double value) { return bitsOf<int64_t>(value); }
double doubleLongBitsToDouble(int64_t bits) { return bitsOf<double>(bits); }
int32_t floatToRawIntBits(float value) { return bitsOf<int32_t>(value); }
float floatIntBitsToFloat(int32_t bits) { return bitsOf<float>(bits); }

}  // namespace plurix::runtime::natives

// java.lang.String from C++: a String is an instance with a char[] value and an int hash
// (String.java keeps that order); newString makes both through the runtime's allocation, so a
// full heap gives OutOfMemoryError like any other allocation.
#include "runtime/object/java_string.h"

#include <cstring>

#include "heap/backchain.h"
#include "runtime/entry/allocation.h"
#include "runtime/launch/runtime.h"
#include "runtime/object/object_access.h"
#include "runtime/platform/system.h"

namespace plurix::runtime {

namespace {

const ClassInfo* requireLoaded(const char* name) {
  const ClassInfo* cls = findClass(name);
  if (cls == nullptr) platform::fatal("the runtime needs java.lang.String and [C loaded to make strings");
  return cls;
}

// Decodes one UTF-8 sequence at text[*at], advancing *at; U+FFFD for a malformed one.
char32_t decodeOne(std::string_view text, size_t* at) {
  unsigned char lead = static_cast<unsigned char>(text[*at]);
  ++*at;
  if (lead < 0x80) return lead;
  int extra = lead >= 0xF0 && lead < 0xF5 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
  if (extra < 0 || lead >= 0xF5) return 0xFFFD;
  char32_t value = lead & (0x3F >> extra);
  for (int i = 0; i < extra; ++i) {
    if (*at >= text.size() || (static_cast<unsigned char>(text[*at]) & 0xC0) != 0x80) return 0xFFFD;
    value = value << 6 | (static_cast<unsigned char>(text[*at]) & 0x3F);
    ++*at;
  }
  bool overlong = (extra == 2 && value < 0x800) || (extra == 3 && value < 0x10000);
  if (overlong || value > 0x10FFFF || (value >= 0xD800 && value < 0xE000)) return 0xFFFD;
  return value;
}

}  // namespace

std::u16string utf8ToUtf16(std::string_view utf8) {
  std::u16string out;
  out.reserve(utf8.size());
  for (size_t at = 0; at < utf8.size();) {
    char32_t c = decodeOne(utf8, &at);
    if (c >= 0x10000) {
      out.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(c));
    }
  }
  return out;
}

void appendUtf8(std::u16string_view text, std::string& out) {
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= 0xD800 && c < 0xE000) {
      bool paired = c < 0xDC00 && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] < 0xE000;
      if (!paired) {
        out.push_back('?');
        continue;
      }
      c = 0x10000 + ((c - 0xD800) << 10) + (text[++i] - 0xDC00);
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | c >> 6));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | c >> 12));
      out.push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | c >> 18));
      out.push_back(static_cast<char>(0x80 | (c >> 12 & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c >> 6 & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
}

std::string utf16ToUtf8(std::u16string_view text) {
  std::string out;
  out.reserve(text.size());
  appendUtf8(text, out);
  return out;
}

heap::ObjectHeader* newString(std::u16string_view text) {
  const ClassInfo* stringClass = requireLoaded("java.lang.String");
  const ClassInfo* charArray = requireLoaded("[C");
  heap::ObjectHeader* chars = allocateArrayOf(charArray, text.size());
  if (chars == nullptr) return nullptr;
  memcpy(arrayElements(chars), text.data(), text.size() * sizeof(char16_t));
  heap::ObjectHeader* string = allocateObject(stringClass->type);
  if (string == nullptr) return nullptr;
  heap::storeReference(referenceField(string, kStringValueField), chars);
  return string;
}

std::u16string stringText(const heap::ObjectHeader* string) {
  if (string == nullptr) return u"null";
  const heap::ObjectHeader* chars = stringChars(const_cast<heap::ObjectHeader*>(string));
  if (chars == nullptr) return u"";
  return std::u16string(reinterpret_cast<const char16_t*>(arrayElements(chars)), arrayLength(chars));
}

std::string stringUtf8(const heap::ObjectHeader* string) { return utf16ToUtf8(stringText(string)); }

}  // namespace plurix::runtime

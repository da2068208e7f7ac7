// Text between C++ and Java: UTF-8 <-> UTF-16 conversion as Java's own encoder and decoder do
// it (a lone surrogate encodes as '?', malformed UTF-8 decodes as U+FFFD). newString,
// stringText and stringUtf8 themselves are declared in runtime/launch/runtime.h.
#pragma once
#include <string>
#include <string_view>

namespace plurix::runtime {

// Guarantees the UTF-16 form of utf8.
std::u16string utf8ToUtf16(std::string_view utf8);
// Guarantees the UTF-8 form of text, each unpaired surrogate replaced by '?' (as
// String.getBytes(UTF_8) and a PrintStream do).
std::string utf16ToUtf8(std::u16string_view text);
// Appends the UTF-8 form of text to out (as utf16ToUtf8), without a temporary string.
void appendUtf8(std::u16string_view text, std::string& out);

}  // namespace plurix::runtime

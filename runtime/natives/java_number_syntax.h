// Java's syntax for floating-point text (Double.parseDouble, Float.parseFloat): the grammar of
// Double.valueOf(String) checked here, the rounding left to the C library's correctly rounded
// strtod/strtof on the checked text.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace plurix::runtime {

// Guarantees, for text Java accepts (after trimming chars <= ' '): the text strtod/strtof
// reads to the same value ("nan", "inf" and suffix-free decimal or hexadecimal forms); for
// anything else, nothing.
std::optional<std::string> javaFloatingText(std::u16string_view text);

// Java's trim(): without leading and trailing chars <= ' '.
std::u16string_view javaTrim(std::u16string_view text);

}  // namespace plurix::runtime

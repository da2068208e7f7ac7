// Double.toString and Float.toString exactly as Java 17 prints them. Shared by the constant
// folder (compiler) and the natives of java.lang.Double and Float (runtime), so a folded
// constant and a value printed at run time always agree.
#pragma once
#include <string>

namespace plurix::runtime::text {

// "1.0", "1.0E10", "1.0E-5", "NaN", "-Infinity", "0.30000000000000004", …
std::string javaDoubleToString(double value);
std::string javaFloatToString(float value);

}  // namespace plurix::runtime::text

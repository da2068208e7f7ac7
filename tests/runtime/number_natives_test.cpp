// Double and Float natives: Java 17's printing, Java's parsing syntax and messages, raw bits.
#include <cmath>
#include <cstring>

#include "runtime/natives/java_number_syntax.h"
#include "runtime/natives/native_functions.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

using namespace natives;

class NumberNativesTest : public RuntimeTest {
 protected:
  double parse(const char16_t* text) { return doubleParseDouble(newString(text)); }
  std::string rejection(const char16_t* text) {
    double value = parse(text);
    EXPECT_EQ(value, 0.0);
    return pendingDescription();
  }
};

TEST_F(NumberNativesTest, ToStringPrintsAsJava17) {
  EXPECT_EQ(stringUtf8(doubleToString(1.0)), "1.0");
  EXPECT_EQ(stringUtf8(doubleToString(0.1 + 0.2)), "0.30000000000000004");
  EXPECT_EQ(stringUtf8(doubleToString(1e7)), "1.0E7");
  EXPECT_EQ(stringUtf8(doubleToString(1e-3)), "0.001");
  EXPECT_EQ(stringUtf8(doubleToString(1e-4)), "1.0E-4");
  EXPECT_EQ(stringUtf8(doubleToString(-0.0)), "-0.0");
  EXPECT_EQ(stringUtf8(doubleToString(NAN)), "NaN");
  EXPECT_EQ(stringUtf8(doubleToString(-INFINITY)), "-Infinity");
  EXPECT_EQ(stringUtf8(doubleToString(2e-323)), "2.0E-323");
  EXPECT_EQ(stringUtf8(floatToString(0.1f)), "0.1");
  EXPECT_EQ(stringUtf8(floatToString(1.0e10f)), "1.0E10");
  EXPECT_EQ(stringUtf8(floatToString(3.4028235e38f)), "3.4028235E38");
}

TEST_F(NumberNativesTest, ParseAcceptsJavasSyntax) {
  EXPECT_EQ(parse(u"1.5"), 1.5);
  EXPECT_EQ(parse(u"  -2.5e3\n"), -2500.0);
  EXPECT_EQ(parse(u"+.5"), 0.5);
  EXPECT_EQ(parse(u"5."), 5.0);
  EXPECT_EQ(parse(u"1e-2d"), 0.01);
  EXPECT_EQ(parse(u"7F"), 7.0);
  EXPECT_EQ(parse(u"0x1.8p1"), 3.0);
  EXPECT_EQ(parse(u"-Infinity"), -INFINITY);
  EXPECT_TRUE(std::isnan(parse(u"NaN")));
  EXPECT_TRUE(std::isnan(parse(u"-NaN")));
  EXPECT_EQ(parse(u"4.9e-324"), 4.9e-324);
  EXPECT_EQ(parse(u"0.30000000000000004"), 0.1 + 0.2);
  EXPECT_EQ(parse(u"1e400"), INFINITY);
  EXPECT_EQ(heap::stationLocal()->pendingException, nullptr);
}

TEST_F(NumberNativesTest, ParseRejectsWhatJavaRejects) {
  EXPECT_EQ(rejection(u"abc"), "java.lang.NumberFormatException: For input string: \"abc\"");
  EXPECT_EQ(rejection(u""), "java.lang.NumberFormatException: empty String");
  EXPECT_EQ(rejection(u"   "), "java.lang.NumberFormatException: empty String");
  for (const char16_t* bad : {u".", u"e5", u"1e", u"1e+", u"1_000", u"0x1.8", u"nan", u"infinity", u"1.5x", u"++1",
                              u"1.5dd", u"NaNd", u"0x", u"1 2", u"\u00bd"}) {
    std::string description = rejection(bad);
    EXPECT_EQ(description.rfind("java.lang.NumberFormatException: For input string: \"", 0), 0u) << description;
  }
  EXPECT_EQ(rejection(u" 1e "), "java.lang.NumberFormatException: For input string: \" 1e \"");
  doubleParseDouble(nullptr);
  EXPECT_EQ(pendingDescription(), "java.lang.NullPointerException: <none>");
}

TEST_F(NumberNativesTest, ParseFloatRoundsOnceToFloat) {
  EXPECT_EQ(floatParseFloat(newString(u"0.1")), 0.1f);
  // 1 + 2^-24 and a little more: rounding through double first would land on the tie and give 1.0f.
  EXPECT_EQ(floatParseFloat(newString(u"1.000000059604644775390625000001")), 1.00000011920928955078125f);
  EXPECT_EQ(floatParseFloat(newString(u"3.4028235e38")), 3.4028235e38f);
  floatParseFloat(newString(u"1.0.0"));
  EXPECT_EQ(pendingDescription(), "java.lang.NumberFormatException: For input string: \"1.0.0\"");
}

TEST_F(NumberNativesTest, RawBitsKeepNaNPayloads) {
  EXPECT_EQ(doubleToRawLongBits(1.0), 0x3ff0000000000000LL);
  EXPECT_EQ(doubleToRawLongBits(doubleLongBitsToDouble(0x7ff0000000000123LL)), 0x7ff0000000000123LL);
  EXPECT_EQ(floatToRawIntBits(-0.0f), static_cast<int32_t>(0x80000000u));
  EXPECT_EQ(floatToRawIntBits(floatIntBitsToFloat(0x7f800001)), 0x7f800001);
}

TEST(JavaNumberSyntax, TrimDropsControlCharsAndSpaces) {
  EXPECT_EQ(javaTrim(u"\t\x01 x \x1f"), u"x");
  EXPECT_EQ(javaTrim(u"   "), u"");
}

}  // namespace
}  // namespace plurix::runtime::testing

namespace plurix::runtime::testing {
namespace {

TEST(MathNatives, ExactFunctionsMatchJava) {
  for (double cube = 1; cube <= 100; ++cube) EXPECT_EQ(natives::mathCbrt(cube * cube * cube), cube) << cube;
  EXPECT_EQ(natives::mathCbrt(-27.0), -3.0);
  EXPECT_EQ(natives::mathCbrt(0.001), 0.1);
  EXPECT_TRUE(std::signbit(natives::mathCbrt(-0.0)));
  EXPECT_EQ(natives::mathCbrt(INFINITY), INFINITY);
  EXPECT_EQ(natives::mathRint(2.5), 2.0);
  EXPECT_EQ(natives::mathRint(3.5), 4.0);
  EXPECT_EQ(natives::mathRint(-0.5), -0.0);
  EXPECT_TRUE(std::signbit(natives::mathRint(-0.5)));
  EXPECT_EQ(natives::mathFloor(-1.5), -2.0);
  EXPECT_EQ(natives::mathCeil(-0.5), -0.0);
  EXPECT_TRUE(std::signbit(natives::mathCeil(-0.5)));
}

// Java's cbrt (fdlibm's) is not always the nearest double; these hashes of its results' bits
// over normal, huge, negative and subnormal arguments come from java 17's Math.cbrt.
TEST(MathNatives, CbrtMatchesJavaBitForBit) {
  auto bits = [](double value) {
    uint64_t raw;
    memcpy(&raw, &value, sizeof raw);
    return raw;
  };
  uint64_t hash = 0;
  for (int i = 1; i < 200000; i++) hash = hash * 31 + bits(natives::mathCbrt(i * 0.37 - 5000.3));
  EXPECT_EQ(static_cast<int64_t>(hash), -5300447130342023367LL);
  hash = 0;
  for (int i = 1; i < 5000; i++) hash = hash * 31 + bits(natives::mathCbrt(i * 12345 * 4.9e-324));
  for (int i = 1; i < 5000; i++) hash = hash * 31 + bits(natives::mathCbrt(-i * 1.7e300));
  for (int i = 1; i < 5000; i++) hash = hash * 31 + bits(natives::mathCbrt(i * 3.1e-310));
  EXPECT_EQ(static_cast<int64_t>(hash), 477893805219984193LL);
}

}  // namespace
}  // namespace plurix::runtime::testing

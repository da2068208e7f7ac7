// Constant folding (JLS 15.29) through the whole front end: Java's integer
// wrap-around, masked shifts, float versus double precision, string
// concatenation of constants with Java 17's number formatting, and constants
// that refer to each other across classes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/front_end.h"
#include "compiler/sema/constant_folding.h"
#include "tests/compiler/front_end_test_support.h"

namespace plurix::compiler {
namespace {

using test_support::expectNoErrors;
using test_support::expectOneError;

std::u16string u16(const char* ascii) { return std::u16string(ascii, ascii + std::char_traits<char>::length(ascii)); }

TEST(ConstantFolding, DoubleToStringMatchesJava) {
  EXPECT_EQ(sema::javaDoubleToString(1.0), "1.0");
  EXPECT_EQ(sema::javaDoubleToString(1e10), "1.0E10");
  EXPECT_EQ(sema::javaDoubleToString(1e-5), "1.0E-5");
  EXPECT_EQ(sema::javaDoubleToString(0.001), "0.001");
  EXPECT_EQ(sema::javaDoubleToString(1234567.0), "1234567.0");
  EXPECT_EQ(sema::javaDoubleToString(12345678.0), "1.2345678E7");
  EXPECT_EQ(sema::javaDoubleToString(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(sema::javaDoubleToString(-0.0), "-0.0");
  EXPECT_EQ(sema::javaDoubleToString(0.0 / 0.0), "NaN");
  EXPECT_EQ(sema::javaDoubleToString(-1.0 / 0.0), "-Infinity");
  EXPECT_EQ(sema::javaFloatToString(0.1f), "0.1");
  EXPECT_EQ(sema::javaFloatToString(1.0f / 3), "0.33333334");
  // Java 17 prints an integral value's exact digits, not the shortest form.
  EXPECT_EQ(sema::javaFloatToString(3e10f), "3.0000001E10");
  EXPECT_EQ(sema::javaFloatToString(123456789.0f), "1.23456792E8");
  EXPECT_EQ(sema::javaFloatToString(2147483648.0f), "2.14748365E9");
  EXPECT_EQ(sema::javaDoubleToString(1152921504606847744.0), "1.15292150460684774E18");
  // The E form has two digits at least, even past the shortest form.
  EXPECT_EQ(sema::javaDoubleToString(4.9e-324), "4.9E-324");
  EXPECT_EQ(sema::javaFloatToString(1.4e-45f), "1.4E-45");
  // Java 17's digit loop is not the shortest form in big-integer arithmetic
  // or for subnormals either.
  EXPECT_EQ(sema::javaDoubleToString(1e23), "9.999999999999999E22");
  EXPECT_EQ(sema::javaDoubleToString(7.81e21), "7.809999999999999E21");
  EXPECT_EQ(sema::javaDoubleToString(2 * 4.9e-324), "1.0E-323");
  EXPECT_EQ(sema::javaFloatToString(-5.3683995e25f), "-5.3683995E25");
}

// The values of constant fields, read back from the attributed tree.
std::vector<ast::ConstantValue> fieldConstants(FrontEnd& frontEnd) {
  std::vector<ast::ConstantValue> values;
  for (ast::CompilationUnit* unit : frontEnd.userUnits())
    for (auto& cls : unit->types)
      for (auto& member : cls->members)
        if (member->is<ast::FieldDecl>()) {
          auto* field = member->as<ast::FieldDecl>();
          EXPECT_TRUE(field->initializer && field->initializer->constant) << field->name;
          if (field->initializer && field->initializer->constant) values.push_back(*field->initializer->constant);
        }
  return values;
}

TEST(ConstantFolding, FollowsJavaArithmetic) {
  FrontEnd frontEnd;
  frontEnd.addSource("T.java", R"java(class T {
  static final int WRAP = Integer.MAX_VALUE + 1;
  static final long LONG_WRAP = Long.MIN_VALUE - 1;
  static final int DIV = Integer.MIN_VALUE / -1;
  static final int SHIFT = 1 << 33;
  static final long LSHIFT = 1L << 33;
  static final int USHR = -1 >>> 28;
  static final float F = 1.0f / 3;
  static final double D = 1.0 / 3;
  static final String S = "a" + 'b' + 1 + 2L + 1.5f + 0.1 + true + U.C;
  static final char CH = (char) 65.7;
  static final int NAN_TO_INT = (int) (0.0 / 0.0);
  static final byte B = (byte) 200;
  static final boolean CMP = 1.0f == 1.0;
}
class U { static final String C = "c" + T.B; }
)java");
  ASSERT_TRUE(frontEnd.check()) << frontEnd.diagnostics().diagnostics().size();
  std::vector<ast::ConstantValue> v = fieldConstants(frontEnd);
  ASSERT_EQ(v.size(), 14u);  // T's thirteen constants, then U.C
  EXPECT_EQ(std::get<int32_t>(v[0]), INT32_MIN);
  EXPECT_EQ(std::get<int64_t>(v[1]), INT64_MAX);
  EXPECT_EQ(std::get<int32_t>(v[2]), INT32_MIN);
  EXPECT_EQ(std::get<int32_t>(v[3]), 2);
  EXPECT_EQ(std::get<int64_t>(v[4]), int64_t{1} << 33);
  EXPECT_EQ(std::get<int32_t>(v[5]), 15);
  EXPECT_EQ(std::get<float>(v[6]), 1.0f / 3);
  EXPECT_EQ(std::get<double>(v[7]), 1.0 / 3);
  EXPECT_EQ(std::get<std::u16string>(v[8]), u16("ab121.50.1truec-56"));
  EXPECT_EQ(std::get<int32_t>(v[9]), 65);
  EXPECT_EQ(std::get<int32_t>(v[10]), 0);
  EXPECT_EQ(std::get<int32_t>(v[11]), -56);
  EXPECT_EQ(std::get<bool>(v[12]), true);
  EXPECT_EQ(std::get<std::u16string>(v[13]), u16("c-56"));
}

TEST(ConstantFolding, DivisionByZeroIsNotAConstantNorAnError) {
  expectNoErrors("class T {\n  void m() {\n    int x = 1 / 0;\n    long y = 1L % 0L;\n  }\n}\n");
  expectOneError("class T {\n  static final int Z = 1 / 0;\n  void m(int i) {\n    switch (i) {\n      case Z:\n    }\n  }\n}\n", 5,
                 "constant expression required");
}

TEST(ConstantFolding, CyclicConstantsEndWithoutAValue) {
  expectNoErrors("class T {\n  static final int A = U.B + 1;\n}\nclass U {\n  static final int B = T.A + 1;\n}\n");
}

}  // namespace
}  // namespace plurix::compiler

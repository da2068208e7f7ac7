// Natives of java.lang.Math over the C library's libm. floor, ceil, rint and sqrt are exact
// (IEEE 754 defines them), so they match Java bit for bit; the transcendental functions are
// glibc's, within 1 ulp as Math (not StrictMath) permits; cbrt is Java's own algorithm.
#include <bit>
#include <cmath>
#include <cstdint>

#include "runtime/natives/native_functions.h"

namespace plurix::runtime::natives {

double mathSqrt(double a) { return std::sqrt(a); }
// Java's cbrt is fdlibm's (StrictMath.cbrt, which Math.cbrt calls): within 0.667 ulp but not
// always the nearest double, and glibc's differs from it in about one result in twelve (and
// is off by an ulp even for perfect cubes: cbrt(27) = 3.0000000000000004). So this is the
// same computation: a 5-bit first guess from the exponent, a rational polynomial step to 20
// bits, rounded up, then one Newton step to 53 bits, every operation in double as in Java.
double mathCbrt(double a) {
  auto highWord = [](double d) { return static_cast<uint32_t>(std::bit_cast<uint64_t>(d) >> 32); };
  auto lowWord = [](double d) { return static_cast<uint32_t>(std::bit_cast<uint64_t>(d)); };
  auto withHighWord = [](double d, uint32_t high) {
    return std::bit_cast<double>((uint64_t{high} << 32) | (std::bit_cast<uint64_t>(d) & 0xffffffffu));
  };
  constexpr uint32_t kBias = 715094163;           // (1023 - 1023/3 - 0.03306235651) * 2^20
  constexpr uint32_t kSubnormalBias = 696219795;  // (1023 - 1023/3 - 54/3 - 0.03306235651) * 2^20
  constexpr double kC = 5.42857142857142815906e-01;   // 19/35
  constexpr double kD = -7.05306122448979611050e-01;  // -864/1225
  constexpr double kE = 1.41428571428571436819e+00;   // 99/70
  constexpr double kF = 1.60714285714285720630e+00;   // 45/28
  constexpr double kG = 3.57142857142857150787e-01;   // 5/14

  uint32_t high = highWord(a);
  uint32_t sign = high & 0x80000000u;
  high ^= sign;
  if (high >= 0x7ff00000u) return a + a;   // NaN, infinities
  if ((high | lowWord(a)) == 0) return a;  // signed zeros
  double x = withHighWord(a, high);        // |a|
  double t;
  if (high < 0x00100000u) {  // subnormal: scale by 2^54 first
    t = withHighWord(0.0, 0x43500000u) * x;
    t = withHighWord(0.0, highWord(t) / 3 + kSubnormalBias);
  } else {
    t = withHighWord(0.0, high / 3 + kBias);
  }
  double r = t * t / x;
  double s = kC + r * t;
  t *= kG + kF / (s + kE + kD / s);
  // Chop to 20 bits and round up, so the Newton step approaches from above.
  t = std::bit_cast<double>(static_cast<uint64_t>(highWord(t) + 1) << 32);
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return withHighWord(t, highWord(t) | sign);
}
double mathPow(double a, double b) { return std::pow(a, b); }
double mathExp(double a) { return std::exp(a); }
double mathLog(double a) { return std::log(a); }
double mathLog10(double a) { return std::log10(a); }
double mathSin(double a) { return std::sin(a); }
double mathCos(double a) { return std::cos(a); }
double mathTan(double a) { return std::tan(a); }
double mathAsin(double a) { return std::asin(a); }
double mathAcos(double a) { return std::acos(a); }
double mathAtan(double a) { return std::atan(a); }
double mathAtan2(double y, double x) { return std::atan2(y, x); }
double mathHypot(double x, double y) { return std::hypot(x, y); }
double mathFloor(double a) { return std::floor(a); }
double mathCeil(double a) { return std::ceil(a); }
// Java's rint rounds half to even whatever the rounding mode; nearbyint in the default mode
// does exactly that without raising the inexact flag.
double mathRint(double a) { return std::nearbyint(a); }

}  // namespace plurix::runtime::natives

// Natives of java.lang.Math over the C library's libm. floor, ceil, rint and sqrt are exact
// (IEEE 754 defines them), so they match Java bit for bit; the transcendental functions are
// glibc's, within 1 ulp as Math (not StrictMath) permits.
#include <cmath>

#include "runtime/natives/native_functions.h"

namespace plurix::runtime::natives {

double mathSqrt(double a) { return std::sqrt(a); }
// The C library's cbrt may miss the nearest double by one unit (cbrt(27) = 3.0000000000000004);
// Java's is within one ulp and exact on cubes, so refine once in extended precision.
double mathCbrt(double a) {
  double root = std::cbrt(a);
  if (root == 0.0 || !std::isfinite(root)) return root;
  long double r = root;
  r -= (r * r * r - static_cast<long double>(a)) / (3.0L * r * r);
  return static_cast<double>(r);
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

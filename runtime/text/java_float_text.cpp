// Double.toString and Float.toString exactly as Java 17 prints them, which a
// folded constant such as "" + 1e-5 must match character for character.
//
// Java 17 does not print the shortest round-trip form (JDK 19 does). Its
// FloatingDecimal develops digits with Steele and White's test, keeping the
// remainder b, the divisor s and the margin m as exact integers: in 32 or 64
// bits when they fit, where m may overflow and "b + m > tens" is strict, and
// in big integers otherwise, where the test is "b + m >= tens". An integral
// value below 2^63 instead prints its exact integer digits less those past
// the type's precision; the E form always develops a second digit; and the
// digits keep their trailing zeros (0.002 prints as "0.0020"). Each of these
// shows in the output, so this file follows the same arithmetic rather than a
// shortest-digits library (which differs on about one value in 500).
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/text/java_float_text.h"

namespace plurix::runtime::text {
namespace {

constexpr int kExpShift = 52;  // a double's explicit fraction bits

// Bits of 5^i for i < 27; beyond, 3*i stands in, as in the JDK.
int bitsOfPow5(int i) {
  if (i >= 27) return i * 3;
  uint64_t p = 1;
  for (int k = 0; k < i; ++k) p *= 5;
  return 64 - std::countl_zero(p);
}

uint64_t pow5(int i) {
  uint64_t p = 1;
  for (int k = 0; k < i; ++k) p *= 5;
  return p;
}

// Decimal digits of 2^p past which a p-bit-wide integer is noise.
constexpr int kInsignificantDigits[] = {0,  0,  0,  0,  1,  1,  1,  2,  2,  2,  3,  3,  3,  3,  4,  4,
                                        4,  5,  5,  5,  6,  6,  6,  6,  7,  7,  7,  8,  8,  8,  9,  9,
                                        9,  9,  10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14,
                                        14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19};

// A non-negative integer of any size: just what digit development needs.
class BigNat {
 public:
  explicit BigNat(uint64_t v) {
    while (v != 0) {
      limbs_.push_back(static_cast<uint32_t>(v));
      v >>= 32;
    }
  }
  void mulSmall(uint32_t f) {
    uint64_t carry = 0;
    for (uint32_t& limb : limbs_) {
      uint64_t t = uint64_t{limb} * f + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) limbs_.push_back(static_cast<uint32_t>(carry));
  }
  void mulPow5(int n) {
    for (; n >= 13; n -= 13) mulSmall(1220703125u);  // 5^13
    if (n > 0) mulSmall(static_cast<uint32_t>(pow5(n)));
  }
  void shiftLeft(int bits) {
    if (limbs_.empty() || bits <= 0) return;
    limbs_.insert(limbs_.begin(), static_cast<size_t>(bits / 32), 0u);
    const int rest = bits % 32;
    if (rest == 0) return;
    uint32_t carry = 0;
    for (uint32_t& limb : limbs_) {
      const uint32_t next = limb >> (32 - rest);
      limb = (limb << rest) | carry;
      carry = next;
    }
    if (carry != 0) limbs_.push_back(carry);
  }
  void add(const BigNat& o) {
    uint64_t carry = 0;
    if (limbs_.size() < o.limbs_.size()) limbs_.resize(o.limbs_.size(), 0u);
    for (size_t i = 0; i < limbs_.size(); ++i) {
      uint64_t t = uint64_t{limbs_[i]} + (i < o.limbs_.size() ? o.limbs_[i] : 0u) + carry;
      limbs_[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry != 0) limbs_.push_back(static_cast<uint32_t>(carry));
  }
  // Requires *this >= o.
  void subtract(const BigNat& o) {
    int64_t borrow = 0;
    for (size_t i = 0; i < limbs_.size(); ++i) {
      int64_t t = int64_t{limbs_[i]} - (i < o.limbs_.size() ? o.limbs_[i] : 0u) - borrow;
      borrow = t < 0 ? 1 : 0;
      limbs_[i] = static_cast<uint32_t>(t + (borrow << 32));
    }
    trim();
  }
  int compare(const BigNat& o) const {
    if (limbs_.size() != o.limbs_.size()) return limbs_.size() < o.limbs_.size() ? -1 : 1;
    for (size_t i = limbs_.size(); i-- > 0;)
      if (limbs_[i] != o.limbs_[i]) return limbs_[i] < o.limbs_[i] ? -1 : 1;
    return 0;
  }
  bool isZero() const { return limbs_.empty(); }

 private:
  void trim() {
    while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
  }
  std::vector<uint32_t> limbs_;
};

BigNat pow52(int p5, int p2, uint64_t factor = 1) {
  BigNat n(factor);
  n.mulPow5(p5);
  n.shiftLeft(p2);
  return n;
}

// value = 0.d1d2d3... x 10^decExponent
struct Digits {
  std::string digits;
  int decExponent = 0;
};

void roundUp(Digits& d) {
  size_t i = d.digits.size() - 1;
  while (d.digits[i] == '9' && i > 0) d.digits[i--] = '0';
  if (d.digits[i] == '9') {  // carried out of the first digit
    d.digits[0] = '1';
    d.decExponent += 1;
    return;
  }
  ++d.digits[i];
}

// The exact integer `value` less `insignificant` rounded-off digits, trailing zeros dropped.
Digits integralDigits(uint64_t value, int insignificant) {
  Digits d;
  int exponent = 0;
  if (insignificant > 0) {
    const uint64_t pow10 = pow5(insignificant) << insignificant;
    const uint64_t residue = value % pow10;
    value /= pow10;
    exponent = insignificant;
    if (residue >= pow10 / 2) ++value;
  }
  d.digits = std::to_string(value);
  while (d.digits.size() > 1 && d.digits.back() == '0') {
    d.digits.pop_back();
    ++exponent;
  }
  d.decExponent = exponent + static_cast<int>(d.digits.size());
  return d;
}

// floor(log10(value)), estimated as the JDK estimates it (it may be one low;
// digit development then corrects it).
int estimateDecimalExponent(uint64_t fractBits, int binExp) {
  uint64_t bits = (uint64_t{1023} << kExpShift) | (fractBits & ((uint64_t{1} << kExpShift) - 1));
  double d2 = 0;
  std::memcpy(&d2, &bits, sizeof d2);
  const double d = (d2 - 1.5) * 0.289529654 + 0.176091259 + static_cast<double>(binExp) * 0.301029995663981;
  return static_cast<int>(std::floor(d));
}

// Steele and White's remainder b, divisor s and margin m in fixed-width
// integers (Int is int32_t or int64_t), wrapping as Java does when the margin
// outgrows them; "b + m > tens" is strict here.
template <typename Int>
class FixedWidthDigits {
 public:
  FixedWidthDigits(uint64_t fract, int B5, int B2, int S5, int S2, int M5, int M2)
      : b_(wrap(static_cast<U>(static_cast<U>(fract) * static_cast<U>(pow5(B5))) << B2)),
        s_(wrap(static_cast<U>(pow5(S5)) << S2)),
        m_(wrap(static_cast<U>(pow5(M5)) << M2)),
        tens_(wrap(static_cast<U>(s_) * 10u)) {}
  int takeDigit() {
    const int q = static_cast<int>(b_ / s_);
    b_ = wrap(static_cast<U>(b_ % s_) * 10u);
    return q;
  }
  void scaleMargin() { m_ = wrap(static_cast<U>(m_) * 10u); }
  // Java guards against a wrapped margin only after the first digit.
  void test(bool firstDigit, bool& low, bool& high) const {
    if (!firstDigit && m_ <= 0) {
      low = high = true;
      return;
    }
    low = b_ < m_;
    high = wrap(static_cast<U>(b_) + static_cast<U>(m_)) > tens_;
  }
  int64_t lowDigitDifference() const {
    return static_cast<int64_t>(wrap(static_cast<U>(static_cast<U>(b_) << 1) - static_cast<U>(tens_)));
  }

 private:
  using U = std::make_unsigned_t<Int>;
  static Int wrap(U v) { return static_cast<Int>(v); }
  Int b_, s_, m_, tens_;
};

// The same quantities in big integers, where the test is "b + m >= tens".
class BigDigits {
 public:
  BigDigits(uint64_t fract, int B5, int B2, int S5, int S2, int M5, int M2)
      : b_(pow52(B5, B2, fract)), s_(pow52(S5, S2)), m_(pow52(M5, M2)), tens_(pow52(S5 + 1, S2 + 1)) {}
  int takeDigit() {
    int q = 0;
    while (b_.compare(s_) >= 0 && q < 10) {
      b_.subtract(s_);
      ++q;
    }
    b_.mulSmall(10);
    return q;
  }
  void scaleMargin() { m_.mulSmall(10); }
  void test(bool, bool& low, bool& high) const {
    low = b_.compare(m_) < 0;
    BigNat sum = b_;
    sum.add(m_);
    high = tens_.compare(sum) <= 0;
  }
  int64_t lowDigitDifference() const {
    BigNat twice = b_;
    twice.shiftLeft(1);
    return twice.compare(tens_);
  }

 private:
  BigNat b_, s_, m_, tens_;
};

// Develops digits until the remainder is within the margin (low) or its
// complement is (high); the E form always takes a second digit.
template <typename Arithmetic>
int64_t developDigits(Arithmetic a, Digits& out, int& decExp, bool& low, bool& high) {
  int q = a.takeDigit();
  a.scaleMargin();
  a.test(true, low, high);
  if (q == 0 && !high) {
    --decExp;
  } else {
    out.digits.push_back(static_cast<char>('0' + q));
  }
  if (decExp < -3 || decExp >= 8) high = low = false;
  while (!low && !high) {
    q = a.takeDigit();
    a.scaleMargin();
    a.test(false, low, high);
    out.digits.push_back(static_cast<char>('0' + q));
  }
  return a.lowDigitDifference();
}

// FloatingDecimal's dtoa: fractBits has its high-order bit at kExpShift.
Digits javaDigits(int binExp, uint64_t fractBits, int nSignificantBits) {
  const int tailZeros = std::countr_zero(fractBits);
  const int nFractBits = kExpShift + 1 - tailZeros;
  const int nTinyBits = std::max(0, nFractBits - binExp - 1);
  if (binExp <= 62 && binExp >= -21 && nTinyBits == 0) {
    const int beyond = binExp - nSignificantBits - 1;
    const int insignificant = binExp > nSignificantBits && beyond > 1 && beyond < 64 ? kInsignificantDigits[beyond] : 0;
    const uint64_t value = binExp >= kExpShift ? fractBits << (binExp - kExpShift) : fractBits >> (kExpShift - binExp);
    return integralDigits(value, insignificant);
  }
  int decExp = estimateDecimalExponent(fractBits, binExp);
  const int B5 = std::max(0, -decExp);
  int B2 = B5 + nTinyBits + binExp;
  const int S5 = std::max(0, decExp);
  int S2 = S5 + nTinyBits;
  const int M5 = B5;
  int M2 = B2 - nSignificantBits;
  const uint64_t fract = fractBits >> tailZeros;
  B2 -= nFractBits - 1;
  const int common2 = std::min(B2, S2);
  B2 -= common2;
  S2 -= common2;
  M2 -= common2;
  if (nFractBits == 1) M2 -= 1;
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }
  const int bBits = nFractBits + B2 + bitsOfPow5(B5);
  const int tenSBits = S2 + 1 + bitsOfPow5(S5 + 1);
  Digits out;
  bool low = false;
  bool high = false;
  int64_t lowDigitDifference = 0;
  if (bBits < 32 && tenSBits < 32) {
    lowDigitDifference = developDigits(FixedWidthDigits<int32_t>(fract, B5, B2, S5, S2, M5, M2), out, decExp, low, high);
  } else if (bBits < 64 && tenSBits < 64) {
    lowDigitDifference = developDigits(FixedWidthDigits<int64_t>(fract, B5, B2, S5, S2, M5, M2), out, decExp, low, high);
  } else {
    lowDigitDifference = developDigits(BigDigits(fract, B5, B2, S5, S2, M5, M2), out, decExp, low, high);
  }
  out.decExponent = decExp + 1;
  if (high) {
    const bool odd = (out.digits.back() - '0') % 2 != 0;
    if (!low || lowDigitDifference > 0 || (lowDigitDifference == 0 && odd)) roundUp(out);
  }
  return out;
}

// Float.toString's and Double.toString's layout of the developed digits.
std::string layout(const Digits& d, bool negative) {
  std::string s = negative ? "-" : "";
  const int e = d.decExponent;
  const int n = static_cast<int>(d.digits.size());
  if (e > 0 && e < 8) {
    const int whole = std::min(n, e);
    s += d.digits.substr(0, static_cast<size_t>(whole));
    if (whole < e) return s + std::string(static_cast<size_t>(e - whole), '0') + ".0";
    s += '.';
    return s + (whole < n ? d.digits.substr(static_cast<size_t>(whole)) : "0");
  }
  if (e <= 0 && e > -3) return s + "0." + std::string(static_cast<size_t>(-e), '0') + d.digits;
  s += d.digits[0];
  s += '.';
  s += n > 1 ? d.digits.substr(1) : "0";
  return s + "E" + std::to_string(e - 1);
}

std::string special(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  return std::signbit(value) ? "-0.0" : "0.0";
}

}  // namespace

std::string javaDoubleToString(double value) {
  if (!std::isfinite(value) || value == 0) return special(value);
  const auto bits = std::bit_cast<uint64_t>(value);
  uint64_t fractBits = bits & ((uint64_t{1} << kExpShift) - 1);
  int binExp = static_cast<int>((bits >> kExpShift) & 0x7FF);
  int nSignificantBits = kExpShift + 1;
  if (binExp == 0) {  // subnormal: normalise, counting only the bits present
    const int leadingZeros = std::countl_zero(fractBits);
    const int shift = leadingZeros - (63 - kExpShift);
    fractBits <<= shift;
    binExp = 1 - shift;
    nSignificantBits = 64 - leadingZeros;
  } else {
    fractBits |= uint64_t{1} << kExpShift;
  }
  return layout(javaDigits(binExp - 1023, fractBits, nSignificantBits), std::signbit(value));
}

std::string javaFloatToString(float value) {
  if (!std::isfinite(value) || value == 0) return special(value);
  constexpr int kSingleShift = 23;
  const auto bits = std::bit_cast<uint32_t>(value);
  uint32_t fractBits = bits & ((1u << kSingleShift) - 1);
  int binExp = static_cast<int>((bits >> kSingleShift) & 0xFF);
  int nSignificantBits = kSingleShift + 1;
  if (binExp == 0) {
    const int leadingZeros = std::countl_zero(fractBits);
    const int shift = leadingZeros - (31 - kSingleShift);
    fractBits <<= shift;
    binExp = 1 - shift;
    nSignificantBits = 32 - leadingZeros;
  } else {
    fractBits |= 1u << kSingleShift;
  }
  return layout(javaDigits(binExp - 127, uint64_t{fractBits} << (kExpShift - kSingleShift), nSignificantBits),
                std::signbit(value));
}

}  // namespace plurix::runtime::text

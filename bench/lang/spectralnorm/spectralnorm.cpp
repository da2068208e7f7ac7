// The spectral-norm benchmark of the Computer Language Benchmarks Game in
// C++17, the same algorithm and summation order as SpectralNorm.java so that
// both print the same digits. Usage: spectralnorm [n [repetitions]].
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "lang_bench.h"

namespace {

using Vector = std::vector<double>;

double a(int i, int j) { return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1); }

// out = A v
void multiplyAv(const Vector& v, Vector& out) {
  int n = static_cast<int>(v.size());
  for (int i = 0; i < n; i++) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

// out = A^T v
void multiplyAtv(const Vector& v, Vector& out) {
  int n = static_cast<int>(v.size());
  for (int i = 0; i < n; i++) {
    double sum = 0.0;
    for (int j = 0; j < n; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

// out = A^T A v, through the scratch vector `between`.
void multiplyAtAv(const Vector& v, Vector& out, Vector& between) {
  multiplyAv(v, between);
  multiplyAtv(between, out);
}

std::string runOnce(int n) {
  Vector u(n, 1.0), v(n, 0.0), between(n, 0.0);
  for (int i = 0; i < 10; i++) {
    multiplyAtAv(u, v, between);
    multiplyAtAv(v, u, between);
  }
  double vBv = 0.0, vv = 0.0;
  for (int i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  auto norm = static_cast<std::int64_t>(std::sqrt(vBv / vv) * 1e9);
  return "spectral norm: " + std::to_string(norm) + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  // (i + j) * (i + j + 1) stays within int for n up to 23170.
  return lang_bench::run(runOnce, "spectralnorm", argc, argv, 100, 1, 23000);
}

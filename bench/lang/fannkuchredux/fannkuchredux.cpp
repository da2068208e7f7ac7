// The fannkuch-redux benchmark of the Computer Language Benchmarks Game in
// C++17, single-threaded, the same algorithm and permutation order as
// FannkuchRedux.java. Usage: fannkuchredux [n [repetitions]].
#include <algorithm>
#include <string>
#include <vector>

#include "lang_bench.h"

namespace {

std::string runOnce(int n) {
  std::vector<int> perm(n), perm1(n), count(n);
  for (int i = 0; i < n; i++) perm1[i] = i;
  int maxFlips = 0;
  int checksum = 0;
  int permutationIndex = 0;
  int r = n;
  while (true) {
    for (; r != 1; r--) count[r - 1] = r;
    for (int i = 0; i < n; i++) perm[i] = perm1[i];
    int flips = 0;
    for (int first = perm[0]; first != 0; first = perm[0]) {
      for (int lo = 0, hi = first; lo < hi; lo++, hi--) std::swap(perm[lo], perm[hi]);
      flips++;
    }
    maxFlips = std::max(maxFlips, flips);
    checksum += (permutationIndex & 1) == 0 ? flips : -flips;
    // The next permutation: rotate the first r + 1 elements left by one until
    // a position's counter has not run out.
    while (true) {
      if (r == n) return std::to_string(checksum) + "\nPfannkuchen(" + std::to_string(n) + ") = " +
                         std::to_string(maxFlips) + "\n";
      int head = perm1[0];
      for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = head;
      if (--count[r] > 0) break;
      r++;
    }
    permutationIndex++;
  }
}

}  // namespace

int main(int argc, char** argv) {
  // 12! permutations still fit the int counters; 13! would not.
  return lang_bench::run(runOnce, "fannkuchredux", argc, argv, 7, 1, 12);
}

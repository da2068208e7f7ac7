#pragma once
// A set of tracked variables, numbered densely from 0, for the definite
// assignment analysis. Variables past the stored words are absent, so a set
// made before a variable was declared simply does not contain it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace plurix::compiler::flow {

class VarSet {
 public:
  bool has(size_t v) const { return v / 64 < words_.size() && ((words_[v / 64] >> (v % 64)) & 1u) != 0; }
  void add(size_t v) {
    grow(v + 1);
    words_[v / 64] |= uint64_t{1} << (v % 64);
  }
  void remove(size_t v) {
    if (v / 64 < words_.size()) words_[v / 64] &= ~(uint64_t{1} << (v % 64));
  }
  // Adds every variable below `count`: the vacuous state of code that cannot be reached.
  void addAllBelow(size_t count) {
    grow(count);
    for (size_t i = 0; i < count / 64; ++i) words_[i] = ~uint64_t{0};
    if (count % 64 != 0) words_[count / 64] |= (uint64_t{1} << (count % 64)) - 1;
  }
  void intersect(const VarSet& other) {
    for (size_t i = 0; i < words_.size(); ++i) words_[i] &= i < other.words_.size() ? other.words_[i] : 0;
  }
  void unite(const VarSet& other) {
    grow(other.words_.size() * 64);
    for (size_t i = 0; i < other.words_.size(); ++i) words_[i] |= other.words_[i];
  }
  // True if every member of `other` is a member of this set.
  bool containsAll(const VarSet& other) const {
    for (size_t i = 0; i < other.words_.size(); ++i) {
      uint64_t mine = i < words_.size() ? words_[i] : 0;
      if ((other.words_[i] & ~mine) != 0) return false;
    }
    return true;
  }

 private:
  void grow(size_t bits) { words_.resize(std::max(words_.size(), (bits + 63) / 64), 0); }
  std::vector<uint64_t> words_;
};

}  // namespace plurix::compiler::flow

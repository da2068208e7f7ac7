// The binary-trees benchmark of the Computer Language Benchmarks Game in
// C++17, the same algorithm as BinaryTrees.java. Nodes come from plain
// operator new and each short-lived tree is deleted node by node after its
// walk: the general-purpose allocator, not the Game's arena pools, is the
// baseline a garbage-collected heap is compared with.
// Usage: binarytrees [depth [repetitions]]; depths below 6 count as 6.
#include <algorithm>
#include <string>

#include "lang_bench.h"

namespace {

constexpr int kMinDepth = 4;

struct TreeNode {
  TreeNode* left;
  TreeNode* right;

  // The number of nodes in this tree.
  int check() const { return left == nullptr ? 1 : 1 + left->check() + right->check(); }
};

TreeNode* bottomUpTree(int depth) {
  if (depth == 0) return new TreeNode{nullptr, nullptr};
  TreeNode* left = bottomUpTree(depth - 1);  // built before the right, as in Java
  TreeNode* right = bottomUpTree(depth - 1);
  return new TreeNode{left, right};
}

void deleteTree(TreeNode* node) {
  if (node->left != nullptr) {
    deleteTree(node->left);
    deleteTree(node->right);
  }
  delete node;
}

// Builds a tree of `depth`, counts its nodes and frees it.
int checkFreshTree(int depth) {
  TreeNode* tree = bottomUpTree(depth);
  int nodes = tree->check();
  deleteTree(tree);
  return nodes;
}

std::string runOnce(int depth) {
  int maxDepth = std::max(kMinDepth + 2, depth);
  int stretchDepth = maxDepth + 1;
  std::string out = "stretch tree of depth " + std::to_string(stretchDepth) +
                    "\t check: " + std::to_string(checkFreshTree(stretchDepth)) + "\n";
  TreeNode* longLived = bottomUpTree(maxDepth);
  for (int d = kMinDepth; d <= maxDepth; d += 2) {
    int iterations = 1 << (maxDepth - d + kMinDepth);
    int check = 0;
    for (int i = 0; i < iterations; i++) check += checkFreshTree(d);
    out += std::to_string(iterations) + "\t trees of depth " + std::to_string(d) + "\t check: " +
           std::to_string(check) + "\n";
  }
  out += "long lived tree of depth " + std::to_string(maxDepth) + "\t check: " +
         std::to_string(longLived->check()) + "\n";
  deleteTree(longLived);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  // The checks are ints, as in the Game: about 2^(depth + 5) nodes per line,
  // so 25 is the deepest run that cannot overflow.
  return lang_bench::run(runOnce, "binarytrees", argc, argv, 10, 0, 25);
}

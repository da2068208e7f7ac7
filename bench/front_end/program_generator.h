#pragma once
// Generates a large, valid dialect program for the front-end benchmark: many
// classes with fields, constructors, overloaded methods, loops, switches,
// arrays, string building and calls between classes — the mix real programs
// have, so that parsing and every sema phase are exercised, not a best case.
#include <string>
#include <vector>

namespace plurix::bench {

struct GeneratedFile {
  std::string path;
  std::string text;
};

// About `classCount` * 100 lines, one class per file.
std::vector<GeneratedFile> generateProgram(int classCount);

}  // namespace plurix::bench

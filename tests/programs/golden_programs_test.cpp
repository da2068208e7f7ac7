// Golden programs: every program under tests/programs/valid/ and every sample
// under samples/ must pass the front end with no error; every program under
// tests/programs/invalid/ must get errors on exactly the lines it marks.
//
// A program is a single .java file, or a directory whose .java files (found
// recursively) form one program. A marked line ends with a comment
//     // error: <substring of the expected message>
// and a line whose expected error cannot carry a comment (a text block's
// opening line) is named from the line before by `// error@+1: <substring>`.
// Each marked line must get at least one error containing its substring;
// any error on an unmarked line, or without a position, fails the program.
// The front end runs in-process (FrontEnd, as `plurix check` does), one
// test case per program, named after the program's path.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/front_end.h"

namespace plurix::compiler {
namespace {

namespace fs = std::filesystem;

enum class Expectation { Valid, Invalid };

struct GoldenProgram {
  std::string name;                 // a gtest-safe name: "valid_loops", "samples_bank"
  Expectation expectation;
  std::vector<std::string> files;   // sorted, so diagnostics come in a stable order
};

// The .java files of one program: the file itself, or every .java file
// under the directory.
std::vector<std::string> programFiles(const fs::path& entry) {
  std::vector<std::string> files;
  if (fs::is_regular_file(entry)) {
    files.push_back(entry.string());
    return files;
  }
  for (const auto& f : fs::recursive_directory_iterator(entry)) {
    if (f.is_regular_file() && f.path().extension() == ".java") files.push_back(f.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string testName(const std::string& prefix, const fs::path& entry) {
  std::string name = prefix + "_" + entry.stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

// Every program directly inside `dir`: .java files and directories.
void collect(const fs::path& dir, const std::string& prefix, Expectation expectation,
             std::vector<GoldenProgram>* out) {
  if (!fs::is_directory(dir)) return;
  std::vector<fs::path> entries;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_directory() || e.path().extension() == ".java") entries.push_back(e.path());
  }
  std::sort(entries.begin(), entries.end());
  for (const fs::path& e : entries) {
    // samples/cluster/ holds programs for a cluster made of other samples' classes; the submit
    // tests (tests/cluster/submit_samples.sh) and scripts/demo.sh check them with those classes.
    if (prefix == "samples" && e.filename() == "cluster") continue;
    std::vector<std::string> files = programFiles(e);
    if (files.empty()) continue;
    out->push_back({testName(prefix, e), expectation, std::move(files)});
  }
}

std::vector<GoldenProgram> allPrograms() {
  std::vector<GoldenProgram> programs;
  const fs::path root = PLURIX_PROGRAMS_DIR;
  collect(root / "valid", "valid", Expectation::Valid, &programs);
  collect(root / "invalid", "invalid", Expectation::Invalid, &programs);
  collect(PLURIX_SAMPLES_DIR, "samples", Expectation::Valid, &programs);
  return programs;
}

// A line of a program's file: (path as given to addFile, 1-based line).
using LineKey = std::pair<std::string, uint32_t>;
// Each marked line -> the substring its error must contain.
using Markers = std::map<LineKey, std::string>;

Markers readMarkers(const std::vector<std::string>& files) {
  static const std::regex kMarker(R"(//\s*error(@[+-][0-9]+)?:\s*(.*\S)\s*$)");
  Markers markers;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::string line;
    for (uint32_t number = 1; std::getline(in, line); ++number) {
      std::smatch m;
      if (!std::regex_search(line, m, kMarker)) continue;
      int offset = m[1].matched ? std::stoi(m[1].str().substr(1)) : 0;
      markers[{file, static_cast<uint32_t>(static_cast<int>(number) + offset)}] = m[2].str();
    }
  }
  return markers;
}

std::string rendered(FrontEnd& frontEnd) {
  std::ostringstream out;
  frontEnd.diagnostics().render(out, frontEnd.sources());
  return out.str();
}

// gtest prints a failing case's parameter; the name says which program it is.
void PrintTo(const GoldenProgram& program, std::ostream* out) { *out << program.name; }

class GoldenProgramTest : public ::testing::TestWithParam<GoldenProgram> {};

TEST_P(GoldenProgramTest, FrontEndReportsExactlyTheMarkedErrors) {
  const GoldenProgram& program = GetParam();
  FrontEnd frontEnd;
  for (const std::string& file : program.files) ASSERT_TRUE(frontEnd.addFile(file)) << file;
  frontEnd.check();

  if (program.expectation == Expectation::Valid) {
    EXPECT_EQ(frontEnd.diagnostics().errorCount(), 0u) << rendered(frontEnd);
    return;
  }

  const Markers markers = readMarkers(program.files);
  ASSERT_FALSE(markers.empty()) << "an invalid program must mark its errors with // error: ...";
  std::map<LineKey, bool> matched;
  for (const Diagnostic& d : frontEnd.diagnostics().diagnostics()) {
    if (d.severity != Severity::Error) continue;
    const std::string where = DiagnosticEngine::formatHeadline(d, frontEnd.sources());
    if (!d.location.valid() || d.location.file >= frontEnd.sources().fileCount()) {
      ADD_FAILURE() << "error without a position: " << where;
      continue;
    }
    LineKey key{frontEnd.sources().path(d.location.file), d.location.line};
    auto marker = markers.find(key);
    if (marker == markers.end()) {
      ADD_FAILURE() << "unexpected error on an unmarked line: " << where;
      continue;
    }
    if (d.message.find(marker->second) != std::string::npos) matched[key] = true;
  }
  for (const auto& [key, substring] : markers) {
    EXPECT_TRUE(matched[key]) << key.first << ":" << key.second << ": expected an error containing \""
                              << substring << "\"";
  }
  if (HasFailure()) std::cerr << rendered(frontEnd);
}

INSTANTIATE_TEST_SUITE_P(Programs, GoldenProgramTest, ::testing::ValuesIn(allPrograms()),
                         [](const ::testing::TestParamInfo<GoldenProgram>& info) { return info.param.name; });

// A guard against a wrong path or an emptied folder turning the suite green.
TEST(GoldenProgramListing, FindsEnoughProgramsAndEverySample) {
  size_t valid = 0;
  size_t invalid = 0;
  size_t samples = 0;
  for (const GoldenProgram& p : allPrograms()) {
    if (p.name.rfind("valid_", 0) == 0) ++valid;
    if (p.name.rfind("invalid_", 0) == 0) ++invalid;
    if (p.name.rfind("samples_", 0) == 0) ++samples;
  }
  EXPECT_GE(valid, 40u);
  EXPECT_GE(invalid, 40u);
  EXPECT_GE(samples, 4u);
}

}  // namespace
}  // namespace plurix::compiler

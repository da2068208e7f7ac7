#pragma once
// Helpers for front-end tests that run a program through the whole pipeline
// (FrontEnd with the embedded standard library) and assert on its errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/front_end.h"

namespace plurix::compiler::test_support {

struct Reported {
  uint32_t line;
  std::string message;
};

inline std::vector<Reported> errorsOf(const std::string& source) {
  FrontEnd frontEnd;
  frontEnd.addSource("T.java", source);
  frontEnd.check();
  std::vector<Reported> errors;
  for (const Diagnostic& d : frontEnd.diagnostics().diagnostics())
    if (d.severity == Severity::Error) errors.push_back({d.location.line, d.message});
  return errors;
}

inline std::string describe(const std::vector<Reported>& errors) {
  std::string text;
  for (const Reported& e : errors) text += "  " + std::to_string(e.line) + ": " + e.message + "\n";
  return text;
}

inline void expectNoErrors(const std::string& source) {
  std::vector<Reported> errors = errorsOf(source);
  EXPECT_TRUE(errors.empty()) << describe(errors);
}

// Exactly one error, on `line`, whose message contains `message`.
inline void expectOneError(const std::string& source, uint32_t line, const std::string& message) {
  std::vector<Reported> errors = errorsOf(source);
  ASSERT_EQ(errors.size(), 1u) << describe(errors);
  EXPECT_EQ(errors[0].line, line) << describe(errors);
  EXPECT_NE(errors[0].message.find(message), std::string::npos) << describe(errors);
}

}  // namespace plurix::compiler::test_support

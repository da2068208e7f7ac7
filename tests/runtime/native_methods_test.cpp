// Every `native` method declared in the standard library has a native in this runtime, under
// the key its declaration gives (owner's binary name, JVM name and descriptor), and the table
// has no stale keys.
#include <map>
#include <regex>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "runtime/natives/native_methods.h"
#include "stdlib/embedded_sources.h"

namespace plurix::runtime::testing {
namespace {

std::string binaryNameOfPath(std::string_view path) {
  std::string name(path.substr(0, path.size() - std::string_view(".java").size()));
  for (char& c : name) c = c == '/' ? '.' : c;
  return name;
}

// Descriptor of a Java type as written in the library ("String[]", "long").
std::string descriptorOf(std::string type, const std::map<std::string, std::string>& classes) {
  std::string prefix;
  while (type.size() > 2 && type.substr(type.size() - 2) == "[]") {
    prefix += '[';
    type.resize(type.size() - 2);
  }
  static const std::map<std::string, std::string> primitives = {
      {"void", "V"}, {"boolean", "Z"}, {"byte", "B"}, {"short", "S"}, {"char", "C"},
      {"int", "I"},  {"long", "J"},    {"float", "F"}, {"double", "D"}};
  if (auto found = primitives.find(type); found != primitives.end()) return prefix + found->second;
  auto cls = classes.find(type);
  std::string binary = cls == classes.end() ? "?" + type : cls->second;
  for (char& c : binary) c = c == '.' ? '/' : c;
  return prefix + "L" + binary + ";";
}

std::set<std::string> declaredNativeKeys() {
  std::map<std::string, std::string> classes;  // simple name -> binary name
  for (const auto& source : stdlib::embeddedSources()) {
    std::string binary = binaryNameOfPath(source.path);
    classes[binary.substr(binary.rfind('.') + 1)] = binary;
  }
  std::regex declaration(R"(\bnative\s+([\w\[\]]+)\s+(\w+)\s*\(([^)]*)\))");
  std::set<std::string> keys;
  for (const auto& source : stdlib::embeddedSources()) {
    std::string text(source.text);
    for (std::sregex_iterator it(text.begin(), text.end(), declaration), end; it != end; ++it) {
      std::string parameters = (*it)[3];
      std::string descriptor = "(";
      std::regex parameter(R"(([\w\[\]]+)\s+\w+)");
      for (std::sregex_iterator p(parameters.begin(), parameters.end(), parameter), pend; p != pend; ++p) {
        descriptor += descriptorOf((*p)[1], classes);
      }
      descriptor += ")" + descriptorOf((*it)[1], classes);
      keys.insert(binaryNameOfPath(source.path) + "." + std::string((*it)[2]) + descriptor);
    }
  }
  return keys;
}

TEST(NativeMethods, EveryLibraryNativeHasAnImplementationAndNoKeyIsStale) {
  std::set<std::string> declared = declaredNativeKeys();
  ASSERT_GT(declared.size(), 40u);
  std::set<std::string> implemented;
  for (const NativeMethod& method : nativeMethods()) {
    EXPECT_NE(method.function, nullptr) << method.key;
    EXPECT_TRUE(implemented.insert(method.key).second) << "twice: " << method.key;
  }
  for (const std::string& key : declared) EXPECT_TRUE(implemented.count(key)) << "no native for " << key;
  for (const std::string& key : implemented) EXPECT_TRUE(declared.count(key)) << "no declaration of " << key;
}

}  // namespace
}  // namespace plurix::runtime::testing

// libFuzzer target over the whole front end: any bytes as a source file must
// give diagnostics or a clean check — never a crash, a hang or a sanitizer
// report. Build and run with scripts/fuzz.sh (docs/TESTING.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/front_end.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  plurix::compiler::FrontEnd frontEnd;
  frontEnd.addSource("Fuzz.java", std::string(reinterpret_cast<const char*>(data), size));
  frontEnd.check();
  return 0;
}

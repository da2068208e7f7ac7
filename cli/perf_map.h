// Symbols for profilers: Linux perf (and tools reading its convention) names code it finds
// outside any ELF file through /tmp/perf-PID.map, one line per function: start address and size
// in hexadecimal, then the name. `plurix run --perf-map` writes that file from the heap's code
// maps (runtime/object/code_map.h) once the program is compiled, so `perf report` shows
// "RayTracer.trace" instead of a bare heap address.
#pragma once
#include <string>

#include "runtime/object/code_map.h"

namespace plurix::cli {

// Guarantees every function of every map from head on written to path (replacing the file),
// and true; false with error set (naming path) when the file cannot be written.
bool writePerfMap(const runtime::CodeMap* head, const std::string& path, std::string* error);

// Guarantees perf's path for this process: /tmp/perf-PID.map.
std::string perfMapPath();

}  // namespace plurix::cli

// Reading the .java files a command names into the units a live compile takes.
#pragma once
#include <string>
#include <vector>

#include "compiler/live/heap_sources.h"

namespace plurix::cli {

// Guarantees units holds every file's text in order, or false with the file and the reason
// written to standard error after "COMMAND: " (a name without .java, or an unreadable file).
bool readSourceUnits(const std::vector<std::string>& files, const char* command,
                     std::vector<compiler::live::SourceUnit>* units);

}  // namespace plurix::cli

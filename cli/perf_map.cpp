#include "cli/perf_map.h"

#include <unistd.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>

namespace plurix::cli {

bool writePerfMap(const runtime::CodeMap* head, const std::string& path, std::string* error) {
  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) {
    *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  for (const runtime::CodeMap* map = head; map != nullptr; map = map->next) {
    for (uint32_t i = 0; i < map->functionCount; ++i) {
      const runtime::CodeMapFunction& function = map->functions()[i];
      std::fprintf(file, "%" PRIx64 " %" PRIx32 " %s\n", function.codeStart, function.codeSize,
                   map->strings() + function.nameOffset);
    }
  }
  bool written = std::ferror(file) == 0;
  if (std::fclose(file) != 0) written = false;
  if (!written) *error = "cannot write " + path + ": " + std::strerror(errno);
  return written;
}

std::string perfMapPath() { return "/tmp/perf-" + std::to_string(getpid()) + ".map"; }

}  // namespace plurix::cli

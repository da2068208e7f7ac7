#pragma once
// The dialect's standard library, embedded into the binary at build time from
// the .java files under stdlib/ (Wren's wren_core.wren idea): the front end
// compiles it into every new heap without reading files at run time.
#include <span>
#include <string_view>

namespace plurix::stdlib {

struct EmbeddedSource {
  std::string_view path;  // relative to stdlib/, e.g. "java/lang/String.java"
  std::string_view text;
};

// Every library source file, in a stable order (sorted by path).
std::span<const EmbeddedSource> embeddedSources();

}  // namespace plurix::stdlib

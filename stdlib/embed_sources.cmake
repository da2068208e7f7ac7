# Writes OUT: a C++ file defining plurix::stdlib::embeddedSources(), the
# library's .java files (paths relative to ROOT) as raw string literals.
set(body "// Generated from stdlib/*.java; do not edit.\n#include \"stdlib/embedded_sources.h\"\nnamespace plurix::stdlib {\nnamespace {\nconst EmbeddedSource kSources[] = {\n")
foreach(path ${FILES})
  file(READ ${ROOT}/${path} text)
  string(APPEND body "  {\"${path}\", R\"plurix_src(${text})plurix_src\"},\n")
endforeach()
list(LENGTH FILES count)
if(count EQUAL 0)
  # A zero-length array is ill-formed; keep one terminator entry and hide it.
  string(APPEND body "  {\"\", \"\"},\n")
endif()
string(APPEND body "};\n}  // namespace\nstd::span<const EmbeddedSource> embeddedSources() { return {kSources, ${count}}; }\n}  // namespace plurix::stdlib\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)

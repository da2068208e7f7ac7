# Run after ANTLR generates a recognizer: its ATN, which the generated code deserializes in a
# static constructor of every process, is deserialized instead when the first recognizer of
# the class is constructed. Processes that never parse (a joining station, a station booted
# from the boot image) then skip the work: some 5 ms and 600 KB of heap at each start.
# Usage: cmake -DFILE=GENERATED.cpp -DCLASS=NAME -P lazy_atn.cmake
file(READ "${FILE}" text)
if(text MATCHES "static Initializer once;")
  return()  # already rewritten
endif()
string(REPLACE "${CLASS}::Initializer ${CLASS}::_init;" "" text "${text}")
string(REGEX REPLACE "(${CLASS}::${CLASS}\\([A-Za-z]+ \\*input\\) : [A-Za-z]+\\(input\\) {)"
       "\\1\n  static Initializer once;  // the ATN, deserialized on first use (lazy_atn.cmake)" text "${text}")
if(NOT text MATCHES "static Initializer once;" OR text MATCHES "${CLASS}::Initializer ${CLASS}::_init;")
  message(FATAL_ERROR "lazy_atn.cmake: ${FILE} does not have the shape ANTLR 4.9 generates")
endif()
file(WRITE "${FILE}" "${text}")

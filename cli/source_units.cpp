#include "cli/source_units.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace plurix::cli {

bool readSourceUnits(const std::vector<std::string>& files, const char* command,
                     std::vector<compiler::live::SourceUnit>* units) {
  for (const std::string& file : files) {
    if (file.size() < 6 || file.compare(file.size() - 5, 5, ".java") != 0) {
      std::cerr << command << ": " << file << ": not a .java file (program arguments go after --)\n";
      return false;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << command << ": cannot read " << file << ": no such file or not readable\n";
      return false;
    }
    std::ostringstream text;
    text << in.rdbuf();
    units->push_back({file, text.str()});
  }
  return true;
}

}  // namespace plurix::cli

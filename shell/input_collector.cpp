#include "shell/input_collector.h"

#include <utility>

namespace plurix::shell {
namespace {

bool isBlank(std::string_view line) {
  return line.find_first_not_of(" \t\f\v") == std::string_view::npos;
}

}  // namespace

bool InputCollector::addLine(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (lines_ == 0 && isBlank(line)) return false;
  if (lines_ > 0) text_ += '\n';
  text_ += line;
  ++lines_;
  return balanceInput(text_).state != BalanceState::kNeedsMore;
}

std::string InputCollector::take() {
  std::string text = std::move(text_);
  clear();
  return text;
}

void InputCollector::clear() {
  text_.clear();
  lines_ = 0;
}

}  // namespace plurix::shell

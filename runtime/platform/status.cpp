#include "runtime/platform/status.h"

namespace plurix::platform {

MessageBuilder& MessageBuilder::text(const char* s) {
  while (s != nullptr && *s != '\0' && length_ + 1 < kCapacity) buffer_[length_++] = *s++;
  buffer_[length_] = '\0';
  return *this;
}

MessageBuilder& MessageBuilder::text(const char* s, size_t length) {
  for (size_t i = 0; i < length && length_ + 1 < kCapacity; ++i) buffer_[length_++] = s[i];
  buffer_[length_] = '\0';
  return *this;
}

MessageBuilder& MessageBuilder::decimal(uint64_t value) {
  char digits[24];
  int count = 0;
  do {
    digits[count++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (count > 0 && length_ + 1 < kCapacity) buffer_[length_++] = digits[--count];
  buffer_[length_] = '\0';
  return *this;
}

MessageBuilder& MessageBuilder::hex(uint64_t value) {
  static const char kDigits[] = "0123456789abcdef";
  char digits[20];
  int count = 0;
  do {
    digits[count++] = kDigits[value & 0xf];
    value >>= 4;
  } while (value != 0);
  text("0x");
  while (count > 0 && length_ + 1 < kCapacity) buffer_[length_++] = digits[--count];
  buffer_[length_] = '\0';
  return *this;
}

Status Status::error(ErrorCode code, const char* message) {
  return error(code, MessageBuilder().text(message));
}

Status Status::error(ErrorCode code, const MessageBuilder& message) {
  Status status;
  status.code_ = code == ErrorCode::kOk ? ErrorCode::kInvalidArgument : code;
  for (size_t i = 0; i <= message.length(); ++i) status.message_[i] = message.str()[i];
  return status;
}

}  // namespace plurix::platform

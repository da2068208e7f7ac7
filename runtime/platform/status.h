// Status and Result<T>: errors as values for the freestanding core (DESIGN.md invariant 8).
// Invariant: a Status is either ok or carries a code and a message that says what went wrong
// and where; nothing in the core throws. The message lives inline, so making one never allocates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <utility>

namespace plurix::platform {

enum class ErrorCode : uint8_t {
  kOk = 0,
  kInvalidArgument,
  kAddressInUse,
  kOutOfMemory,
  kIoError,
  kCorrupt,
  kNotFound,
  kAlreadyExists,
};

// Builds an error message piece by piece without allocation; text past the capacity is cut.
class MessageBuilder {
 public:
  static constexpr size_t kCapacity = 200;

  MessageBuilder& text(const char* s);
  MessageBuilder& text(const char* s, size_t length);  // s need not end in NUL
  MessageBuilder& decimal(uint64_t value);
  MessageBuilder& hex(uint64_t value);  // as 0x…
  const char* str() const { return buffer_; }
  size_t length() const { return length_; }

 private:
  char buffer_[kCapacity] = {};
  size_t length_ = 0;
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // ok
  static Status ok() { return Status(); }
  static Status error(ErrorCode code, const char* message);
  static Status error(ErrorCode code, const MessageBuilder& message);

  bool isOk() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // Requires nothing; guarantees a NUL-terminated text ("ok" when ok).
  const char* message() const { return isOk() ? "ok" : message_; }
  // Marks a status as deliberately ignored (e.g. best-effort clean-up).
  void ignore() const {}

 private:
  ErrorCode code_ = ErrorCode::kOk;
  char message_[MessageBuilder::kCapacity] = {};
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : hasValue_(true) { new (&storage_) T(std::move(value)); }  // NOLINT: implicit by design
  Result(Status status) : status_(status) {}                                // NOLINT
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  Result(Result&& other) : status_(other.status_), hasValue_(other.hasValue_) {
    if (hasValue_) new (&storage_) T(std::move(other.value()));
  }
  ~Result() {
    if (hasValue_) value().~T();
  }

  bool isOk() const { return hasValue_; }
  const Status& status() const { return status_; }
  // Requires isOk().
  T& value() { return *std::launder(reinterpret_cast<T*>(&storage_)); }
  const T& value() const { return *std::launder(reinterpret_cast<const T*>(&storage_)); }

 private:
  Status status_;
  bool hasValue_ = false;
  alignas(T) unsigned char storage_[sizeof(T)];
};

}  // namespace plurix::platform

#include "drivers/network/message.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace plurix::network {

namespace {

void put16(uint8_t* at, uint16_t value) {
  for (int i = 0; i < 2; ++i) at[i] = static_cast<uint8_t>(value >> (8 * i));
}
void put32(uint8_t* at, uint32_t value) {
  for (int i = 0; i < 4; ++i) at[i] = static_cast<uint8_t>(value >> (8 * i));
}
void put64(uint8_t* at, uint64_t value) {
  for (int i = 0; i < 8; ++i) at[i] = static_cast<uint8_t>(value >> (8 * i));
}
uint64_t getLittleEndian(const uint8_t* at, int bytes) {
  uint64_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) value = (value << 8) | at[i];
  return value;
}

// Wire offsets of the header fields (docs/NETWORK.md).
constexpr size_t kMagicAt = 0, kVersionAt = 4, kFlagsAt = 5, kTypeAt = 6, kSenderAt = 8,
                 kReceiverAt = 12, kSequenceAt = 16, kCommitAt = 24, kLengthAt = 32,
                 kReservedAt = 36;

}  // namespace

const char* rejectReasonName(RejectReason reason) {
  switch (reason) {
    case RejectReason::kNone: return "accepted";
    case RejectReason::kBadMagic: return "bad magic";
    case RejectReason::kBadVersion: return "bad version";
    case RejectReason::kOversized: return "oversized length";
    case RejectReason::kTruncated: return "truncated frame";
    case RejectReason::kBadTag: return "bad tag";
    case RejectReason::kWrongSender: return "wrong sender";
    case RejectReason::kWrongReceiver: return "wrong receiver";
    case RejectReason::kReplayed: return "replayed sequence number";
    case RejectReason::kSequenceGap: return "sequence gap";
    case RejectReason::kHandshakeFailed: return "handshake failed";
    case RejectReason::kCount: break;
  }
  return "unknown";
}

void encodeHeader(const MessageHeader& header, uint8_t* out) {
  put32(out + kMagicAt, kFrameMagic);
  out[kVersionAt] = kProtocolVersion;
  out[kFlagsAt] = 0;
  put16(out + kTypeAt, header.type);
  put32(out + kSenderAt, header.sender);
  put32(out + kReceiverAt, header.receiver);
  put64(out + kSequenceAt, header.sequence);
  put64(out + kCommitAt, header.commitNumber);
  put32(out + kLengthAt, header.payloadLength);
  put32(out + kReservedAt, 0);
}

RejectReason decodeHeader(const uint8_t* bytes, uint32_t maxPayload, MessageHeader& header) {
  if (getLittleEndian(bytes + kMagicAt, 4) != kFrameMagic) return RejectReason::kBadMagic;
  if (bytes[kVersionAt] != kProtocolVersion || bytes[kFlagsAt] != 0 ||
      getLittleEndian(bytes + kReservedAt, 4) != 0) {
    return RejectReason::kBadVersion;
  }
  header.payloadLength = static_cast<uint32_t>(getLittleEndian(bytes + kLengthAt, 4));
  if (header.payloadLength > maxPayload) return RejectReason::kOversized;
  header.type = static_cast<uint16_t>(getLittleEndian(bytes + kTypeAt, 2));
  header.sender = static_cast<uint32_t>(getLittleEndian(bytes + kSenderAt, 4));
  header.receiver = static_cast<uint32_t>(getLittleEndian(bytes + kReceiverAt, 4));
  header.sequence = getLittleEndian(bytes + kSequenceAt, 8);
  header.commitNumber = getLittleEndian(bytes + kCommitAt, 8);
  return RejectReason::kNone;
}

MessageAuthenticator::MessageAuthenticator(
    const uint8_t (&key)[crypto_auth_hmacsha512256_KEYBYTES]) {
  EVP_MAC* hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  if (hmac != nullptr) keyed_ = EVP_MAC_CTX_new(hmac);
  EVP_MAC_free(hmac);  // the context keeps its own reference
  char digest[] = "SHA256";
  OSSL_PARAM parameters[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
  if (keyed_ == nullptr || EVP_MAC_init(keyed_, key, sizeof key, parameters) != 1) {
    // Without a MAC no frame can be sent or accepted: a broken crypto library is not recoverable.
    std::fputs("plurix network: OpenSSL has no HMAC-SHA-256\n", stderr);
    std::abort();
  }
}

MessageAuthenticator::~MessageAuthenticator() { EVP_MAC_CTX_free(keyed_); }

void MessageAuthenticator::tag(const uint8_t* data, size_t size, uint8_t* out) const {
  size_t written = 0;
  // A null key starts the HMAC again under the key given at construction.
  if (EVP_MAC_init(keyed_, nullptr, 0, nullptr) != 1 || EVP_MAC_update(keyed_, data, size) != 1 ||
      EVP_MAC_final(keyed_, out, &written, kTagBytes) != 1 || written != kTagBytes) {
    memset(out, 0, kTagBytes);  // a tag that matches nothing a peer computes
  }
}

bool MessageAuthenticator::verify(const uint8_t* data, size_t size, const uint8_t* expected) const {
  uint8_t actual[kTagBytes];
  tag(data, size, actual);
  return sodium_memcmp(actual, expected, kTagBytes) == 0;
}

}  // namespace plurix::network

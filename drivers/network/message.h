// A message between stations and its frame on the wire: a fixed header, the payload, and a tag
// that authenticates both (docs/NETWORK.md has the field table). Invariant: a frame is accepted
// only if its fixed fields are valid, its length is within the limit and its tag matches; a frame
// that fails any check yields a RejectReason and no Message.
#pragma once

#include <sodium.h>

#include <cstddef>
#include <cstdint>
#include <vector>

struct evp_mac_ctx_st;  // OpenSSL's EVP_MAC_CTX

namespace plurix::network {

inline constexpr uint32_t kFrameMagic = 0x58524c50;  // "PLRX" in little-endian byte order
inline constexpr uint8_t kProtocolVersion = 1;
inline constexpr size_t kHeaderBytes = 40;
inline constexpr size_t kTagBytes = 32;  // HMAC-SHA-256
// Large enough for a write-set message; a page (4 KiB) fits many times over.
inline constexpr uint32_t kMaxPayloadBytes = 1u << 20;

// Why a frame or a handshake was refused. Each has its own counter (TransportCounters).
enum class RejectReason : uint8_t {
  kNone = 0,        // accepted
  kBadMagic,        // not a Plurix frame: garbage, or the stream lost its framing
  kBadVersion,      // another protocol version, or reserved bits set
  kOversized,       // length field above the limit: refused before any allocation
  kTruncated,       // the stream ended inside a frame
  kBadTag,          // header or payload altered, or tagged with another key
  kWrongSender,     // sender field is not the station that proved itself at the handshake
  kWrongReceiver,   // addressed to another station
  kReplayed,        // sequence number not above the last accepted one
  kSequenceGap,     // sequence number skips ahead: frames were dropped or injected
  kHandshakeFailed, // peer could not prove it holds the cluster key, or spoke no handshake
  kCount,
};

// Guarantees a short lower-case name for logs ("bad tag").
const char* rejectReasonName(RejectReason reason);

struct MessageHeader {
  uint16_t type = 0;          // what the payload is; the page and commit protocols define them
  uint32_t sender = 0;        // station id of the sender
  uint32_t receiver = 0;      // station id it is for
  uint64_t sequence = 0;      // per connection and direction, from 1, one up per frame
  uint64_t commitNumber = 0;  // the sender's global commit number when it sent
  uint32_t payloadLength = 0;
};

// What a receiver gets: an authenticated message.
struct Message {
  uint16_t type = 0;
  uint32_t sender = 0;
  uint64_t sequence = 0;
  uint64_t commitNumber = 0;
  std::vector<uint8_t> payload;
};

// Guarantees the bytes a frame with this payload length occupies.
inline constexpr size_t frameBytes(size_t payloadLength) {
  return kHeaderBytes + payloadLength + kTagBytes;
}

// Requires kHeaderBytes writable at out. Guarantees header there in its wire layout (little-endian).
void encodeHeader(const MessageHeader& header, uint8_t* out);
// Requires kHeaderBytes readable at bytes. Guarantees header decoded and kNone, or the reason the
// fixed fields are invalid (checked before the payload is read, so before anything is allocated).
RejectReason decodeHeader(const uint8_t* bytes, uint32_t maxPayload, MessageHeader& header);

// A keyed MAC over frames: HMAC-SHA-256 from OpenSSL, whose SHA-256 uses the CPU's SHA
// instructions where it has them (2.7 us for a 4 KiB frame here, against 6.9 us for libsodium's
// portable HMAC-SHA-512/256). The key schedule is computed once per session.
class MessageAuthenticator {
 public:
  explicit MessageAuthenticator(const uint8_t (&key)[crypto_auth_hmacsha512256_KEYBYTES]);
  ~MessageAuthenticator();
  MessageAuthenticator(const MessageAuthenticator&) = delete;
  MessageAuthenticator& operator=(const MessageAuthenticator&) = delete;

  // Requires kTagBytes writable at out. Guarantees the tag of size bytes at data there.
  void tag(const uint8_t* data, size_t size, uint8_t* out) const;
  // Guarantees whether expected is the tag of data, compared in constant time.
  bool verify(const uint8_t* data, size_t size, const uint8_t* expected) const;

 private:
  // OpenSSL's keyed HMAC context, reset to its key for every tag (one thread uses a session).
  ::evp_mac_ctx_st* keyed_ = nullptr;
};

}  // namespace plurix::network

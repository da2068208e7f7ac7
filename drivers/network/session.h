// A session: the authenticated framing of one established connection, shared by every transport.
// It numbers outgoing frames and checks incoming ones against the key and the station ids the
// handshake established. Invariant: openFrame yields a Message only for a frame whose fixed fields,
// tag, sender, receiver and sequence number (exactly one above the last accepted) all check out.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "drivers/network/cluster_key.h"
#include "drivers/network/message.h"

namespace plurix::network {

class Session {
 public:
  // Requires the session key of an established Handshake between self and peer.
  Session(const uint8_t (&sessionKey)[ClusterKey::kBytes], uint32_t self, uint32_t peer,
          uint32_t maxPayload);

  // Requires size <= maxPayload(). Guarantees one whole frame, numbered one above the last sent,
  // appended to out.
  void appendFrame(uint16_t type, uint64_t commitNumber, const void* payload, size_t size,
                   std::vector<uint8_t>& out);

  // Looks at the available bytes at data. Guarantees one of:
  //  - kNone and consumed == 0: no whole frame yet (a valid header has been checked if present);
  //  - kNone and consumed > 0: message holds the first frame, which took consumed bytes;
  //  - a reason: the first frame is forged or garbled and message is untouched. The stream's
  //    framing can no longer be trusted, so the caller drops the connection.
  RejectReason openFrame(const uint8_t* data, size_t available, Message& message, size_t& consumed);

  uint32_t peer() const { return peer_; }
  uint32_t maxPayload() const { return maxPayload_; }

 private:
  MessageAuthenticator authenticator_;
  uint32_t self_;
  uint32_t peer_;
  uint32_t maxPayload_;
  uint64_t lastSent_ = 0;
  uint64_t lastReceived_ = 0;
};

}  // namespace plurix::network

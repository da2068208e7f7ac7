#include "drivers/network/session.h"

#include <cstring>

namespace plurix::network {

Session::Session(const uint8_t (&sessionKey)[ClusterKey::kBytes], uint32_t self, uint32_t peer,
                 uint32_t maxPayload)
    : authenticator_(sessionKey), self_(self), peer_(peer), maxPayload_(maxPayload) {}

void Session::appendFrame(uint16_t type, uint64_t commitNumber, const void* payload, size_t size,
                          std::vector<uint8_t>& out) {
  MessageHeader header;
  header.type = type;
  header.sender = self_;
  header.receiver = peer_;
  header.sequence = ++lastSent_;
  header.commitNumber = commitNumber;
  header.payloadLength = static_cast<uint32_t>(size);
  size_t start = out.size();
  out.resize(start + frameBytes(size));
  uint8_t* frame = out.data() + start;
  encodeHeader(header, frame);
  if (size != 0) std::memcpy(frame + kHeaderBytes, payload, size);
  authenticator_.tag(frame, kHeaderBytes + size, frame + kHeaderBytes + size);
}

RejectReason Session::openFrame(const uint8_t* data, size_t available, Message& message,
                                size_t& consumed) {
  consumed = 0;
  if (available < kHeaderBytes) return RejectReason::kNone;
  MessageHeader header;
  RejectReason reason = decodeHeader(data, maxPayload_, header);
  if (reason != RejectReason::kNone) return reason;
  size_t total = frameBytes(header.payloadLength);
  if (available < total) return RejectReason::kNone;
  // The tag first: until it matches, no field of the header is evidence of anything.
  size_t tagged = kHeaderBytes + header.payloadLength;
  if (!authenticator_.verify(data, tagged, data + tagged)) return RejectReason::kBadTag;
  if (header.sender != peer_) return RejectReason::kWrongSender;
  if (header.receiver != self_) return RejectReason::kWrongReceiver;
  if (header.sequence <= lastReceived_) return RejectReason::kReplayed;
  if (header.sequence != lastReceived_ + 1) return RejectReason::kSequenceGap;
  lastReceived_ = header.sequence;
  message.type = header.type;
  message.sender = header.sender;
  message.sequence = header.sequence;
  message.commitNumber = header.commitNumber;
  message.payload.assign(data + kHeaderBytes, data + tagged);
  consumed = total;
  return RejectReason::kNone;
}

}  // namespace plurix::network

// The frame format and a session's checks, without sockets: every single-bit change to a frame is
// refused, and so are replays, gaps, frames for another station and oversized length fields.
#include "drivers/network/session.h"

#include <gtest/gtest.h>

#include <vector>

namespace plurix::network {
namespace {

const uint8_t kSessionKey[ClusterKey::kBytes] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
const uint8_t kOtherKey[ClusterKey::kBytes] = {9, 8, 7, 6, 5, 4, 3, 2, 1};

// Station 1 sends to station 2 over one session key.
struct SessionPair {
  Session sender{kSessionKey, 1, 2, kMaxPayloadBytes};
  Session receiver{kSessionKey, 2, 1, kMaxPayloadBytes};

  std::vector<uint8_t> frame(std::vector<uint8_t> payload, uint64_t commitNumber = 5) {
    std::vector<uint8_t> bytes;
    sender.appendFrame(3, commitNumber, payload.data(), payload.size(), bytes);
    return bytes;
  }
  RejectReason open(const std::vector<uint8_t>& bytes, Message& message, size_t& consumed) {
    return receiver.openFrame(bytes.data(), bytes.size(), message, consumed);
  }
};

TEST(MessageHeaderTest, EncodesAndDecodesEveryField) {
  MessageHeader header;
  header.type = 0xbeef;
  header.sender = 0x01020304;
  header.receiver = 0x0a0b0c0d;
  header.sequence = 0x1122334455667788;
  header.commitNumber = 0x99aabbccddeeff00;
  header.payloadLength = 4096;
  uint8_t bytes[kHeaderBytes];
  encodeHeader(header, bytes);
  MessageHeader decoded;
  ASSERT_EQ(decodeHeader(bytes, kMaxPayloadBytes, decoded), RejectReason::kNone);
  EXPECT_EQ(decoded.type, header.type);
  EXPECT_EQ(decoded.sender, header.sender);
  EXPECT_EQ(decoded.receiver, header.receiver);
  EXPECT_EQ(decoded.sequence, header.sequence);
  EXPECT_EQ(decoded.commitNumber, header.commitNumber);
  EXPECT_EQ(decoded.payloadLength, header.payloadLength);
}

TEST(MessageHeaderTest, LengthAboveTheLimitIsRefusedFromTheHeaderAlone) {
  MessageHeader header;
  header.payloadLength = 0xffffffff;
  uint8_t bytes[kHeaderBytes];
  encodeHeader(header, bytes);
  MessageHeader decoded;
  EXPECT_EQ(decodeHeader(bytes, kMaxPayloadBytes, decoded), RejectReason::kOversized);
}

TEST(SessionTest, FrameRoundTripCarriesTypeSenderSequenceCommitNumberAndPayload) {
  SessionPair pair;
  std::vector<uint8_t> page(4096);
  for (size_t i = 0; i < page.size(); ++i) page[i] = static_cast<uint8_t>(i * 7);
  std::vector<uint8_t> bytes = pair.frame(page, 123456789);
  ASSERT_EQ(bytes.size(), frameBytes(page.size()));
  Message message;
  size_t consumed = 0;
  ASSERT_EQ(pair.open(bytes, message, consumed), RejectReason::kNone);
  EXPECT_EQ(consumed, bytes.size());
  EXPECT_EQ(message.type, 3);
  EXPECT_EQ(message.sender, 1u);
  EXPECT_EQ(message.sequence, 1u);
  EXPECT_EQ(message.commitNumber, 123456789u);
  EXPECT_EQ(message.payload, page);
}

TEST(SessionTest, APartialFrameWaitsForMoreBytes) {
  SessionPair pair;
  std::vector<uint8_t> bytes = pair.frame({1, 2, 3});
  Message message;
  size_t consumed = 1;
  for (size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_EQ(pair.receiver.openFrame(bytes.data(), size, message, consumed), RejectReason::kNone);
    EXPECT_EQ(consumed, 0u);
  }
}

TEST(SessionTest, EverySingleBitFlipIsRefused) {
  SessionPair pair;
  std::vector<uint8_t> bytes = pair.frame({10, 20, 30, 40, 50, 60, 70, 80});
  for (size_t bit = 0; bit < bytes.size() * 8; ++bit) {
    std::vector<uint8_t> flipped = bytes;
    flipped[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
    Session receiver(kSessionKey, 2, 1, kMaxPayloadBytes);
    Message message;
    size_t consumed = 0;
    RejectReason reason = receiver.openFrame(flipped.data(), flipped.size(), message, consumed);
    // A flip in the length field may leave the frame incomplete: nothing is accepted then either.
    EXPECT_TRUE(reason != RejectReason::kNone || consumed == 0) << "bit " << bit;
    EXPECT_TRUE(message.payload.empty()) << "bit " << bit;
  }
}

TEST(SessionTest, FlipsInPayloadAndTagAreBadTags) {
  SessionPair pair;
  std::vector<uint8_t> bytes = pair.frame({1, 2, 3, 4});
  for (size_t at : {kHeaderBytes, kHeaderBytes + 3, bytes.size() - 1}) {
    std::vector<uint8_t> flipped = bytes;
    flipped[at] ^= 0x10;
    Session receiver(kSessionKey, 2, 1, kMaxPayloadBytes);
    Message message;
    size_t consumed = 0;
    EXPECT_EQ(receiver.openFrame(flipped.data(), flipped.size(), message, consumed),
              RejectReason::kBadTag);
  }
}

// Guarantees what the receiver of a SessionPair makes of one frame from sender.
RejectReason openFrameFrom(Session& sender) {
  std::vector<uint8_t> bytes;
  sender.appendFrame(3, 0, "x", 1, bytes);
  SessionPair pair;
  Message message;
  size_t consumed = 0;
  return pair.open(bytes, message, consumed);
}

TEST(SessionTest, AFrameTaggedWithAnotherKeyIsABadTag) {
  Session forger(kOtherKey, 1, 2, kMaxPayloadBytes);
  EXPECT_EQ(openFrameFrom(forger), RejectReason::kBadTag);
}

TEST(SessionTest, AReplayedFrameIsRefused) {
  SessionPair pair;
  std::vector<uint8_t> bytes = pair.frame({1});
  Message message;
  size_t consumed = 0;
  ASSERT_EQ(pair.open(bytes, message, consumed), RejectReason::kNone);
  EXPECT_EQ(pair.open(bytes, message, consumed), RejectReason::kReplayed);
}

TEST(SessionTest, ASkippedSequenceNumberIsAGap) {
  SessionPair pair;
  pair.frame({1});
  std::vector<uint8_t> second = pair.frame({2});
  Message message;
  size_t consumed = 0;
  EXPECT_EQ(pair.open(second, message, consumed), RejectReason::kSequenceGap);
}

TEST(SessionTest, AFrameForAnotherStationIsRefused) {
  Session misdirected(kSessionKey, 1, 3, kMaxPayloadBytes);
  EXPECT_EQ(openFrameFrom(misdirected), RejectReason::kWrongReceiver);
}

TEST(SessionTest, AFrameClaimingAnotherSenderIsRefused) {
  Session impostor(kSessionKey, 4, 2, kMaxPayloadBytes);
  EXPECT_EQ(openFrameFrom(impostor), RejectReason::kWrongSender);
}

}  // namespace
}  // namespace plurix::network

// Forged and garbled input on a live listener: each case is refused, counted under its reason,
// never delivered, and drops the connection; the listener keeps serving its other peers.
#include <gtest/gtest.h>

#include <random>

#include "network_fixture.h"

namespace plurix::network {
namespace {

using namespace test;  // NOLINT: the fixture's helpers

class RejectionTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(listener_->listen("127.0.0.1:0").isOk()); }

  // A raw peer (station 7) that has passed the handshake with the right key.
  std::unique_ptr<RawPeer> member() {
    auto peer = std::make_unique<RawPeer>(keyFilledWith(1), 7, listener_->listeningPort());
    EXPECT_TRUE(peer->connected());
    EXPECT_EQ(peer->runHandshake(*listener_.transport), HandshakeState::kEstablished);
    return peer;
  }
  // Guarantees that peer's connection was dropped with one rejection for reason and that
  // nothing reached the listener's queue.
  void expectDropped(RawPeer& peer, RejectReason reason, uint64_t delivered = 0) {
    EXPECT_TRUE(peer.closedBy(*listener_.transport)) << rejectReasonName(reason);
    EXPECT_EQ(listener_->counters().rejectedFor(reason), 1u) << rejectReasonName(reason);
    EXPECT_EQ(listener_->counters().rejectedTotal(), 1u) << rejectReasonName(reason);
    EXPECT_EQ(listener_->counters().messagesReceived, delivered);
    EXPECT_FALSE(listener_->isConnected(7));
    EXPECT_TRUE(listener_.logged(rejectReasonName(reason))) << rejectReasonName(reason);
  }
  // Guarantees the listener still serves a well-behaved station.
  void expectStillServing() {
    LoggedTransport honest(keyFilledWith(1), 3);
    ASSERT_TRUE(connectPair(*honest.transport, *listener_.transport).isOk());
    ASSERT_TRUE(honest->send(2, 1, 0, "ok", 2).isOk());
    Message message;
    ASSERT_TRUE(listener_->receive(message, 2 * kSecond));
    EXPECT_EQ(message.sender, 3u);
  }

  LoggedTransport listener_{keyFilledWith(1), 2};
};

TEST_F(RejectionTest, AValidFrameFromARawPeerIsDelivered) {
  auto peer = member();
  peer->write(peer->frame({1, 2, 3}));
  Message message;
  ASSERT_TRUE(listener_->receive(message, 2 * kSecond));
  EXPECT_EQ(message.sender, 7u);
  EXPECT_EQ(message.commitNumber, 99u);
  EXPECT_EQ(message.payload, (std::vector<uint8_t>{1, 2, 3}));
}

TEST_F(RejectionTest, AFlippedBitInTheHeaderIsRefused) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame({1, 2, 3});
  bytes[17] ^= 0x04;  // the sequence number: framing intact, so only the tag can tell
  peer->write(bytes);
  expectDropped(*peer, RejectReason::kBadTag);
  expectStillServing();
}

TEST_F(RejectionTest, AFlippedBitInTheMagicIsRefused) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame({1, 2, 3});
  bytes[0] ^= 0x01;
  peer->write(bytes);
  expectDropped(*peer, RejectReason::kBadMagic);
}

TEST_F(RejectionTest, AFlippedBitInThePayloadIsRefused) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame(std::vector<uint8_t>(4096, 0xab));
  bytes[kHeaderBytes + 2000] ^= 0x80;
  peer->write(bytes);
  expectDropped(*peer, RejectReason::kBadTag);
}

TEST_F(RejectionTest, AFlippedBitInTheTagIsRefused) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame({1, 2, 3});
  bytes.back() ^= 0x01;
  peer->write(bytes);
  expectDropped(*peer, RejectReason::kBadTag);
}

TEST_F(RejectionTest, AFrameCutShortByTheStreamEndingIsRefused) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame(std::vector<uint8_t>(100, 1));
  peer->write(bytes.data(), bytes.size() - 10);
  peer->closeSocket();
  ASSERT_TRUE(pollUntil(*listener_.transport, [&] {
    return listener_->counters().rejectedFor(RejectReason::kTruncated) == 1;
  }));
  EXPECT_EQ(listener_->counters().messagesReceived, 0u);
  EXPECT_TRUE(listener_.logged("truncated frame"));
}

TEST_F(RejectionTest, AnOversizedLengthFieldIsRefusedBeforeThePayloadArrives) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame({1});
  bytes[32] = bytes[33] = bytes[34] = bytes[35] = 0xff;  // length 4 GiB - 1
  peer->write(bytes.data(), kHeaderBytes);               // the header alone suffices
  expectDropped(*peer, RejectReason::kOversized);
}

TEST_F(RejectionTest, AReplayedSequenceNumberIsRefused) {
  auto peer = member();
  std::vector<uint8_t> bytes = peer->frame({5});
  peer->write(bytes);
  Message message;
  ASSERT_TRUE(listener_->receive(message, 2 * kSecond));
  peer->write(bytes);
  expectDropped(*peer, RejectReason::kReplayed, 1);
}

TEST_F(RejectionTest, AFrameRecordedOnAnotherConnectionIsRefused) {
  auto first = member();
  std::vector<uint8_t> recorded = first->frame({5});
  first->closeSocket();
  ASSERT_TRUE(pollUntil(*listener_.transport, [&] { return !listener_->isConnected(7); }));
  auto second = member();
  second->write(recorded);  // same sequence number 1, but another connection's session key
  expectDropped(*second, RejectReason::kBadTag);
}

TEST_F(RejectionTest, FramesTaggedWithAnotherKeyAreRefused) {
  auto peer = member();
  uint8_t otherKey[ClusterKey::kBytes] = {42};
  Session forger(otherKey, 7, 2, kMaxPayloadBytes);
  std::vector<uint8_t> bytes;
  forger.appendFrame(1, 0, "evil", 4, bytes);
  peer->write(bytes);
  expectDropped(*peer, RejectReason::kBadTag);
}

TEST_F(RejectionTest, GarbageAfterTheHandshakeIsRefused) {
  auto peer = member();
  peer->write(std::vector<uint8_t>(200, 0x33));
  expectDropped(*peer, RejectReason::kBadMagic);
}

TEST_F(RejectionTest, GarbageInsteadOfAHandshakeIsRefusedAndLogged) {
  RawPeer peer(keyFilledWith(1), 7, listener_->listeningPort());
  peer.write(std::vector<uint8_t>(kHandshakeBytes, 0x33));
  EXPECT_TRUE(peer.closedBy(*listener_.transport));
  EXPECT_EQ(listener_->counters().rejectedFor(RejectReason::kHandshakeFailed), 1u);
  EXPECT_TRUE(listener_.logged("refused 127.0.0.1:"));
  EXPECT_TRUE(listener_.logged("no valid hello"));
}

TEST_F(RejectionTest, AProofMadeWithoutTheKeyIsRefusedAndLogged) {
  // This peer answers the challenge although it cannot check it: its proof must fail.
  RawPeer peer(keyFilledWith(8), 7, listener_->listeningPort());
  EXPECT_EQ(peer.runHandshake(*listener_.transport), HandshakeState::kRefused);
  EXPECT_STREQ(peer.handshake().failure(), "proof does not match the cluster key");
  peer.closeSocket();
  ASSERT_TRUE(pollUntil(*listener_.transport, [&] {
    return listener_->counters().rejectedFor(RejectReason::kHandshakeFailed) == 1;
  }));
  EXPECT_FALSE(listener_->isConnected(7));
  EXPECT_TRUE(listener_.logged("peer without the cluster key"));
}

TEST_F(RejectionTest, ASilentPeerIsCutAfterTheHandshakeTimeout) {
  LoggedTransport impatient(keyFilledWith(1), 4, 100000000);  // 0.1 s
  ASSERT_TRUE(impatient->listen("127.0.0.1:0").isOk());
  RawPeer peer(keyFilledWith(1), 7, impatient->listeningPort());
  EXPECT_TRUE(peer.closedBy(*impatient.transport));
  EXPECT_TRUE(impatient.logged("no handshake in time"));
}

TEST_F(RejectionTest, RandomBytesNeverCrashOrDeliverAnything) {
  std::mt19937 random(2024);
  for (int round = 0; round < 30; ++round) {
    std::vector<uint8_t> bytes(1 + random() % 3000);
    for (uint8_t& byte : bytes) byte = static_cast<uint8_t>(random());
    if (round % 2 == 0) {
      auto peer = member();
      peer->write(bytes);
      peer->closeSocket();
    } else {
      RawPeer peer(keyFilledWith(1), 7, listener_->listeningPort());
      peer.write(bytes);
      peer.closeSocket();
    }
    listener_->poll();
  }
  pollUntil(*listener_.transport, [&] { return listener_->counters().rejectedTotal() >= 30; });
  EXPECT_EQ(listener_->counters().messagesReceived, 0u);
  EXPECT_EQ(listener_->counters().rejectedTotal(), 30u);
  expectStillServing();
}

}  // namespace
}  // namespace plurix::network

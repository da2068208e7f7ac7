// The TCP transport over loopback: round trips of small messages, pages and write sets, order,
// timeouts, reconnection, and peers without the cluster key refused with a log line.
#include "drivers/network/tcp_transport.h"

#include <gtest/gtest.h>

#include <cstring>
#include <thread>

#include "network_fixture.h"

namespace plurix::network {
namespace {

using namespace test;  // NOLINT: the fixture's helpers

class TcpTransportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(b_->listen("127.0.0.1:0").isOk());
    ASSERT_NE(b_->listeningPort(), 0);
    platform::Status connected = connectPair(*a_.transport, *b_.transport);
    ASSERT_TRUE(connected.isOk()) << connected.message();
  }
  LoggedTransport a_{keyFilledWith(1), 1};
  LoggedTransport b_{keyFilledWith(1), 2};
};

std::vector<uint8_t> patterned(size_t size, uint8_t seed) {
  std::vector<uint8_t> bytes(size);
  for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<uint8_t>(seed + i * 31);
  return bytes;
}

TEST_F(TcpTransportTest, BothSidesKnowTheirPeerAfterTheHandshake) {
  EXPECT_TRUE(a_->isConnected(2));
  EXPECT_TRUE(b_->isConnected(1));
  EXPECT_EQ(a_->counters().handshakesCompleted, 1u);
  EXPECT_EQ(b_->counters().handshakesCompleted, 1u);
}

TEST_F(TcpTransportTest, MessagesOfEverySizeRoundTrip) {
  for (size_t size : {size_t{0}, size_t{1}, size_t{64}, size_t{4096}, size_t{kMaxPayloadBytes}}) {
    std::vector<uint8_t> payload = patterned(size, static_cast<uint8_t>(size));
    ASSERT_TRUE(a_->send(2, 11, 1000 + size, payload.data(), payload.size()).isOk());
    // A large message goes out over several calls: keep a's side moving while b waits.
    Message request;
    ASSERT_TRUE(pollUntil(*b_.transport, [&] {
      a_->poll();
      return b_->tryReceive(request);
    })) << size;
    EXPECT_EQ(request.type, 11);
    EXPECT_EQ(request.sender, 1u);
    EXPECT_EQ(request.commitNumber, 1000 + size);
    EXPECT_EQ(request.payload, payload);
    ASSERT_TRUE(b_->send(1, 12, 7, request.payload.data(), request.payload.size()).isOk());
    Message reply;
    ASSERT_TRUE(pollUntil(*a_.transport, [&] {
      b_->poll();
      return a_->tryReceive(reply);
    })) << size;
    EXPECT_EQ(reply.sender, 2u);
    EXPECT_EQ(reply.commitNumber, 7u);
    EXPECT_EQ(reply.payload, payload);
  }
  EXPECT_EQ(a_->counters().rejectedTotal() + b_->counters().rejectedTotal(), 0u);
}

TEST_F(TcpTransportTest, ManyMessagesArriveInOrder) {
  constexpr uint64_t kCount = 20000;
  uint64_t received = 0;
  Message message;
  for (uint64_t i = 0; i < kCount; ++i) {
    ASSERT_TRUE(a_->send(2, 1, i, &i, sizeof i).isOk());
    while (b_->tryReceive(message)) {
      uint64_t value;
      std::memcpy(&value, message.payload.data(), sizeof value);
      ASSERT_EQ(value, received);
      ASSERT_EQ(message.sequence, received + 1);
      ++received;
    }
  }
  // What did not fit in the socket buffers leaves a as a polls.
  pollUntil(*b_.transport, [&] {
    a_->poll();
    while (b_->tryReceive(message)) {
      uint64_t value;
      std::memcpy(&value, message.payload.data(), sizeof value);
      EXPECT_EQ(value, received);
      ++received;
    }
    return received == kCount;
  });
  EXPECT_EQ(received, kCount);
  EXPECT_EQ(a_->counters().messagesSent, kCount);
  EXPECT_EQ(b_->counters().messagesReceived, kCount);
}

TEST_F(TcpTransportTest, ReceiveGivesUpAfterItsTimeout) {
  Message message;
  uint64_t start = platform::monotonicNanos();
  EXPECT_FALSE(b_->receive(message, 50000000));
  uint64_t waited = platform::monotonicNanos() - start;
  EXPECT_GE(waited, 50000000u);
  EXPECT_LT(waited, kSecond);
  EXPECT_FALSE(b_->tryReceive(message));
}

TEST_F(TcpTransportTest, SendingToAnUnknownStationIsNotFound) {
  platform::Status status = a_->send(9, 1, 0, "x", 1);
  EXPECT_EQ(status.code(), platform::ErrorCode::kNotFound);
}

TEST_F(TcpTransportTest, AMessageOverTheLimitIsRefusedBeforeSending) {
  std::vector<uint8_t> huge(kMaxPayloadBytes + 1);
  platform::Status status = a_->send(2, 1, 0, huge.data(), huge.size());
  EXPECT_EQ(status.code(), platform::ErrorCode::kInvalidArgument);
  EXPECT_EQ(a_->counters().messagesSent, 0u);
}

TEST_F(TcpTransportTest, APeerReconnectsAfterItsConnectionCloses) {
  a_->disconnect(2);
  EXPECT_FALSE(a_->isConnected(2));
  ASSERT_TRUE(pollUntil(*b_.transport, [&] { return !b_->isConnected(1); }));
  EXPECT_EQ(b_->counters().rejectedTotal(), 0u);  // a clean close is no rejection
  ASSERT_TRUE(connectPair(*a_.transport, *b_.transport).isOk());
  ASSERT_TRUE(a_->send(2, 1, 0, "again", 5).isOk());
  Message message;
  ASSERT_TRUE(b_->receive(message, 2 * kSecond));
  EXPECT_EQ(message.sequence, 1u);  // a new connection numbers from 1 again
  EXPECT_EQ(std::string(message.payload.begin(), message.payload.end()), "again");
}

TEST_F(TcpTransportTest, ARestartedPeerReplacesItsOldConnection) {
  LoggedTransport restarted(keyFilledWith(1), 1);
  ASSERT_TRUE(connectPair(*restarted.transport, *b_.transport).isOk());
  EXPECT_TRUE(pollUntil(*b_.transport, [&] { return b_.logged("station 1 connected again"); }));
  ASSERT_TRUE(restarted->send(2, 1, 0, "new", 3).isOk());
  Message message;
  ASSERT_TRUE(b_->receive(message, 2 * kSecond));
  EXPECT_EQ(std::string(message.payload.begin(), message.payload.end()), "new");
  EXPECT_TRUE(pollUntil(*a_.transport, [&] { return !a_->isConnected(2); }));
}

TEST(TcpTransportRefusalTest, AStationWithAnotherKeyIsRefusedAndLogged) {
  LoggedTransport member(keyFilledWith(1), 2);
  LoggedTransport stranger(keyFilledWith(9), 5);
  ASSERT_TRUE(member->listen("127.0.0.1:0").isOk());
  platform::Status status = connectPair(*stranger.transport, *member.transport);
  ASSERT_FALSE(status.isOk());
  EXPECT_NE(std::string(status.message()).find(member.address()), std::string::npos)
      << status.message();
  ASSERT_TRUE(pollUntil(*member.transport, [&] {
    return member->counters().rejectedFor(RejectReason::kHandshakeFailed) == 1;
  }));
  EXPECT_TRUE(member.logged("refused 127.0.0.1:")) << (*member.lines)[0];
  EXPECT_FALSE(member->isConnected(5));
  EXPECT_FALSE(stranger->isConnected(2));
  EXPECT_EQ(member->counters().messagesReceived, 0u);
}

TEST(TcpTransportRefusalTest, ConnectingToNothingFailsNamingTheAddress) {
  LoggedTransport closed(keyFilledWith(1), 2);
  ASSERT_TRUE(closed->listen("127.0.0.1:0").isOk());
  std::string address = closed.address();
  closed.transport.reset();  // nobody listens there any more
  LoggedTransport lonely(keyFilledWith(1), 1);
  platform::Result<uint32_t> peer = lonely->connect(address.c_str(), kSecond);
  ASSERT_FALSE(peer.isOk());
  EXPECT_NE(std::string(peer.status().message()).find(address), std::string::npos);
}

TEST(TcpTransportRefusalTest, AnUnparsableAddressIsAnInvalidArgument) {
  LoggedTransport lonely(keyFilledWith(1), 1);
  platform::Result<uint32_t> peer = lonely->connect("no-port-here", kSecond);
  ASSERT_FALSE(peer.isOk());
  EXPECT_EQ(peer.status().code(), platform::ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace plurix::network

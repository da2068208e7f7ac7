// The handshake on its own: the same key on both sides gives both the same session key; another
// key, or a tampered message, is refused by whichever side checks first.
#include "drivers/network/handshake.h"

#include <gtest/gtest.h>

#include <cstring>

#include "network_fixture.h"

namespace plurix::network {
namespace {

using test::keyFilledWith;

// Runs both sides to the end. Guarantees the connector's and acceptor's states.
void run(Handshake& connector, Handshake& acceptor, int tamperWith = -1) {
  uint8_t hello[kHandshakeBytes];
  uint8_t challenge[kHandshakeBytes];
  uint8_t proof[kHandshakeBytes];
  uint8_t none[kHandshakeBytes];
  ASSERT_EQ(connector.start(hello), kHandshakeBytes);
  if (tamperWith == 0) hello[kHandshakeBytes - 40] ^= 1;  // the nonce
  if (acceptor.receive(hello, challenge) == 0) return;
  if (tamperWith == 1) challenge[kHandshakeBytes - 1] ^= 1;  // the proof
  if (connector.receive(challenge, proof) == 0) return;
  if (tamperWith == 2) proof[kHandshakeBytes - 1] ^= 1;
  EXPECT_EQ(acceptor.receive(proof, none), 0u);
}

TEST(HandshakeTest, TheSameKeyEstablishesTheSameSessionKeyOnBothSides) {
  Handshake connector(HandshakeRole::kConnector, keyFilledWith(1), 10);
  Handshake acceptor(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
  run(connector, acceptor);
  ASSERT_EQ(connector.state(), HandshakeState::kEstablished);
  ASSERT_EQ(acceptor.state(), HandshakeState::kEstablished);
  EXPECT_EQ(connector.peerStation(), 20u);
  EXPECT_EQ(acceptor.peerStation(), 10u);
  EXPECT_EQ(std::memcmp(connector.sessionKey(), acceptor.sessionKey(), ClusterKey::kBytes), 0);
}

TEST(HandshakeTest, EveryConnectionGetsItsOwnSessionKey) {
  Handshake connectorA(HandshakeRole::kConnector, keyFilledWith(1), 10);
  Handshake acceptorA(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
  Handshake connectorB(HandshakeRole::kConnector, keyFilledWith(1), 10);
  Handshake acceptorB(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
  run(connectorA, acceptorA);
  run(connectorB, acceptorB);
  EXPECT_NE(std::memcmp(connectorA.sessionKey(), connectorB.sessionKey(), ClusterKey::kBytes), 0);
}

TEST(HandshakeTest, AConnectorWithAnotherKeyRefusesTheChallenge) {
  Handshake connector(HandshakeRole::kConnector, keyFilledWith(2), 10);
  Handshake acceptor(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
  run(connector, acceptor);
  EXPECT_EQ(connector.state(), HandshakeState::kRefused);
  EXPECT_STREQ(connector.failure(), "proof does not match the cluster key");
  EXPECT_NE(acceptor.state(), HandshakeState::kEstablished);
}

TEST(HandshakeTest, TamperedMessagesAreRefused) {
  for (int step = 0; step < 3; ++step) {
    Handshake connector(HandshakeRole::kConnector, keyFilledWith(1), 10);
    Handshake acceptor(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
    run(connector, acceptor, step);
    EXPECT_NE(acceptor.state(), HandshakeState::kEstablished) << step;
    EXPECT_TRUE(connector.state() == HandshakeState::kRefused ||
                acceptor.state() == HandshakeState::kRefused)
        << step;
  }
}

TEST(HandshakeTest, APeerClaimingOurOwnStationIdIsRefused) {
  Handshake connector(HandshakeRole::kConnector, keyFilledWith(1), 20);
  Handshake acceptor(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
  run(connector, acceptor);
  EXPECT_EQ(acceptor.state(), HandshakeState::kRefused);
}

TEST(HandshakeTest, GarbageIsNotAHello) {
  Handshake acceptor(HandshakeRole::kAcceptor, keyFilledWith(1), 20);
  uint8_t garbage[kHandshakeBytes];
  std::memset(garbage, 0x5a, sizeof garbage);
  uint8_t reply[kHandshakeBytes];
  EXPECT_EQ(acceptor.receive(garbage, reply), 0u);
  EXPECT_EQ(acceptor.state(), HandshakeState::kRefused);
}

}  // namespace
}  // namespace plurix::network

// The handshake that opens every connection: each side proves it holds the cluster key before
// either acts on anything the other sends, and both derive a key for this connection alone.
//   connector -> acceptor  hello     (connector's station, nonce C)
//   acceptor  -> connector challenge (acceptor's station, nonce A, proof A over both nonces)
//   connector -> acceptor  proof     (proof C over both nonces)
// Invariant: state() is kEstablished only after the peer's proof matched; the session key is an
// HMAC of both nonces under the cluster key, so frames recorded on one connection are worthless
// on any other (replay across connections fails the tag check). Pure computation, no I/O, so any
// transport (TCP, shared memory, a bare-metal driver) runs the same handshake.
#pragma once

#include <cstddef>
#include <cstdint>

#include "drivers/network/cluster_key.h"

namespace plurix::network {

inline constexpr uint32_t kHandshakeMagic = 0x48584c50;  // "PLXH" in little-endian byte order
inline constexpr size_t kNonceBytes = 32;
inline constexpr size_t kProofBytes = 32;
// Every handshake message has this one fixed size, so a reader never trusts a length field.
inline constexpr size_t kHandshakeBytes = 12 + kNonceBytes + kProofBytes;

enum class HandshakeRole : uint8_t { kConnector, kAcceptor };
enum class HandshakeState : uint8_t { kAwaitingPeer, kEstablished, kRefused };

class Handshake {
 public:
  // Guarantees a fresh random nonce; nothing sent yet.
  Handshake(HandshakeRole role, const ClusterKey& key, uint32_t selfStation);
  ~Handshake();
  Handshake(const Handshake&) = delete;
  Handshake& operator=(const Handshake&) = delete;

  // Guarantees the first message to send in out and its size: the hello for a connector, nothing
  // (0) for an acceptor, which speaks second.
  size_t start(uint8_t (&out)[kHandshakeBytes]);
  // Requires state() == kAwaitingPeer and kHandshakeBytes at message. Guarantees the reply to
  // send in out and its size (0: none), and the new state; on kRefused, failure() says why.
  size_t receive(const uint8_t* message, uint8_t (&out)[kHandshakeBytes]);

  HandshakeState state() const { return state_; }
  // Requires kEstablished (or a received hello/challenge): the station id the peer announced.
  uint32_t peerStation() const { return peerStation_; }
  // Requires kEstablished: the key that tags this connection's frames.
  const uint8_t (&sessionKey() const)[ClusterKey::kBytes] { return sessionKey_; }
  const char* failure() const { return failure_; }

 private:
  enum class Step : uint8_t { kHello = 1, kChallenge = 2, kProof = 3 };
  void encode(Step step, const uint8_t* nonce, const uint8_t* proof, uint8_t* out) const;
  bool decode(const uint8_t* message, Step expected);
  void prove(HandshakeRole prover, uint8_t (&out)[kProofBytes]) const;
  size_t refuse(const char* why);
  void establish();

  HandshakeRole role_;
  ClusterKey key_;
  uint32_t selfStation_;
  uint32_t peerStation_ = 0;
  HandshakeState state_ = HandshakeState::kAwaitingPeer;
  bool challengeSent_ = false;
  uint8_t selfNonce_[kNonceBytes] = {};
  uint8_t peerNonce_[kNonceBytes] = {};
  uint8_t peerProof_[kProofBytes] = {};
  uint8_t sessionKey_[ClusterKey::kBytes] = {};
  const char* failure_ = "";
};

}  // namespace plurix::network

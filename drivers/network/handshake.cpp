#include "drivers/network/handshake.h"

#include <sodium.h>

#include <cstring>

namespace plurix::network {

namespace {

constexpr size_t kStationAt = 8, kNonceAt = 12, kProofAt = 12 + kNonceBytes;

uint32_t get32(const uint8_t* at) {
  return static_cast<uint32_t>(at[0]) | static_cast<uint32_t>(at[1]) << 8 |
         static_cast<uint32_t>(at[2]) << 16 | static_cast<uint32_t>(at[3]) << 24;
}
void put32(uint8_t* at, uint32_t value) {
  for (int i = 0; i < 4; ++i) at[i] = static_cast<uint8_t>(value >> (8 * i));
}

}  // namespace

Handshake::Handshake(HandshakeRole role, const ClusterKey& key, uint32_t selfStation)
    : role_(role), key_(key), selfStation_(selfStation) {
  if (sodium_init() < 0) state_ = HandshakeState::kRefused;
  randombytes_buf(selfNonce_, sizeof selfNonce_);
}

Handshake::~Handshake() { sodium_memzero(sessionKey_, sizeof sessionKey_); }

void Handshake::encode(Step step, const uint8_t* nonce, const uint8_t* proof, uint8_t* out) const {
  std::memset(out, 0, kHandshakeBytes);
  put32(out, kHandshakeMagic);
  out[4] = 1;  // handshake version
  out[5] = static_cast<uint8_t>(step);
  put32(out + kStationAt, selfStation_);
  if (nonce != nullptr) std::memcpy(out + kNonceAt, nonce, kNonceBytes);
  if (proof != nullptr) std::memcpy(out + kProofAt, proof, kProofBytes);
}

bool Handshake::decode(const uint8_t* message, Step expected) {
  if (get32(message) != kHandshakeMagic || message[4] != 1 ||
      message[5] != static_cast<uint8_t>(expected) || message[6] != 0 || message[7] != 0) {
    return false;
  }
  uint32_t station = get32(message + kStationAt);
  if (expected != Step::kProof) {
    peerStation_ = station;
    std::memcpy(peerNonce_, message + kNonceAt, kNonceBytes);
  } else if (station != peerStation_) {
    return false;
  }
  std::memcpy(peerProof_, message + kProofAt, kProofBytes);
  return true;
}

// The proof binds who proves, both station ids and both nonces: a proof cannot be reflected back
// to its sender, replayed on another connection, or moved to another pair of stations.
void Handshake::prove(HandshakeRole prover, uint8_t (&out)[kProofBytes]) const {
  bool connectorIsSelf = role_ == HandshakeRole::kConnector;
  uint8_t transcript[1 + 8 + 2 * kNonceBytes];
  transcript[0] = prover == HandshakeRole::kConnector ? 'C' : 'A';
  put32(transcript + 1, connectorIsSelf ? selfStation_ : peerStation_);
  put32(transcript + 5, connectorIsSelf ? peerStation_ : selfStation_);
  std::memcpy(transcript + 9, connectorIsSelf ? selfNonce_ : peerNonce_, kNonceBytes);
  std::memcpy(transcript + 9 + kNonceBytes, connectorIsSelf ? peerNonce_ : selfNonce_, kNonceBytes);
  crypto_auth_hmacsha512256(out, transcript, sizeof transcript, key_.bytes());
}

size_t Handshake::refuse(const char* why) {
  state_ = HandshakeState::kRefused;
  failure_ = why;
  return 0;
}

void Handshake::establish() {
  static_assert(sizeof sessionKey_ == crypto_auth_hmacsha512256_BYTES);
  // A third role byte ('S') keeps the session key distinct from both proofs.
  uint8_t connectorProof[kProofBytes];
  prove(HandshakeRole::kConnector, connectorProof);
  crypto_auth_hmacsha512256_state state;
  crypto_auth_hmacsha512256_init(&state, key_.bytes(), ClusterKey::kBytes);
  const uint8_t label = 'S';
  crypto_auth_hmacsha512256_update(&state, &label, 1);
  crypto_auth_hmacsha512256_update(&state, connectorProof, sizeof connectorProof);
  crypto_auth_hmacsha512256_final(&state, sessionKey_);
  state_ = HandshakeState::kEstablished;
}

size_t Handshake::start(uint8_t (&out)[kHandshakeBytes]) {
  if (role_ == HandshakeRole::kAcceptor || state_ != HandshakeState::kAwaitingPeer) return 0;
  encode(Step::kHello, selfNonce_, nullptr, out);
  return kHandshakeBytes;
}

size_t Handshake::receive(const uint8_t* message, uint8_t (&out)[kHandshakeBytes]) {
  if (state_ != HandshakeState::kAwaitingPeer) return 0;
  uint8_t expectedProof[kProofBytes];
  if (role_ == HandshakeRole::kAcceptor && !challengeSent_) {
    if (!decode(message, Step::kHello)) return refuse("no valid hello");
    if (peerStation_ == selfStation_) return refuse("peer claims this station's own id");
    prove(HandshakeRole::kAcceptor, expectedProof);
    encode(Step::kChallenge, selfNonce_, expectedProof, out);
    challengeSent_ = true;
    return kHandshakeBytes;
  }
  if (role_ == HandshakeRole::kAcceptor) {
    if (!decode(message, Step::kProof)) return refuse("no valid proof");
    prove(HandshakeRole::kConnector, expectedProof);
    if (sodium_memcmp(expectedProof, peerProof_, kProofBytes) != 0) {
      return refuse("proof does not match the cluster key");
    }
    establish();
    return 0;
  }
  if (!decode(message, Step::kChallenge)) return refuse("no valid challenge");
  if (peerStation_ == selfStation_) return refuse("peer claims this station's own id");
  prove(HandshakeRole::kAcceptor, expectedProof);
  if (sodium_memcmp(expectedProof, peerProof_, kProofBytes) != 0) {
    return refuse("proof does not match the cluster key");
  }
  prove(HandshakeRole::kConnector, expectedProof);
  encode(Step::kProof, nullptr, expectedProof, out);
  establish();
  return kHandshakeBytes;
}

}  // namespace plurix::network

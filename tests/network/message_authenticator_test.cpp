// The frame tag is HMAC-SHA-256 (drivers/network/message.h): known answers (computed with an
// independent implementation, Python's hmac module), the same tag every time for the same bytes
// (the keyed context is reset between tags), and a tag that changes with any byte.
#include "drivers/network/message.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace plurix::network {
namespace {

std::string hex(const uint8_t* bytes, size_t count) {
  std::string out;
  char digit[3];
  for (size_t i = 0; i < count; ++i) {
    std::snprintf(digit, sizeof digit, "%02x", bytes[i]);
    out += digit;
  }
  return out;
}

class MessageAuthenticatorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (size_t i = 0; i < sizeof key_; ++i) key_[i] = static_cast<uint8_t>(i);
  }
  std::string tagOf(const MessageAuthenticator& mac, const std::vector<uint8_t>& data) {
    uint8_t tag[kTagBytes];
    mac.tag(data.data(), data.size(), tag);
    return hex(tag, sizeof tag);
  }
  uint8_t key_[crypto_auth_hmacsha512256_KEYBYTES];
};

TEST_F(MessageAuthenticatorTest, TagsAreHmacSha256) {
  MessageAuthenticator mac(key_);
  std::string text = "plurix frame";
  EXPECT_EQ(tagOf(mac, std::vector<uint8_t>(text.begin(), text.end())),
            "9cd994840a3c5ba74010eeb51ee0bab8d1c6ac49be7945aa84e4b05f94cdf9c3");
  EXPECT_EQ(tagOf(mac, std::vector<uint8_t>(4096, 0)),
            "8e1a3abeadbb56ea8142ca199399b1fa7c699920698ba27dcc2e541f33a93cdb");
}

TEST_F(MessageAuthenticatorTest, EveryTagStartsFromTheKeyAlone) {
  MessageAuthenticator mac(key_);
  std::vector<uint8_t> page(4096, 0x5a);
  std::string first = tagOf(mac, page);
  (void)tagOf(mac, std::vector<uint8_t>(17, 1));
  EXPECT_EQ(tagOf(mac, page), first) << "a tag depended on what was tagged before it";
}

TEST_F(MessageAuthenticatorTest, AnyChangedByteOrKeyChangesTheTagAndFailsVerification) {
  MessageAuthenticator mac(key_);
  std::vector<uint8_t> page(4096, 0x5a);
  uint8_t tag[kTagBytes];
  mac.tag(page.data(), page.size(), tag);
  EXPECT_TRUE(mac.verify(page.data(), page.size(), tag));
  page[4095] ^= 1;
  EXPECT_FALSE(mac.verify(page.data(), page.size(), tag));
  page[4095] ^= 1;
  key_[0] ^= 1;
  MessageAuthenticator other(key_);
  EXPECT_FALSE(other.verify(page.data(), page.size(), tag));
}

}  // namespace
}  // namespace plurix::network

#include "cluster/page_server.h"

#include <gtest/gtest.h>

#include <cstring>
#include <set>
#include <vector>

#include "cluster/page_messages.h"
#include "scripted_transport.h"

namespace plurix::cluster {
namespace {

network::Message message(uint32_t sender, PageMessage type, std::vector<uint8_t> payload = {}) {
  network::Message out;
  out.sender = sender;
  out.type = static_cast<uint16_t>(type);
  out.payload = std::move(payload);
  return out;
}

std::vector<uint8_t> commitPages(uint64_t page, uint8_t fill) {
  CommitPages header{1, 0};
  std::vector<uint8_t> payload(sizeof header + sizeof page + platform::kPageSize, fill);
  std::memcpy(payload.data(), &header, sizeof header);
  std::memcpy(payload.data() + sizeof header, &page, sizeof page);
  return payload;
}

class PageServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    heap::HeapConfig config;
    config.size = 16u << 20;
    auto created = heap::Heap::create(config);
    ASSERT_TRUE(created.isOk()) << created.status().message();
    heap_ = std::make_unique<heap::Heap>(std::move(created.value()));
    page_ = heap_->base();  // the first page: committed, so the server keeps it
    std::memcpy(original_, reinterpret_cast<const void*>(page_), sizeof original_);
    transport_.connected = {7, 8};
    server_ = std::make_unique<PageServer>(*heap_, transport_, 0);
    server_->handle(message(7, PageMessage::kJoinRequest));
    server_->handle(message(8, PageMessage::kJoinRequest));
    transport_.sent.clear();
  }

  size_t countSent(uint32_t station, PageMessage type) const {
    size_t count = 0;
    for (const auto& each : transport_.sent) count += each.station == station && each.type == type ? 1 : 0;
    return count;
  }
  bool pageUnchanged() const { return std::memcmp(reinterpret_cast<const void*>(page_), original_, sizeof original_) == 0; }

  std::unique_ptr<heap::Heap> heap_;
  ScriptedTransport transport_;
  std::unique_ptr<PageServer> server_;
  uint64_t page_ = 0;
  unsigned char original_[platform::kPageSize];
};

TEST_F(PageServerTest, CommitPagesReachTheHeapOnlyAtTheCommitsEnd) {
  server_->handle(message(7, PageMessage::kCommitRequest));
  ASSERT_EQ(countSent(7, PageMessage::kCommitGrant), 1u);
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_, 0xAB)));
  EXPECT_TRUE(pageUnchanged()) << "a page of an unfinished commit was written into the committed heap";
  server_->handle(message(7, PageMessage::kCommitEnd));
  EXPECT_EQ(reinterpret_cast<const uint8_t*>(page_)[100], 0xAB);
  EXPECT_EQ(countSent(8, PageMessage::kWriteSet), 1u);
  EXPECT_EQ(server_->commits(), 1u);
}

TEST_F(PageServerTest, AHolderThatGoesAwayHalfwayLeavesNothingAndPassesTheRightOn) {
  server_->handle(message(7, PageMessage::kCommitRequest));
  server_->handle(message(8, PageMessage::kCommitRequest));
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_, 0xCD)));
  EXPECT_EQ(countSent(8, PageMessage::kCommitGrant), 0u) << "8 must wait while 7 holds the right";
  transport_.disconnect(7);
  EXPECT_GE(server_->forgetDeparted(), 1u);
  EXPECT_EQ(countSent(8, PageMessage::kCommitGrant), 1u) << "the right did not pass on";
  EXPECT_TRUE(pageUnchanged());
  server_->handle(message(8, PageMessage::kCommitEnd));
  EXPECT_EQ(server_->commits(), 1u);
  EXPECT_TRUE(pageUnchanged()) << "8 committed nothing of 7's pages";
  EXPECT_EQ(countSent(7, PageMessage::kWriteSet), 0u) << "a departed station gets no write sets";
}

TEST_F(PageServerTest, TheRightSkipsStationsThatWentAwayWhileWaiting) {
  transport_.connected.insert(9);
  server_->handle(message(9, PageMessage::kJoinRequest));
  server_->handle(message(7, PageMessage::kCommitRequest));
  server_->handle(message(8, PageMessage::kCommitRequest));
  server_->handle(message(9, PageMessage::kCommitRequest));
  transport_.disconnect(8);
  server_->handle(message(7, PageMessage::kCommitCancel));
  EXPECT_EQ(countSent(8, PageMessage::kCommitGrant), 0u);
  EXPECT_EQ(countSent(9, PageMessage::kCommitGrant), 1u);
}

TEST_F(PageServerTest, ACancelledCommitLeavesNothing) {
  server_->handle(message(7, PageMessage::kCommitRequest));
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_, 0xEF)));
  server_->handle(message(7, PageMessage::kCommitCancel));
  server_->handle(message(8, PageMessage::kCommitRequest));
  server_->handle(message(8, PageMessage::kCommitEnd));
  EXPECT_TRUE(pageUnchanged());
  EXPECT_EQ(server_->commits(), 1u);
}

}  // namespace
}  // namespace plurix::cluster

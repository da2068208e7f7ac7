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

std::vector<uint8_t> commitPages(uint64_t page) {
  PageList header{1, 0};
  std::vector<uint8_t> payload(sizeof header + sizeof page);
  std::memcpy(payload.data(), &header, sizeof header);
  std::memcpy(payload.data() + sizeof header, &page, sizeof page);
  return payload;
}

std::vector<uint8_t> handBack(uint64_t page, uint8_t fill) {
  PageList header{1, 0};
  std::vector<uint8_t> payload(sizeof header + sizeof page + platform::kPageSize, fill);
  std::memcpy(payload.data(), &header, sizeof header);
  std::memcpy(payload.data() + sizeof header, &page, sizeof page);
  return payload;
}

std::vector<uint8_t> pageRequest(uint64_t page) {
  PageRequest request{page};
  const auto* bytes = reinterpret_cast<const uint8_t*>(&request);
  return std::vector<uint8_t>(bytes, bytes + sizeof request);
}

std::vector<uint8_t> runRequest(uint64_t page, uint32_t count) {
  PageRunRequest request{page, count, 0};
  const auto* bytes = reinterpret_cast<const uint8_t*>(&request);
  return std::vector<uint8_t>(bytes, bytes + sizeof request);
}

std::vector<uint8_t> joinRequest(const char* address) {
  JoinRequest request{};
  std::strncpy(request.address, address, sizeof request.address - 1);
  const auto* bytes = reinterpret_cast<const uint8_t*>(&request);
  return std::vector<uint8_t>(bytes, bytes + sizeof request);
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
  const ScriptedTransport::Sent* lastSent(uint32_t station, PageMessage type) const {
    const ScriptedTransport::Sent* found = nullptr;
    for (const auto& each : transport_.sent) {
      if (each.station == station && each.type == type) found = &each;
    }
    return found;
  }
  void commitByStation7() {
    server_->handle(message(7, PageMessage::kCommitRequest));
    server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_)));
    server_->handle(message(7, PageMessage::kCommitEnd));
  }
  bool pageUnchanged() const { return std::memcmp(reinterpret_cast<const void*>(page_), original_, sizeof original_) == 0; }

  std::unique_ptr<heap::Heap> heap_;
  ScriptedTransport transport_;
  std::unique_ptr<PageServer> server_;
  uint64_t page_ = 0;
  unsigned char original_[platform::kPageSize];
};

TEST_F(PageServerTest, ACommitMakesItsHolderTheOwnerOnlyAtItsEnd) {
  server_->handle(message(7, PageMessage::kCommitRequest));
  ASSERT_EQ(countSent(7, PageMessage::kCommitGrant), 1u);
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_)));
  EXPECT_EQ(server_->ownerOf(page_), 0u) << "a page of an unfinished commit changed owner";
  server_->handle(message(7, PageMessage::kCommitEnd));
  EXPECT_EQ(server_->ownerOf(page_), 7u);
  EXPECT_EQ(countSent(8, PageMessage::kWriteSet), 1u);
  EXPECT_EQ(countSent(7, PageMessage::kWriteSet), 0u) << "the committer needs no write set of its own";
  EXPECT_EQ(server_->commits(), 1u);
  EXPECT_TRUE(pageUnchanged()) << "a commit sends no contents: the home's copy stays as it was";
}

TEST_F(PageServerTest, PagesWrittenThroughAreTheHomesAtTheCommitsEndAndServedFromIt) {
  commitByStation7();  // 7 keeps page_
  server_->handle(message(8, PageMessage::kCommitRequest));
  server_->handle(message(8, PageMessage::kCommitThrough, handBack(page_, 0x77)));
  EXPECT_TRUE(pageUnchanged()) << "a page of an unfinished commit reached the home's heap";
  server_->handle(message(8, PageMessage::kCommitEnd));
  EXPECT_EQ(server_->ownerOf(page_), 0u);
  EXPECT_EQ(reinterpret_cast<const uint8_t*>(page_)[100], 0x77);
  const ScriptedTransport::Sent* written = lastSent(7, PageMessage::kWriteSet);
  ASSERT_NE(written, nullptr);
  WriteSet header;
  std::memcpy(&header, written->payload.data(), sizeof header);
  EXPECT_EQ(header.count, 1u);
  EXPECT_EQ(header.kept, 0u) << "the page was written through: the home owns it, not 8";
  server_->handle(message(7, PageMessage::kPageRequest, pageRequest(page_)));
  EXPECT_NE(lastSent(7, PageMessage::kPageReply), nullptr);
}

TEST_F(PageServerTest, ARequestForAPageAnotherStationOwnsIsRedirectedToIt) {
  commitByStation7();
  server_->handle(message(8, PageMessage::kPageRequest, pageRequest(page_)));
  EXPECT_EQ(countSent(8, PageMessage::kPageReply), 0u) << "the home's copy is stale: it must not be served";
  const ScriptedTransport::Sent* redirect = lastSent(8, PageMessage::kPageRedirect);
  ASSERT_NE(redirect, nullptr);
  ASSERT_EQ(redirect->payload.size(), sizeof(PageRedirect));
  PageRedirect body;
  std::memcpy(&body, redirect->payload.data(), sizeof body);
  EXPECT_EQ(body.page, page_);
  EXPECT_EQ(body.owner, 7u);
}

TEST_F(PageServerTest, APageHandedBackIsServedByTheHomeAgain) {
  commitByStation7();
  server_->handle(message(7, PageMessage::kHandBack, handBack(page_, 0xAB)));
  server_->handle(message(7, PageMessage::kHandBackEnd));
  EXPECT_EQ(countSent(7, PageMessage::kHandBackEnd), 1u) << "the leaving station waits for this answer";
  EXPECT_EQ(server_->ownerOf(page_), 0u);
  EXPECT_EQ(server_->pagesHandedBack(), 1u);
  server_->handle(message(8, PageMessage::kPageRequest, pageRequest(page_)));
  const ScriptedTransport::Sent* reply = lastSent(8, PageMessage::kPageReply);
  ASSERT_NE(reply, nullptr);
  ASSERT_EQ(reply->payload.size(), sizeof(PageReply));
  EXPECT_EQ(reinterpret_cast<const PageReply*>(reply->payload.data())->bytes[100], 0xAB);
}

TEST_F(PageServerTest, OnlyTheOwnerCanHandAPageBack) {
  commitByStation7();
  server_->handle(message(8, PageMessage::kHandBack, handBack(page_, 0xCD)));
  EXPECT_EQ(server_->ownerOf(page_), 7u);
  EXPECT_TRUE(pageUnchanged()) << "a station handed back a page it does not own";
}

TEST_F(PageServerTest, AnOwnerThatLeftWithoutHandingBackLosesItsPagesLoudly) {
  commitByStation7();
  transport_.disconnect(7);
  EXPECT_GE(server_->forgetDeparted(), 1u);
  EXPECT_EQ(server_->pagesLost(), 1u);
  server_->handle(message(8, PageMessage::kPageRequest, pageRequest(page_)));
  EXPECT_EQ(countSent(8, PageMessage::kPageReply), 0u) << "stale contents served for a lost page";
  const ScriptedTransport::Sent* redirect = lastSent(8, PageMessage::kPageRedirect);
  ASSERT_NE(redirect, nullptr);
  PageRedirect body;
  std::memcpy(&body, redirect->payload.data(), sizeof body);
  EXPECT_EQ(body.owner, 0u) << "a lost page must be refused, not sent to a station that is gone";
}

TEST_F(PageServerTest, AJoinerLearnsWhereTheOtherMembersAre) {
  transport_.connected.insert(9);
  transport_.connected.insert(10);
  server_->handle(message(9, PageMessage::kJoinRequest, joinRequest("127.0.0.1:4001")));
  server_->handle(message(10, PageMessage::kJoinRequest, joinRequest("127.0.0.1:4002")));
  const ScriptedTransport::Sent* members = lastSent(10, PageMessage::kMembers);
  ASSERT_NE(members, nullptr);
  PageList header;
  std::memcpy(&header, members->payload.data(), sizeof header);
  // 7 and 8 joined without an address (nobody can reach them); 9 can be reached.
  ASSERT_EQ(header.count, 1u);
  ASSERT_EQ(members->payload.size(), sizeof header + sizeof(Member));
  Member member;
  std::memcpy(&member, members->payload.data() + sizeof header, sizeof member);
  EXPECT_EQ(member.station, 9u);
  EXPECT_STREQ(member.address, "127.0.0.1:4001");
}

TEST_F(PageServerTest, AHolderThatGoesAwayHalfwayLeavesNothingAndPassesTheRightOn) {
  server_->handle(message(7, PageMessage::kCommitRequest));
  server_->handle(message(8, PageMessage::kCommitRequest));
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_)));
  EXPECT_EQ(countSent(8, PageMessage::kCommitGrant), 0u) << "8 must wait while 7 holds the right";
  transport_.disconnect(7);
  EXPECT_GE(server_->forgetDeparted(), 1u);
  EXPECT_EQ(countSent(8, PageMessage::kCommitGrant), 1u) << "the right did not pass on";
  EXPECT_EQ(server_->ownerOf(page_), 0u);
  server_->handle(message(8, PageMessage::kCommitEnd));
  EXPECT_EQ(server_->commits(), 1u);
  EXPECT_EQ(server_->ownerOf(page_), 0u) << "8 committed nothing of 7's pages";
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

// Read-ahead: a run is answered with the page asked for and the next ones the home owns, in one
// message, and stops at the first page another station owns; a run starting at such a page is
// answered like a single request; a malformed run request gets no answer.
TEST_F(PageServerTest, ARunIsServedUpToThePageAnotherStationOwns) {
  uint64_t kept = page_ + 3 * platform::kPageSize;
  server_->handle(message(7, PageMessage::kCommitRequest));
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(kept)));
  server_->handle(message(7, PageMessage::kCommitEnd));
  reinterpret_cast<uint8_t*>(page_ + platform::kPageSize)[5] = 0x5a;
  transport_.sent.clear();

  server_->handle(message(8, PageMessage::kPageRunRequest, runRequest(page_, 8)));
  const ScriptedTransport::Sent* reply = lastSent(8, PageMessage::kPageRunReply);
  ASSERT_NE(reply, nullptr);
  PageRunReply header;
  std::memcpy(&header, reply->payload.data(), sizeof header);
  EXPECT_EQ(header.page, page_);
  EXPECT_EQ(header.count, 3u) << "pages 0-2 are the home's, page 3 is station 7's";
  ASSERT_EQ(reply->payload.size(), sizeof header + 3 * platform::kPageSize);
  EXPECT_EQ(std::memcmp(reply->payload.data() + sizeof header, original_, platform::kPageSize), 0);
  EXPECT_EQ(reply->payload[sizeof header + platform::kPageSize + 5], 0x5a);
  EXPECT_EQ(server_->pagesServed(), 3u);

  server_->handle(message(8, PageMessage::kPageRunRequest, runRequest(kept, 4)));
  EXPECT_NE(lastSent(8, PageMessage::kPageRedirect), nullptr) << "station 7's page: the home redirects";
  EXPECT_EQ(countSent(8, PageMessage::kPageRunReply), 1u);
}

TEST_F(PageServerTest, AMalformedRunRequestGetsNoAnswer) {
  server_->handle(message(8, PageMessage::kPageRunRequest, runRequest(page_, 0)));
  server_->handle(message(8, PageMessage::kPageRunRequest, runRequest(page_, kMaxRunPages + 1)));
  std::vector<uint8_t> truncated = runRequest(page_, 4);
  truncated.pop_back();
  server_->handle(message(8, PageMessage::kPageRunRequest, truncated));
  EXPECT_TRUE(transport_.sent.empty());
  EXPECT_EQ(server_->pagesServed(), 0u);
}

TEST_F(PageServerTest, ACancelledCommitLeavesNothing) {
  server_->handle(message(7, PageMessage::kCommitRequest));
  server_->handle(message(7, PageMessage::kCommitPages, commitPages(page_)));
  server_->handle(message(7, PageMessage::kCommitCancel));
  server_->handle(message(8, PageMessage::kCommitRequest));
  server_->handle(message(8, PageMessage::kCommitEnd));
  EXPECT_EQ(server_->ownerOf(page_), 0u);
  EXPECT_EQ(server_->commits(), 1u);
}

}  // namespace
}  // namespace plurix::cluster

#include "cluster/station_node.h"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

#include "cluster/page_messages.h"
#include "heap/heap.h"
#include "scripted_transport.h"

namespace plurix::cluster {
namespace {

constexpr uint32_t kServer = 0;

network::Message fromServer(PageMessage type, const void* payload, size_t size) {
  network::Message out;
  out.sender = kServer;
  out.type = static_cast<uint16_t>(type);
  const auto* bytes = static_cast<const uint8_t*>(payload);
  out.payload.assign(bytes, bytes + size);
  return out;
}

network::Message writeSet(uint64_t commitNumber) {
  WriteSet header{commitNumber, 9, 0, 0, 0};
  return fromServer(PageMessage::kWriteSet, &header, sizeof header);
}

class StationNodeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    heap::HeapConfig config;
    config.size = 16u << 20;
    auto created = heap::Heap::create(config);  // maps the station-local area the node updates
    ASSERT_TRUE(created.isOk()) << created.status().message();
    heap_ = std::make_unique<heap::Heap>(std::move(created.value()));
    transport_.connected = {kServer};
    node_ = std::make_unique<StationNode>(transport_, kServer);
  }

  std::unique_ptr<heap::Heap> heap_;
  ScriptedTransport transport_;
  std::unique_ptr<StationNode> node_;
};

TEST_F(StationNodeTest, WriteSetsInOrderNeedNoRecovery) {
  node_->setCommitNumber(5);
  transport_.incoming.push_back(writeSet(6));
  transport_.incoming.push_back(writeSet(7));
  node_->pump(0);
  EXPECT_EQ(node_->writeSetsApplied(), 2u);
  EXPECT_EQ(node_->recoveries(), 0u);
  EXPECT_EQ(node_->commitNumber(), 7u);
}

TEST_F(StationNodeTest, AMissedWriteSetIsNoticedAndTheStationCatchesUp) {
  node_->setCommitNumber(5);
  transport_.incoming.push_back(writeSet(9));  // commits 6 to 8 never arrived
  node_->pump(0);
  EXPECT_EQ(node_->recoveries(), 1u);
  EXPECT_EQ(node_->commitNumber(), 9u);
  transport_.incoming.push_back(writeSet(10));
  node_->pump(0);
  EXPECT_EQ(node_->recoveries(), 1u) << "in order again after catching up";
}

TEST_F(StationNodeTest, AGrantBeyondTheNextCommitIsNoticedBeforeCommitting) {
  node_->setCommitNumber(3);
  CommitGrant grant{7};  // commits 4 to 6 happened without their write sets reaching this station
  transport_.incoming.push_back(fromServer(PageMessage::kCommitGrant, &grant, sizeof grant));
  node_->reserveBeforeStep();
  EXPECT_EQ(node_->recoveries(), 1u);
  EXPECT_EQ(node_->commitNumber(), 6u) << "the grant's commit comes right after the ones it missed";
}

TEST_F(StationNodeTest, AWriteSetMakesItsCommitterTheOwnerAndRequestsAreSentThere) {
  node_->setHeapRange(heap_->base(), heap_->size());
  uint64_t page = heap_->base() + 3 * platform::kPageSize;
  EXPECT_EQ(node_->ownerOf(page), kServer) << "before any commit, the home owns every page";
  node_->setCommitNumber(5);
  struct {
    WriteSet header;
    uint64_t page;
  } written{{6, 9, 1, 1, 0}, page};
  transport_.incoming.push_back(fromServer(PageMessage::kWriteSet, &written, sizeof written));
  transport_.connected.insert(4);
  PageRequest request{page};
  network::Message asked = fromServer(PageMessage::kPageRequest, &request, sizeof request);
  asked.sender = 4;
  transport_.incoming.push_back(asked);
  node_->pump(0);
  EXPECT_EQ(node_->ownerOf(page), 9u);
  ASSERT_FALSE(transport_.sent.empty());
  const ScriptedTransport::Sent& answer = transport_.sent.back();
  EXPECT_EQ(answer.station, 4u);
  ASSERT_EQ(answer.type, PageMessage::kPageRedirect) << "a page this station does not own must not be served";
  PageRedirect redirect;
  std::memcpy(&redirect, answer.payload.data(), sizeof redirect);
  EXPECT_EQ(redirect.owner, 9u);
}

TEST_F(StationNodeTest, AMalformedPageRequestIsIgnored) {
  node_->setHeapRange(heap_->base(), heap_->size());
  transport_.connected.insert(4);
  uint32_t garbage = 7;
  network::Message asked = fromServer(PageMessage::kPageRequest, &garbage, sizeof garbage);
  asked.sender = 4;
  transport_.incoming.push_back(asked);
  node_->pump(0);
  EXPECT_TRUE(transport_.sent.empty());
}

}  // namespace
}  // namespace plurix::cluster

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
  WriteSet header{commitNumber, 9, 0};
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

}  // namespace
}  // namespace plurix::cluster

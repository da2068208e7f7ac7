// The cluster's page server (page_server.h).
#include "cluster/page_server.h"

#include <algorithm>
#include <cstring>

#include "cluster/page_messages.h"

namespace plurix::cluster {

namespace {

bool insideHeap(const heap::Heap& heap, uint64_t page) {
  return page % platform::kPageSize == 0 && page >= heap.base() && page - heap.base() < heap.size();
}

}  // namespace

bool PageServer::handle(const network::Message& message) {
  switch (static_cast<PageMessage>(message.type)) {
    case PageMessage::kJoinRequest: answerJoin(message); return true;
    case PageMessage::kPageRequest: answerPage(message); return true;
    case PageMessage::kCommitRequest: queueCommit(message.sender); return true;
    case PageMessage::kCommitPages:
      if (message.sender == holder_) takePages(message);
      return true;
    case PageMessage::kCommitEnd:
      if (message.sender == holder_) publish(message.sender);
      return true;
    case PageMessage::kCommitCancel:
      if (message.sender == holder_) {
        pendingPages_.clear();
        pendingBytes_.clear();
        holder_ = 0;
        grantNext();
      }
      return true;
    default: return false;
  }
}

void PageServer::answerJoin(const network::Message& message) {
  JoinReply reply{heap_.base(), heap_.size(), nextStation_++, 0, commitNumber_};
  if (std::find(members_.begin(), members_.end(), message.sender) == members_.end()) members_.push_back(message.sender);
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kJoinReply), commitNumber_, &reply,
                        sizeof reply);
}

void PageServer::answerPage(const network::Message& message) {
  if (message.payload.size() != sizeof(PageRequest)) return;  // malformed: answer nothing
  PageRequest request;
  memcpy(&request, message.payload.data(), sizeof request);
  static PageReply reply;  // 4 KiB: not on the stack of whatever polls
  memset(&reply, 0, sizeof reply);
  reply.page = request.page;
  if (insideHeap(heap_, request.page)) {
    reply.found = 1;
    // Beyond the committed part the heap was never touched: the page reads as zero.
    uint64_t committed = uint64_t{heap_.memoryManager()->committedPages} * platform::kPageSize;
    if (request.page - heap_.base() < committed) {
      memcpy(reply.bytes, reinterpret_cast<const void*>(request.page), platform::kPageSize);
    }
  }
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kPageReply), commitNumber_, &reply,
                        sizeof reply);
  ++pagesServed_;
}

void PageServer::queueCommit(uint32_t station) {
  waiting_.push_back(station);
  if (holder_ == 0) grantNext();
}

void PageServer::grantNext() {
  while (!waiting_.empty()) {
    holder_ = waiting_.front();
    waiting_.pop_front();
    CommitGrant grant{commitNumber_ + 1};
    if (transport_.send(holder_, static_cast<uint16_t>(PageMessage::kCommitGrant), commitNumber_, &grant, sizeof grant)
            .isOk()) {
      return;
    }
    holder_ = 0;  // gone while it waited: the next one
  }
}

size_t PageServer::forgetDeparted() {
  size_t forgotten = 0;
  auto gone = [this](uint32_t station) { return !transport_.isConnected(station); };
  size_t members = members_.size();
  members_.erase(std::remove_if(members_.begin(), members_.end(), gone), members_.end());
  forgotten += members - members_.size();
  waiting_.erase(std::remove_if(waiting_.begin(), waiting_.end(), gone), waiting_.end());
  if (holder_ != 0 && gone(holder_)) {
    pendingPages_.clear();
    pendingBytes_.clear();
    holder_ = 0;
    ++forgotten;
    grantNext();
  }
  return forgotten;
}

void PageServer::takePages(const network::Message& message) {
  if (message.payload.size() < sizeof(CommitPages)) return;
  CommitPages header;
  memcpy(&header, message.payload.data(), sizeof header);
  constexpr size_t kEntry = sizeof(uint64_t) + platform::kPageSize;
  if (message.payload.size() != sizeof header + size_t{header.count} * kEntry) return;
  const uint8_t* entry = message.payload.data() + sizeof header;
  for (uint32_t i = 0; i < header.count; ++i, entry += kEntry) {
    uint64_t page;
    memcpy(&page, entry, sizeof page);
    if (!insideHeap(heap_, page)) continue;
    pendingBytes_.insert(pendingBytes_.end(), entry + sizeof page, entry + sizeof page + platform::kPageSize);
    pendingPages_.push_back(page);
  }
}

void PageServer::publish(uint32_t committer) {
  for (size_t i = 0; i < pendingPages_.size(); ++i) {
    memcpy(reinterpret_cast<void*>(pendingPages_[i]), pendingBytes_.data() + i * platform::kPageSize, platform::kPageSize);
  }
  pendingBytes_.clear();
  ++commitNumber_;
  ++commits_;
  std::vector<uint8_t> payload(sizeof(WriteSet) + pendingPages_.size() * sizeof(uint64_t));
  WriteSet header{commitNumber_, committer, static_cast<uint32_t>(pendingPages_.size())};
  memcpy(payload.data(), &header, sizeof header);
  if (!pendingPages_.empty()) memcpy(payload.data() + sizeof header, pendingPages_.data(), pendingPages_.size() * sizeof(uint64_t));
  for (uint32_t member : members_) {
    if (member == committer) continue;
    (void)transport_.send(member, static_cast<uint16_t>(PageMessage::kWriteSet), commitNumber_, payload.data(),
                          payload.size());
  }
  pendingPages_.clear();
  holder_ = 0;
  grantNext();
}

}  // namespace plurix::cluster

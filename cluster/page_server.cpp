// The cluster's home (page_server.h).
#include "cluster/page_server.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "cluster/page_messages.h"

namespace plurix::cluster {

PageServer::PageServer(const heap::Heap& heap, network::Transport& transport, uint64_t commitNumber)
    : heap_(heap), transport_(transport), commitNumber_(commitNumber), owners_(heap.size() / platform::kPageSize, 0) {}

namespace {

// Calls take(page, bytes) for every entry of a well-formed list of pages with their contents
// (kCommitThrough, kHandBack); a malformed list is ignored whole.
template <typename Take>
void forEachPage(const network::Message& message, Take take) {
  if (message.payload.size() < sizeof(PageList)) return;
  PageList header;
  memcpy(&header, message.payload.data(), sizeof header);
  constexpr size_t kEntry = sizeof(uint64_t) + platform::kPageSize;
  if (message.payload.size() != sizeof header + size_t{header.count} * kEntry) return;
  const uint8_t* entry = message.payload.data() + sizeof header;
  for (uint32_t i = 0; i < header.count; ++i, entry += kEntry) {
    uint64_t page;
    memcpy(&page, entry, sizeof page);
    take(page, entry + sizeof page);
  }
}

}  // namespace

bool PageServer::insideHeap(uint64_t page) const {
  return page % platform::kPageSize == 0 && page >= heap_.base() && page - heap_.base() < heap_.size();
}

bool PageServer::handle(const network::Message& message) {
  switch (static_cast<PageMessage>(message.type)) {
    case PageMessage::kJoinRequest: answerJoin(message); return true;
    case PageMessage::kPageRequest: answerPage(message); return true;
    case PageMessage::kPageRunRequest: answerRun(message); return true;
    case PageMessage::kCommitRequest: queueCommit(message.sender); return true;
    case PageMessage::kCommitPages:
      if (message.sender == holder_) takeAddresses(message);
      return true;
    case PageMessage::kCommitThrough:
      if (message.sender == holder_) takeThrough(message);
      return true;
    case PageMessage::kCommitEnd:
      if (message.sender == holder_) publish(message.sender);
      return true;
    case PageMessage::kCommitCancel:
      if (message.sender == holder_) {
        pendingPages_.clear();
        throughPages_.clear();
        throughBytes_.clear();
        holder_ = 0;
        grantNext();
      }
      return true;
    case PageMessage::kHandBack: takeHandBack(message); return true;
    case PageMessage::kHandBackEnd:
      (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kHandBackEnd), commitNumber_, nullptr, 0);
      return true;
    default: return false;
  }
}

void PageServer::answerJoin(const network::Message& message) {
  std::string address;
  if (message.payload.size() == sizeof(JoinRequest)) {
    JoinRequest request;
    memcpy(&request, message.payload.data(), sizeof request);
    address.assign(request.address, strnlen(request.address, sizeof request.address));
  }
  // A station that just left must not be named to the joiner: take in what the sockets say first.
  (void)transport_.poll();
  forgetDeparted();
  JoinReply reply{heap_.base(), heap_.size(), nextStation_++, 0, commitNumber_};
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kJoinReply), commitNumber_, &reply,
                        sizeof reply);
  // The joiner connects to every member that others can reach (the newer dials the older, so two
  // stations never dial each other at once).
  std::vector<uint8_t> payload(sizeof(PageList));
  uint32_t count = 0;
  for (const MemberEntry& member : members_) {
    if (member.station == message.sender || member.address.empty()) continue;
    Member entry{member.station, 0, {}};
    memcpy(entry.address, member.address.data(), std::min(member.address.size(), sizeof entry.address - 1));
    const auto* bytes = reinterpret_cast<const uint8_t*>(&entry);
    payload.insert(payload.end(), bytes, bytes + sizeof entry);
    ++count;
  }
  PageList header{count, 0};
  memcpy(payload.data(), &header, sizeof header);
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kMembers), commitNumber_, payload.data(),
                        payload.size());
  auto known = std::find_if(members_.begin(), members_.end(),
                            [&](const MemberEntry& member) { return member.station == message.sender; });
  if (known == members_.end()) {
    members_.push_back({message.sender, address});
  } else {
    known->address = address;
  }
}

void PageServer::answerPage(const network::Message& message) {
  if (message.payload.size() != sizeof(PageRequest)) return;  // malformed: answer nothing
  PageRequest request;
  memcpy(&request, message.payload.data(), sizeof request);
  answerPage(message.sender, request.page);
}

void PageServer::answerPage(uint32_t sender, uint64_t page) {
  if (insideHeap(page) && ownerOf(page) != 0) {
    uint32_t owner = ownerOf(page);
    PageRedirect redirect{page, owner == kLostOwner ? 0 : owner, 0};
    (void)transport_.send(sender, static_cast<uint16_t>(PageMessage::kPageRedirect), commitNumber_, &redirect,
                          sizeof redirect);
    ++redirects_;
    return;
  }
  static PageReply reply;  // 4 KiB: not on the stack of whatever polls
  memset(&reply, 0, sizeof reply);
  reply.page = page;
  if (insideHeap(page)) {
    reply.found = 1;
    // The whole range is open here; a page nobody ever touched reads as zero.
    memcpy(reply.bytes, reinterpret_cast<const void*>(page), platform::kPageSize);
  }
  (void)transport_.send(sender, static_cast<uint16_t>(PageMessage::kPageReply), commitNumber_, &reply, sizeof reply);
  ++pagesServed_;
}

void PageServer::answerRun(const network::Message& message) {
  if (message.payload.size() != sizeof(PageRunRequest)) return;  // malformed: answer nothing
  PageRunRequest request;
  memcpy(&request, message.payload.data(), sizeof request);
  if (request.count < 2 || request.count > kMaxRunPages) return;
  if (!insideHeap(request.page) || ownerOf(request.page) != 0) {
    answerPage(message.sender, request.page);  // not the home's: as a single request
    return;
  }
  uint32_t count = 1;
  while (count < request.count && insideHeap(request.page + count * platform::kPageSize) &&
         ownerOf(request.page + count * platform::kPageSize) == 0) {
    ++count;
  }
  runReply_.resize(sizeof(PageRunReply) + size_t{count} * platform::kPageSize);
  PageRunReply header{request.page, count, 0};
  memcpy(runReply_.data(), &header, sizeof header);
  memcpy(runReply_.data() + sizeof header, reinterpret_cast<const void*>(request.page),
         size_t{count} * platform::kPageSize);
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kPageRunReply), commitNumber_,
                        runReply_.data(), runReply_.size());
  pagesServed_ += count;
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
  for (const MemberEntry& member : members_) {
    if (!gone(member.station)) continue;
    ++forgotten;
    size_t lost = 0;
    for (uint32_t& owner : owners_) {
      if (owner != member.station) continue;
      owner = kLostOwner;
      ++lost;
    }
    pagesLost_ += lost;
    if (lost != 0) {
      std::fprintf(stderr, "plurix station: station %u left without handing back the %zu pages it owned; "
                   "they are lost, and requests for them are refused\n", member.station, lost);
    }
  }
  members_.erase(std::remove_if(members_.begin(), members_.end(),
                                [&](const MemberEntry& member) { return gone(member.station); }),
                 members_.end());
  waiting_.erase(std::remove_if(waiting_.begin(), waiting_.end(), gone), waiting_.end());
  if (holder_ != 0 && gone(holder_)) {
    pendingPages_.clear();
    throughPages_.clear();
    throughBytes_.clear();
    holder_ = 0;
    ++forgotten;
    grantNext();
  }
  return forgotten;
}

void PageServer::takeAddresses(const network::Message& message) {
  if (message.payload.size() < sizeof(PageList)) return;
  PageList header;
  memcpy(&header, message.payload.data(), sizeof header);
  if (message.payload.size() != sizeof header + size_t{header.count} * sizeof(uint64_t)) return;
  const uint8_t* entry = message.payload.data() + sizeof header;
  for (uint32_t i = 0; i < header.count; ++i, entry += sizeof(uint64_t)) {
    uint64_t page;
    memcpy(&page, entry, sizeof page);
    if (insideHeap(page)) pendingPages_.push_back(page);
  }
}

void PageServer::takeThrough(const network::Message& message) {
  forEachPage(message, [this](uint64_t page, const uint8_t* bytes) {
    if (!insideHeap(page)) return;
    throughPages_.push_back(page);
    throughBytes_.insert(throughBytes_.end(), bytes, bytes + platform::kPageSize);
  });
}

void PageServer::takeHandBack(const network::Message& message) {
  forEachPage(message, [&](uint64_t page, const uint8_t* bytes) {
    // Only what the sender still owns: a page another station committed since is not its to give.
    if (!insideHeap(page) || ownerOf(page) != message.sender) return;
    memcpy(reinterpret_cast<void*>(page), bytes, platform::kPageSize);
    owners_[(page - heap_.base()) / platform::kPageSize] = 0;
    ++pagesHandedBack_;
  });
}

void PageServer::publish(uint32_t committer) {
  ++commitNumber_;
  ++commits_;
  for (uint64_t page : pendingPages_) owners_[(page - heap_.base()) / platform::kPageSize] = committer;
  for (size_t i = 0; i < throughPages_.size(); ++i) {
    memcpy(reinterpret_cast<void*>(throughPages_[i]), throughBytes_.data() + i * platform::kPageSize,
           platform::kPageSize);
    owners_[(throughPages_[i] - heap_.base()) / platform::kPageSize] = 0;
  }
  size_t count = pendingPages_.size() + throughPages_.size();
  std::vector<uint8_t> payload(sizeof(WriteSet) + count * sizeof(uint64_t));
  WriteSet header{commitNumber_, committer, static_cast<uint32_t>(count), static_cast<uint32_t>(pendingPages_.size()), 0};
  memcpy(payload.data(), &header, sizeof header);
  uint8_t* addresses = payload.data() + sizeof header;
  if (!pendingPages_.empty()) memcpy(addresses, pendingPages_.data(), pendingPages_.size() * sizeof(uint64_t));
  if (!throughPages_.empty()) {
    memcpy(addresses + pendingPages_.size() * sizeof(uint64_t), throughPages_.data(),
           throughPages_.size() * sizeof(uint64_t));
  }
  for (const MemberEntry& member : members_) {
    if (member.station == committer) continue;
    (void)transport_.send(member.station, static_cast<uint16_t>(PageMessage::kWriteSet), commitNumber_, payload.data(),
                          payload.size());
  }
  pendingPages_.clear();
  throughPages_.clear();
  throughBytes_.clear();
  holder_ = 0;
  grantNext();
}

}  // namespace plurix::cluster

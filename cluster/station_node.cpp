// A joined station's side of the page and commit protocols (station_node.h).
#include "cluster/station_node.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

#include "cluster/page_messages.h"
#include "heap/address_space.h"
#include "runtime/platform/system.h"

namespace plurix::cluster {

namespace {

constexpr uint64_t kWaitSliceNanos = 20'000'000;  // how often a wait looks whether its peer is gone
constexpr uint64_t kSettleNanos = 1'000'000;       // how long a fetch lets the cluster settle before it asks the home again

}  // namespace

void StationNode::setHeapRange(uintptr_t base, size_t size) {
  heapBase_ = base;
  owners_.assign(size / platform::kPageSize, 0);
}

uint32_t StationNode::ownerOf(uintptr_t page) const {
  size_t index = (page - heapBase_) / platform::kPageSize;
  if (page < heapBase_ || index >= owners_.size() || owners_[index] == 0) return server_;
  return owners_[index];
}

void StationNode::setOwner(uintptr_t page, uint32_t owner) {
  size_t index = (page - heapBase_) / platform::kPageSize;
  if (page < heapBase_ || index >= owners_.size()) return;
  owners_[index] = owner == server_ ? 0 : owner;
}

size_t StationNode::connectMembers(const network::Message& members, uint64_t timeoutNanos) {
  if (members.payload.size() < sizeof(PageList)) return 0;
  PageList header;
  memcpy(&header, members.payload.data(), sizeof header);
  if (members.payload.size() != sizeof header + size_t{header.count} * sizeof(Member)) return 0;
  size_t failed = 0;
  for (uint32_t i = 0; i < header.count; ++i) {
    Member member;
    memcpy(&member, members.payload.data() + sizeof header + i * sizeof member, sizeof member);
    member.address[sizeof member.address - 1] = '\0';
    if (member.station == transport_.station() || transport_.isConnected(member.station)) continue;
    platform::Result<uint32_t> peer = transport_.connect(member.address, timeoutNanos);
    if (!peer.isOk() || peer.value() != member.station) {
      std::fprintf(stderr, "plurix station: cannot reach station %u at %s (it may have just left): %s\n",
                   member.station, member.address, peer.isOk() ? "another station answered" : peer.status().message());
      ++failed;
    }
  }
  return failed;
}

void StationNode::applyWriteSet(const network::Message& message) {
  if (message.payload.size() < sizeof(WriteSet)) return;
  WriteSet header;
  memcpy(&header, message.payload.data(), sizeof header);
  if (message.payload.size() != sizeof header + size_t{header.count} * sizeof(uint64_t)) return;
  std::vector<uintptr_t> pages(header.count);
  if (header.count != 0) memcpy(pages.data(), message.payload.data() + sizeof header, header.count * sizeof(uint64_t));
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  // Invalidate first, then validate: a first touch from now on fetches the new version from its
  // new owner, and a transaction that read an old one is told to abort (txn/transaction.h).
  if (header.commitNumber != commitNumber_ + 1) recover(header.commitNumber - 1);
  for (size_t i = 0; i < pages.size(); ++i) {
    (void)shadows.invalidate(pages[i]);
    setOwner(pages[i], i < header.kept ? header.committer : server_);
    if (pages[i] == fetching_) fetchStale_ = true;
  }
  if (txn::validateAgainstCommit(pages.data(), pages.size())) ++conflicts_;
  commitNumber_ = header.commitNumber;
  heap::stationLocal()->commitNumber = header.commitNumber;
  ++writeSetsApplied_;
}

void StationNode::answerPageRequest(const network::Message& message) {
  if (message.payload.size() != sizeof(PageRequest)) return;  // malformed: answer nothing
  PageRequest request;
  memcpy(&request, message.payload.data(), sizeof request);
  uint64_t page = request.page;
  bool inside = page % platform::kPageSize == 0 && page >= heapBase_ && (page - heapBase_) / platform::kPageSize < owners_.size();
  static PageReply reply;  // 4 KiB: not on the stack of a fault handler
  if (inside && !leaving_ && ownerOf(page) == transport_.station() &&
      txn::ShadowPages::instance().copyCommitted(page, reply.bytes)) {
    reply.page = page;
    reply.found = 1;
    reply.reserved = 0;
    // The frame's commit number is this station's, and the page has not changed since its last
    // commit here: the requester installs it once it has applied every commit up to that one.
    (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kPageReply), commitNumber_, &reply,
                          sizeof reply);
    ++served_;
    return;
  }
  uint32_t owner = inside ? ownerOf(page) : 0;
  PageRedirect redirect{page, owner == transport_.station() || owner == server_ ? 0 : owner, 0};
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kPageRedirect), commitNumber_, &redirect,
                        sizeof redirect);
}

void StationNode::takePageAnswer(const network::Message& message) {
  if (fetching_ == 0 || message.sender != fetchTarget_ || answer_ != Answer::kNone) return;
  if (message.type == static_cast<uint16_t>(PageMessage::kPageRedirect)) {
    if (message.payload.size() != sizeof(PageRedirect)) return;
    PageRedirect redirect;
    memcpy(&redirect, message.payload.data(), sizeof redirect);
    if (redirect.page != fetching_) return;
    redirectOwner_ = redirect.owner;
    answer_ = Answer::kRedirect;
    return;
  }
  if (message.type == static_cast<uint16_t>(PageMessage::kPageRunReply)) {
    if (message.payload.size() < sizeof(PageRunReply)) return;
    PageRunReply run;
    memcpy(&run, message.payload.data(), sizeof run);
    if (run.page != fetching_ || run.count == 0 || run.count > kMaxRunPages ||
        message.payload.size() != sizeof run + size_t{run.count} * platform::kPageSize) {
      return;  // malformed or not the page awaited: ignored
    }
    const uint8_t* pages = message.payload.data() + sizeof run;
    memcpy(fetchInto_, pages, platform::kPageSize);
    readAheadCount_ = run.count - 1;
    readAheadFirst_ = run.page + platform::kPageSize;
    readAheadVersion_ = message.commitNumber;
    readAhead_.assign(pages + platform::kPageSize, pages + size_t{run.count} * platform::kPageSize);
    answerVersion_ = message.commitNumber;
    answer_ = Answer::kData;
    return;
  }
  if (message.payload.size() != sizeof(PageReply)) return;
  const auto* reply = reinterpret_cast<const PageReply*>(message.payload.data());
  if (reply->page != fetching_) return;
  if (reply->found == 0) {  // outside the heap: nobody has it
    redirectOwner_ = 0;
    answer_ = Answer::kRedirect;
    return;
  }
  memcpy(fetchInto_, reply->bytes, platform::kPageSize);
  answerVersion_ = message.commitNumber;
  answer_ = Answer::kData;
}

bool StationNode::handle(const network::Message& message) {
  switch (static_cast<PageMessage>(message.type)) {
    case PageMessage::kPageRequest: answerPageRequest(message); return false;
    case PageMessage::kPageReply:
    case PageMessage::kPageRunReply:
    case PageMessage::kPageRedirect: takePageAnswer(message); return false;
    default: break;
  }
  if (message.sender != server_) return false;  // the rest is the home's to say
  switch (static_cast<PageMessage>(message.type)) {
    case PageMessage::kWriteSet: applyWriteSet(message); return false;
    case PageMessage::kCommitGrant: {
      CommitGrant grant{commitNumber_ + 1};
      if (message.payload.size() == sizeof grant) memcpy(&grant, message.payload.data(), sizeof grant);
      // Every earlier write set comes before the grant: a later number means some went missing.
      if (grant.commitNumber != commitNumber_ + 1) recover(grant.commitNumber - 1);
      granted_ = true;
      return true;
    }
    case PageMessage::kHandBackEnd: handBackDone_ = true; return true;
    default: return false;
  }
}

bool StationNode::waitFor(Awaited what, uint64_t deadline) {
  InTransport busy(inTransport_);
  auto done = [&] {
    switch (what) {
      case Awaited::kGrant: return granted_;
      case Awaited::kPage: return answer_ != Answer::kNone;
      case Awaited::kHandBack: return handBackDone_;
      case Awaited::kVersion: return commitNumber_ >= answerVersion_ || fetchStale_;
    }
    return true;
  };
  network::Message message;
  while (!done()) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline) return false;
    if (what == Awaited::kPage && fetchTarget_ != server_ && !transport_.isConnected(fetchTarget_)) return false;
    uint64_t slice = deadline - now < kWaitSliceNanos ? deadline - now : kWaitSliceNanos;
    if (transport_.receive(message, slice)) handle(message);
  }
  return true;
}

bool StationNode::fetchPage(uintptr_t page, void* into) {
  InTransport busy(inTransport_);
  uint64_t start = platform::monotonicNanos();
  uint64_t deadline = start + kReplyTimeoutNanos;
  fetching_ = page;
  fetchInto_ = into;
  uint32_t target = ownerOf(page);
  bool fetched = false;
  // Before asking the home again after an owner that was gone or no longer had the page: the
  // home may not have taken in yet what that owner handed back, or the commit that moved the
  // page on; handle what arrives for a moment first.
  auto settle = [&] {
    uint64_t until = std::min(platform::monotonicNanos() + kSettleNanos, deadline);
    network::Message message;
    for (uint64_t now = platform::monotonicNanos(); now < until; now = platform::monotonicNanos()) {
      if (transport_.receive(message, until - now)) handle(message);
    }
  };
  bool askedOwner = false;
  while (!fetched && platform::monotonicNanos() < deadline) {
    if (target == transport_.station() || (target != server_ && !transport_.isConnected(target))) target = server_;
    if (target == server_ && askedOwner) settle();
    askedOwner = target != server_;
    fetchTarget_ = target;
    answer_ = Answer::kNone;
    fetchStale_ = false;
    readAheadCount_ = 0;
    uint32_t run = target == server_ ? runLength(page) : 1;
    bool sent;
    if (run > 1) {
      PageRunRequest request{page, run, 0};
      sent = transport_.send(target, static_cast<uint16_t>(PageMessage::kPageRunRequest), commitNumber_, &request,
                             sizeof request).isOk();
    } else {
      PageRequest request{page};
      sent = transport_.send(target, static_cast<uint16_t>(PageMessage::kPageRequest), commitNumber_, &request,
                             sizeof request).isOk();
    }
    uint64_t asked = platform::monotonicNanos();
    bool answered = sent && waitFor(Awaited::kPage, deadline);
    (target == server_ ? homeWaitNanos_ : ownerWaitNanos_) += platform::monotonicNanos() - asked;
    ++(target == server_ ? homeRequests_ : ownerRequests_);
    if (!answered) {
      // An owner that went away handed its pages back to the home, or lost them: ask the home.
      if (target == server_) break;
      target = server_;
      continue;
    }
    if (answer_ == Answer::kRedirect) {
      if (target != server_) {
        target = server_;  // no longer the owner here: the home knows who is
        continue;
      }
      if (redirectOwner_ == 0) {
        std::fprintf(stderr, "plurix station: page 0x%llx is lost (its owner left without handing it back)\n",
                     static_cast<unsigned long long>(page));
        break;
      }
      target = redirectOwner_;
      ++redirects_;
      continue;
    }
    // The owner's version may be newer than this station's view: apply the commits up to it
    // first, so the page joins a consistent state; if one of them wrote the page, fetch again.
    uint64_t caughtUp = platform::monotonicNanos();
    bool caught = waitFor(Awaited::kVersion, deadline);
    catchUpNanos_ += platform::monotonicNanos() - caughtUp;
    if (!caught) break;  // timed out
    if (fetchStale_) {
      target = ownerOf(page);
      continue;
    }
    fetched = true;
  }
  fetching_ = 0;
  fetchInto_ = nullptr;
  if (!fetched) return false;
  lastFetched_ = page;
  adoptReadAhead();
  ++fetched_;
  fetchNanos_ += platform::monotonicNanos() - start;
  return true;
}

uint32_t StationNode::runLength(uintptr_t page) {
  // Forward and near the last page fetched (the next page, or the next row's first page a few
  // pages on, as a loop over a grid's rows faults): the run doubles.
  bool onward = lastFetched_ != 0 && page > lastFetched_ && page - lastFetched_ <= kMaxRunPages * platform::kPageSize;
  runPages_ = onward ? std::min(runPages_ * 2, kMaxRunPages) : 1;
  // Only pages this station lacks, and that the home owns as far as it knows.
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  uint32_t run = 1;
  for (uintptr_t next = page + platform::kPageSize; run < runPages_; next += platform::kPageSize, ++run) {
    if (!shadows.tracks(next) || shadows.present(next) || ownerOf(next) != server_) break;
  }
  return run;
}

void StationNode::adoptReadAhead() {
  size_t count = readAheadCount_;
  readAheadCount_ = 0;
  // The pages are the home's version at readAheadVersion_; with a commit applied since, one of
  // them may be stale: drop them all (they are fetched when touched).
  if (count == 0 || readAheadVersion_ != commitNumber_) return;
  size_t adopted = txn::ShadowPages::instance().adoptPages(readAheadFirst_, count, readAhead_.data());
  readAheadAdopted_ += adopted;
  if (adopted > 0) lastFetched_ = readAheadFirst_ + (adopted - 1) * platform::kPageSize;
}

void StationNode::pump(uint64_t timeoutNanos) {
  InTransport busy(inTransport_);
  network::Message message;
  // Without a wait, read what the sockets hold now (receive with no time left reads nothing).
  if (timeoutNanos == 0) transport_.poll();
  if (timeoutNanos == 0 ? !transport_.tryReceive(message) : !transport_.receive(message, timeoutNanos)) return;
  do {
    handle(message);
  } while (transport_.tryReceive(message));
}

bool StationNode::sendCommit() {
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  std::vector<uintptr_t> written(shadows.writeSet(), shadows.writeSet() + shadows.writtenPages());
  std::sort(written.begin(), written.end());
  // Long runs of adjacent pages stay here; every other page goes to the home with its contents.
  std::vector<uintptr_t> kept;
  std::vector<uintptr_t> through;
  for (size_t first = 0; first < written.size();) {
    size_t end = first + 1;
    while (end < written.size() && written[end] == written[end - 1] + platform::kPageSize) ++end;
    std::vector<uintptr_t>& into = end - first >= kKeptRunPages ? kept : through;
    into.insert(into.end(), written.begin() + first, written.begin() + end);
    first = end;
  }
  std::vector<uint8_t> payload;
  for (size_t first = 0; first < kept.size(); first += kAddressesPerMessage) {
    size_t chunk = std::min<size_t>(kept.size() - first, kAddressesPerMessage);
    payload.resize(sizeof(PageList) + chunk * sizeof(uint64_t));
    PageList header{static_cast<uint32_t>(chunk), 0};
    memcpy(payload.data(), &header, sizeof header);
    memcpy(payload.data() + sizeof header, kept.data() + first, chunk * sizeof(uint64_t));
    if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitPages), commitNumber_, payload.data(),
                         payload.size())
             .isOk()) {
      return false;
    }
  }
  constexpr size_t kEntry = sizeof(uint64_t) + platform::kPageSize;
  for (size_t first = 0; first < through.size(); first += kPagesPerMessage) {
    size_t chunk = std::min<size_t>(through.size() - first, kPagesPerMessage);
    payload.resize(sizeof(PageList) + chunk * kEntry);
    PageList header{static_cast<uint32_t>(chunk), 0};
    memcpy(payload.data(), &header, sizeof header);
    uint8_t* entry = payload.data() + sizeof header;
    for (size_t i = 0; i < chunk; ++i, entry += kEntry) {
      uint64_t page = through[first + i];
      memcpy(entry, &page, sizeof page);
      memcpy(entry + sizeof page, reinterpret_cast<const void*>(page), platform::kPageSize);  // open: written
    }
    if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitThrough), commitNumber_, payload.data(),
                         payload.size())
             .isOk()) {
      return false;
    }
  }
  if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitEnd), commitNumber_, nullptr, 0).isOk()) {
    return false;
  }
  for (uintptr_t page : kept) setOwner(page, transport_.station());
  for (uintptr_t page : through) setOwner(page, server_);
  return true;
}

bool StationNode::handBack(uint64_t timeoutNanos) {
  if (leaving_) return handBackDone_;
  leaving_ = true;
  uint32_t self = transport_.station();
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  constexpr size_t kEntry = sizeof(uint64_t) + platform::kPageSize;
  std::vector<uint8_t> payload;
  uint32_t inMessage = 0;
  auto flush = [&]() {
    if (inMessage == 0) return true;
    PageList header{inMessage, 0};
    memcpy(payload.data(), &header, sizeof header);
    bool sent = transport_.send(server_, static_cast<uint16_t>(PageMessage::kHandBack), commitNumber_, payload.data(),
                                payload.size()).isOk();
    inMessage = 0;
    return sent;
  };
  for (size_t index = 0; index < owners_.size(); ++index) {
    if (owners_[index] != self || self == server_) continue;
    uint64_t page = heapBase_ + index * platform::kPageSize;
    if (inMessage == 0) payload.assign(sizeof(PageList), 0);
    size_t at = payload.size();
    payload.resize(at + kEntry);
    memcpy(payload.data() + at, &page, sizeof page);
    if (!shadows.copyCommitted(page, payload.data() + at + sizeof page)) {
      payload.resize(at);
      continue;
    }
    ++inMessage;
    ++handedBack_;
    if (inMessage == kPagesPerMessage && !flush()) return false;
  }
  if (!flush()) return false;
  handBackDone_ = false;
  if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kHandBackEnd), commitNumber_, nullptr, 0).isOk()) {
    return false;
  }
  return waitFor(Awaited::kHandBack, platform::monotonicNanos() + timeoutNanos);
}

void StationNode::recover(uint64_t newest) {
  char line[160];
  std::snprintf(line, sizeof line,
                "plurix station: missed commits %llu to %llu; dropping every page it does not own to fetch them anew\n",
                static_cast<unsigned long long>(commitNumber_ + 1), static_cast<unsigned long long>(newest));
  std::fputs(line, stderr);
  heap::StationLocal* local = heap::stationLocal();
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  uint32_t self = transport_.station();
  for (uintptr_t page = local->heapBase; page < local->heapBase + local->heapSize; page += platform::kPageSize) {
    if (ownerOf(page) == self && self != server_) continue;
    // Who owns it now is what the missed write sets said: the home knows, and redirects.
    setOwner(page, server_);
    if (shadows.present(page)) (void)shadows.invalidate(page);
  }
  if (fetching_ != 0) fetchStale_ = true;
  // What the running transaction read may predate the missed commits: it must not commit.
  if (txn::inTransaction()) txn::requestAbort(txn::AbortReason::kConflict);
  commitNumber_ = newest;
  local->commitNumber = newest;
  ++recoveries_;
}

void StationNode::obtainGrant() {
  granted_ = false;
  uint64_t askedAt = platform::monotonicNanos();
  if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitRequest), commitNumber_, nullptr, 0).isOk() ||
      !waitFor(Awaited::kGrant, askedAt + kReplyTimeoutNanos)) {
    platform::fatal("the cluster's home did not grant the right to commit in time");
  }
  grantWaitNanos_ += platform::monotonicNanos() - askedAt;
  ++grants_;
}

void StationNode::reserveBeforeStep() {
  if (reserved_) return;
  obtainGrant();
  reserved_ = true;
  ++reservations_;
}

void StationNode::releaseAfterAbort() {
  if (!reserved_) return;
  reserved_ = false;
  (void)transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitCancel), commitNumber_, nullptr, 0);
}

bool StationNode::beforeCommit() {
  bool reserved = reserved_;
  reserved_ = false;
  // A transaction that wrote nothing commits here: every page it read was installed only once
  // this station had applied every commit up to the page's version, and a commit since that
  // wrote it dooms the transaction; so what it read is the state of one moment, and it is
  // serialised there. Idle stations, whose loop reads its vector again and again, then cost the
  // cluster nothing.
  if (txn::ShadowPages::instance().writtenPages() == 0) {
    if (reserved) (void)transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitCancel), commitNumber_, nullptr, 0);
    return heap::stationLocal()->abortRequest == 0;  // a write set that came meanwhile dooms it
  }
  // With the right reserved before the step, no commit came between: nothing to wait for.
  if (!reserved) obtainGrant();
  if (heap::stationLocal()->abortRequest != 0) {
    (void)transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitCancel), commitNumber_, nullptr, 0);
    return false;
  }
  if (!sendCommit()) platform::fatal("the cluster's home went away during a commit");
  ++commitNumber_;
  ++commits_;
  return true;
}

}  // namespace plurix::cluster

// A joined station's side of the page and commit protocols (station_node.h).
#include "cluster/station_node.h"

#include <cstdio>
#include <cstring>
#include <vector>

#include "cluster/page_messages.h"
#include "heap/address_space.h"
#include "runtime/platform/system.h"

namespace plurix::cluster {

namespace {

constexpr uintptr_t kNoPage = 0;

}  // namespace

void StationNode::applyWriteSet(const network::Message& message) {
  if (message.payload.size() < sizeof(WriteSet)) return;
  WriteSet header;
  memcpy(&header, message.payload.data(), sizeof header);
  if (message.payload.size() != sizeof header + size_t{header.count} * sizeof(uint64_t)) return;
  std::vector<uintptr_t> pages(header.count);
  if (header.count != 0) memcpy(pages.data(), message.payload.data() + sizeof header, header.count * sizeof(uint64_t));
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  // Invalidate first, then validate: a first touch from now on fetches the new version, and a
  // transaction that read an old one is told to abort (txn/transaction.h).
  if (header.commitNumber != commitNumber_ + 1) recover(header.commitNumber - 1);
  for (uintptr_t page : pages) (void)shadows.invalidate(page);
  if (txn::validateAgainstCommit(pages.data(), pages.size())) ++conflicts_;
  commitNumber_ = header.commitNumber;
  heap::stationLocal()->commitNumber = header.commitNumber;
  ++writeSetsApplied_;
}

bool StationNode::handle(const network::Message& message, uintptr_t awaitedPage, void* into) {
  switch (static_cast<PageMessage>(message.type)) {
    case PageMessage::kWriteSet: applyWriteSet(message); return false;
    case PageMessage::kCommitGrant: {
      CommitGrant grant{commitNumber_ + 1};
      if (message.payload.size() == sizeof grant) memcpy(&grant, message.payload.data(), sizeof grant);
      // Every earlier write set comes before the grant: a later number means some went missing.
      if (grant.commitNumber != commitNumber_ + 1) recover(grant.commitNumber - 1);
      granted_ = true;
      return awaitedPage == kNoPage;
    }
    case PageMessage::kPageReply: {
      if (awaitedPage == kNoPage || message.payload.size() != sizeof(PageReply)) return false;
      const auto* reply = reinterpret_cast<const PageReply*>(message.payload.data());
      if (reply->page != awaitedPage || reply->found == 0) return false;
      memcpy(into, reply->bytes, platform::kPageSize);
      return true;
    }
    default: return false;
  }
}

bool StationNode::waitFor(uintptr_t awaitedPage, void* into) {
  uint64_t deadline = platform::monotonicNanos() + kReplyTimeoutNanos;
  network::Message message;
  for (;;) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline || !transport_.receive(message, deadline - now)) return false;
    if (message.sender == server_ && handle(message, awaitedPage, into)) return true;
  }
}

bool StationNode::fetchPage(uintptr_t page, void* into) {
  uint64_t start = platform::monotonicNanos();
  PageRequest request{page};
  if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kPageRequest), commitNumber_, &request,
                       sizeof request)
           .isOk() ||
      !waitFor(page, into)) {
    return false;
  }
  ++fetched_;
  fetchNanos_ += platform::monotonicNanos() - start;
  return true;
}

void StationNode::pump(uint64_t timeoutNanos) {
  network::Message message;
  // Without a wait, read what the sockets hold now (receive with no time left reads nothing).
  if (timeoutNanos == 0) transport_.poll();
  if (timeoutNanos == 0 ? !transport_.tryReceive(message) : !transport_.receive(message, timeoutNanos)) return;
  do {
    if (message.sender == server_) handle(message, kNoPage, nullptr);
  } while (transport_.tryReceive(message));
}

bool StationNode::sendPages() {
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  const uintptr_t* written = shadows.writeSet();
  size_t count = shadows.writtenPages();
  constexpr size_t kEntry = sizeof(uint64_t) + platform::kPageSize;
  std::vector<uint8_t> payload;
  for (size_t first = 0; first < count; first += kPagesPerCommitMessage) {
    size_t chunk = count - first < kPagesPerCommitMessage ? count - first : kPagesPerCommitMessage;
    payload.resize(sizeof(CommitPages) + chunk * kEntry);
    CommitPages header{static_cast<uint32_t>(chunk), 0};
    memcpy(payload.data(), &header, sizeof header);
    uint8_t* entry = payload.data() + sizeof header;
    for (size_t i = 0; i < chunk; ++i, entry += kEntry) {
      uint64_t page = written[first + i];
      memcpy(entry, &page, sizeof page);
      memcpy(entry + sizeof page, reinterpret_cast<const void*>(page), platform::kPageSize);  // open: written
    }
    if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitPages), commitNumber_, payload.data(),
                         payload.size())
             .isOk()) {
      return false;
    }
  }
  return transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitEnd), commitNumber_, nullptr, 0).isOk();
}

void StationNode::recover(uint64_t newest) {
  char line[160];
  std::snprintf(line, sizeof line,
                "plurix station: missed commits %llu to %llu; dropping every page to fetch them anew\n",
                static_cast<unsigned long long>(commitNumber_ + 1), static_cast<unsigned long long>(newest));
  std::fputs(line, stderr);
  heap::StationLocal* local = heap::stationLocal();
  txn::ShadowPages& shadows = txn::ShadowPages::instance();
  for (uintptr_t page = local->heapBase; page < local->heapBase + local->heapSize; page += platform::kPageSize) {
    if (shadows.present(page)) (void)shadows.invalidate(page);
  }
  // What the running transaction read may predate the missed commits: it must not commit.
  if (txn::inTransaction()) txn::requestAbort(txn::AbortReason::kConflict);
  commitNumber_ = newest;
  local->commitNumber = newest;
  ++recoveries_;
}

void StationNode::obtainGrant() {
  granted_ = false;
  if (!transport_.send(server_, static_cast<uint16_t>(PageMessage::kCommitRequest), commitNumber_, nullptr, 0).isOk() ||
      !waitFor(kNoPage, nullptr)) {
    platform::fatal("the page server did not grant the right to commit in time");
  }
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
  // A transaction that wrote nothing commits here: every page it read was a committed version,
  // and every write set sent before a page it fetched arrived (and validated it) before that
  // page did, on the same connection; so what it read is the state of one moment, and it is
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
  if (!sendPages()) platform::fatal("the page server went away during a commit");
  ++commitNumber_;
  ++commits_;
  return true;
}

}  // namespace plurix::cluster

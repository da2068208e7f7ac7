// Fetching pages from their owner (remote_pages.h).
#include "cluster/remote_pages.h"

#include <cstring>

#include "cluster/page_messages.h"
#include "runtime/platform/system.h"

namespace plurix::cluster {

bool RemotePages::fetchPage(uintptr_t page, void* into) {
  uint64_t start = platform::monotonicNanos();
  PageRequest request{page};
  if (!transport_.send(owner_, static_cast<uint16_t>(PageMessage::kPageRequest), 0, &request, sizeof request).isOk()) {
    return false;
  }
  uint64_t deadline = platform::monotonicNanos() + kReplyTimeoutNanos;
  network::Message message;
  for (;;) {
    uint64_t now = platform::monotonicNanos();
    if (now >= deadline || !transport_.receive(message, deadline - now)) return false;
    if (message.sender != owner_ || message.type != static_cast<uint16_t>(PageMessage::kPageReply)) continue;
    if (message.payload.size() != sizeof(PageReply)) return false;
    const auto* reply = reinterpret_cast<const PageReply*>(message.payload.data());
    if (reply->page != page) continue;  // a late answer to an earlier request
    if (reply->found == 0) return false;
    memcpy(into, reply->bytes, platform::kPageSize);
    ++fetched_;
    fetchNanos_ += platform::monotonicNanos() - start;
    return true;
  }
}

}  // namespace plurix::cluster

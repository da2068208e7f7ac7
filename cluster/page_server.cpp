// Answering page requests (page_server.h).
#include "cluster/page_server.h"

#include <cstring>

#include "cluster/page_messages.h"

namespace plurix::cluster {

bool PageServer::handle(const network::Message& message) {
  switch (static_cast<PageMessage>(message.type)) {
    case PageMessage::kJoinRequest: answerJoin(message); return true;
    case PageMessage::kPageRequest: answerPage(message); return true;
    default: return false;
  }
}

void PageServer::answerJoin(const network::Message& message) {
  JoinReply reply{heap_.base(), heap_.size(), nextStation_++, 0};
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kJoinReply), 0, &reply, sizeof reply);
}

void PageServer::answerPage(const network::Message& message) {
  if (message.payload.size() != sizeof(PageRequest)) return;  // malformed: the transport counted the sender
  PageRequest request;
  memcpy(&request, message.payload.data(), sizeof request);
  static PageReply reply;  // 4 KiB: not on the stack of whatever polls
  memset(&reply, 0, sizeof reply);
  reply.page = request.page;
  uint64_t offset = request.page - heap_.base();
  uint64_t committed = uint64_t{heap_.memoryManager()->committedPages} * platform::kPageSize;
  if (request.page % platform::kPageSize == 0 && request.page >= heap_.base() && offset < heap_.size()) {
    reply.found = 1;
    // Beyond the committed part the heap was never touched: the page reads as zero.
    if (offset < committed) memcpy(reply.bytes, reinterpret_cast<const void*>(request.page), platform::kPageSize);
  }
  (void)transport_.send(message.sender, static_cast<uint16_t>(PageMessage::kPageReply), 0, &reply, sizeof reply);
  ++pagesServed_;
}

}  // namespace plurix::cluster

// Access tracking and shadow pages (shadow_pages.h). The fault path allocates nothing: the sets
// and the shadow pool are reservations sized for every tracked page, touched only as they fill.
#include "txn/shadow_pages.h"

#include <algorithm>
#include <cstring>

#include "runtime/platform/memory.h"

namespace plurix::txn {

namespace {

using platform::kPageSize;
using platform::Status;

constexpr uintptr_t kPageMask = ~uintptr_t{kPageSize - 1};
// Past this many bytes of shadows, a commit hands the pool's memory back to the OS, so that one
// huge transaction does not keep its shadows' worth of memory for the rest of the run.
constexpr size_t kShadowBytesKept = size_t{64} << 20;

unsigned accessOf(uint8_t state, uint8_t read, uint8_t written, uint8_t executed) {
  unsigned access = platform::kNoAccess;
  if ((state & read) != 0) access |= platform::kReadAccess;
  if ((state & written) != 0) access |= platform::kReadAccess | platform::kWriteAccess;
  if ((state & executed) != 0) access |= platform::kReadAccess | platform::kExecuteAccess;
  return access;
}

}  // namespace

ShadowPages& ShadowPages::instance() {
  static ShadowPages pages;
  return pages;
}

Status ShadowPages::trackRange(uintptr_t base, size_t size) {
  if (tracking_) return Status::error(platform::ErrorCode::kInvalidArgument, "trackRange while tracking");
  if (rangeCount_ == kMaxRanges) return Status::error(platform::ErrorCode::kInvalidArgument, "too many tracked ranges");
  if ((base | size) % kPageSize != 0 || size == 0) {
    return Status::error(platform::ErrorCode::kInvalidArgument, "a tracked range must be whole pages");
  }
  platform::Result<uintptr_t> states = platform::mapAnywhere(size / kPageSize);
  if (!states.isOk()) return states.status();
  platform::Result<uintptr_t> absent = platform::mapAnywhere(size / kPageSize);
  if (!absent.isOk()) return absent.status();
  platform::Result<uintptr_t> likely = platform::mapAnywhere(size / kPageSize);
  if (!likely.isOk()) return likely.status();
  ranges_[rangeCount_++] = Range{base, size, reinterpret_cast<uint8_t*>(states.value()),
                                 reinterpret_cast<uint8_t*>(absent.value()), reinterpret_cast<uint8_t*>(likely.value())};
  trackedPages_ += size / kPageSize;
  // The sets grow with the ranges: reserved again for the new total.
  touched_ = nullptr;
  return Status::ok();
}

void ShadowPages::forgetRanges() {
  // The old tables and sets stay mapped (a few megabytes at most, once per heap in a process).
  rangeCount_ = 0;
  trackedPages_ = 0;
  touched_ = nullptr;
}

Status ShadowPages::reserveSets() {
  if (touched_ != nullptr) return Status::ok();
  platform::Result<uintptr_t> touched = platform::mapAnywhere(trackedPages_ * sizeof(uintptr_t));
  if (!touched.isOk()) return touched.status();
  platform::Result<uintptr_t> written = platform::mapAnywhere(trackedPages_ * sizeof(uintptr_t));
  if (!written.isOk()) return written.status();
  platform::Result<uintptr_t> shadows = platform::mapAnywhere(trackedPages_ * kPageSize);
  if (!shadows.isOk()) return shadows.status();
  platform::Result<uintptr_t> likely = platform::mapAnywhere(trackedPages_ * sizeof(uintptr_t));
  if (!likely.isOk()) return likely.status();
  platform::Result<uintptr_t> carried = platform::mapAnywhere(trackedPages_ * sizeof(uintptr_t));
  if (!carried.isOk()) return carried.status();
  carried_ = reinterpret_cast<uintptr_t*>(carried.value());
  likely_ = reinterpret_cast<uintptr_t*>(likely.value());
  touched_ = reinterpret_cast<uintptr_t*>(touched.value());
  written_ = reinterpret_cast<uintptr_t*>(written.value());
  shadows_ = reinterpret_cast<unsigned char*>(shadows.value());
  return Status::ok();
}

bool ShadowPages::tracks(uintptr_t address) const {
  for (size_t i = 0; i < rangeCount_; ++i) {
    if (address - ranges_[i].base < ranges_[i].size) return true;
  }
  return false;
}

bool ShadowPages::touched(uintptr_t address) const {
  if (!open_) return false;
  uint8_t* state = stateOf(address & kPageMask);
  return state != nullptr && __atomic_load_n(state, __ATOMIC_RELAXED) != 0;
}


Status ShadowPages::startTracking() {
  if (tracking_) return Status::ok();
  if (Status sets = reserveSets(); !sets.isOk()) return sets;
  for (size_t i = 0; i < rangeCount_; ++i) {
    if (Status closed = platform::protectPages(ranges_[i].base, ranges_[i].size, platform::kNoAccess); !closed.isOk()) {
      return closed;
    }
  }
  tracking_ = true;
  return Status::ok();
}

Status ShadowPages::stopTracking() {
  if (!tracking_) return Status::ok();
  if (open_) return Status::error(platform::ErrorCode::kInvalidArgument, "stopTracking inside a transaction");
  constexpr unsigned kAll = platform::kReadAccess | platform::kWriteAccess | platform::kExecuteAccess;
  for (size_t i = 0; i < carriedCount_; ++i) *stateOf(carried_[i]) = 0;  // all open now
  carriedCount_ = 0;
  for (size_t i = 0; i < rangeCount_; ++i) {
    if (Status opened = platform::protectPages(ranges_[i].base, ranges_[i].size, kAll); !opened.isOk()) return opened;
  }
  tracking_ = false;
  return Status::ok();
}

void ShadowPages::begin(uintptr_t owner) {
  touchedCount_ = 0;
  writtenCount_ = 0;
  likelyCount_ = 0;
  owner_ = owner;
  // Still readable and present (invalidate closes a carried page): read by this step, whoever
  // runs it. Its commit keeps them readable for their owner unless it carries pages of its own.
  size_t still = 0;
  for (size_t i = 0; i < carriedCount_; ++i) {
    uint8_t* state = stateOf(carried_[i]);
    if (*state != kPageCarried) continue;
    *state = kPageRead;
    touched_[touchedCount_++] = carried_[i];
    carried_[still++] = carried_[i];
  }
  carriedCount_ = still;
  open_ = true;
}

void ShadowPages::chooseCarried() {
  // The written pages, in address order, in likely_ (its marks are cleared already).
  size_t n = 0;
  for (size_t i = 0; i < writtenCount_; ++i) likely_[n++] = written_[i];
  std::sort(likely_, likely_ + n);
  size_t kept = 0;
  for (size_t first = 0; first < n;) {
    size_t end = first + 1;
    while (end < n && likely_[end] == likely_[end - 1] + kPageSize) ++end;
    if (end - first >= kCarriedRunPages) {
      for (size_t i = first; i < end; ++i) likely_[kept++] = likely_[i];
    }
    first = end;
  }
  // A step that wrote no long run (a system step, say) keeps the pages carried for their owner.
  if (kept == 0) return;
  memcpy(carried_, likely_, kept * sizeof(uintptr_t));
  carriedCount_ = kept;
}

void ShadowPages::markLikely(uintptr_t page, uint8_t group) {
  uint8_t* likely = likelyOf(page);
  if (likely == nullptr) return;
  if (*likely == 0) {
    if (likelyCount_ == trackedPages_) return;
    likely_[likelyCount_++] = page;  // unmarked when the transaction closes
  }
  *likely |= group;
}

void ShadowPages::predictWrites(const uintptr_t* pages, size_t count, uint8_t group) {
  if (!open_ || !tracking_ || group == 0) return;
  for (size_t i = 0; i < count; ++i) markLikely(pages[i] & kPageMask, group);
}

void ShadowPages::predictFreshWrites(uintptr_t first, size_t count) {
  if (!open_ || !tracking_) return;
  for (size_t i = 0; i < count; ++i) {
    uintptr_t page = first + i * kPageSize;
    uint8_t* state = stateOf(page);
    if (state != nullptr && *state == 0) markLikely(page, kFreshGroup);
  }
}

bool ShadowPages::openLikelyRun(uintptr_t page) {
  uint8_t group = *likelyOf(page);
  // A page may join if it is tracked, present and not written yet; it belongs to the run if one
  // of the same steps wrote it. A gap of a few pages no step wrote that lies between two pages of
  // a run joins too (a step that reuses freed cells writes pages with such gaps between them, and
  // copying a page costs less than a fault here); pages of other steps stay out of the run: what
  // one step wrote is not copied for another.
  auto mayJoin = [this](uintptr_t at) {
    uint8_t* state = stateOf(at);
    return state != nullptr && (*state == 0 || *state == kPageRead) && *absentOf(at) == 0;
  };
  auto belongs = [this, group, &mayJoin](uintptr_t at) { return mayJoin(at) && (*likelyOf(at) & group) != 0; };
  // The next page of the run from edge on, stepping by step (one page up or down), past a gap
  // of at most kRunGapPages; 0 if there is none.
  auto nextOfRun = [&](uintptr_t edge, intptr_t step) -> uintptr_t {
    uintptr_t at = edge;
    for (size_t gap = 0; gap <= kRunGapPages; ++gap, at += step) {
      if (at < kPageSize || !mayJoin(at)) return 0;
      if (belongs(at)) return at;
      if (*likelyOf(at) != 0) return 0;
    }
    return 0;
  };
  constexpr intptr_t kUp = static_cast<intptr_t>(kPageSize);
  uintptr_t low = page;
  uintptr_t high = page + kPageSize;
  for (uintptr_t below; (below = nextOfRun(low - kPageSize, -kUp)) != 0;) low = below;
  for (uintptr_t above; (above = nextOfRun(high, kUp)) != 0;) high = above + kPageSize;
  if (!platform::protectPages(low, high - low, platform::kReadAccess | platform::kWriteAccess).isOk()) return false;
  for (uintptr_t at = low; at < high; at += kPageSize) {
    uint8_t* state = stateOf(at);
    // Handed out to this transaction and untouched since: zero, so nothing to copy (reading a
    // page no one ever wrote would only map memory for it).
    bool zero = *state == 0 && (*likelyOf(at) & kFreshGroup) != 0;
    if (*state == 0) touched_[touchedCount_++] = at;
    *state = kPageRead | kPageWritten | kPagePredicted | (zero ? kPageZeroShadow : 0);
    *likelyOf(at) = 0;
    // Unchanged so far (closed, or open for reading only): the page is its own shadow.
    if (!zero) memcpy(shadows_ + writtenCount_ * kPageSize, reinterpret_cast<const void*>(at), kPageSize);
    written_[writtenCount_++] = at;
    ++pagesPredicted_;
  }
  return true;
}

void ShadowPages::predictReads(const uintptr_t* pages, size_t count) {
  if (!open_ || !tracking_) return;
  auto closedAndPresent = [this](uintptr_t page) {
    uint8_t* state = stateOf(page);
    return state != nullptr && *state == 0 && *absentOf(page) == 0;
  };
  auto stateFor = [](uintptr_t bits) {
    return static_cast<uint8_t>(((bits & kPredictRead) != 0 ? kPageRead : 0) |
                                ((bits & kPredictExecute) != 0 ? kPageExecuted : 0));
  };
  constexpr uintptr_t kBits = kPredictRead | kPredictExecute;
  size_t i = 0;
  while (i < count) {
    uintptr_t first = pages[i] & kPageMask;
    uintptr_t bits = pages[i] & kBits;
    if (bits == 0 || !closedAndPresent(first)) {
      ++i;
      continue;
    }
    uintptr_t end = first + kPageSize;
    size_t next = i + 1;
    while (next < count && pages[next] == (end | bits) && closedAndPresent(end)) {
      end += kPageSize;
      ++next;
    }
    uint8_t state = stateFor(bits);
    if (platform::protectPages(first, end - first, accessOf(state, kPageRead, kPageWritten, kPageExecuted)).isOk()) {
      for (uintptr_t at = first; at < end; at += kPageSize) {
        *stateOf(at) = state;
        touched_[touchedCount_++] = at;
        ++readsPredicted_;
      }
    }
    i = next;
  }
}

size_t ShadowPages::readOnlyPages(uintptr_t* into, size_t capacity) const {
  size_t n = 0;
  for (size_t i = 0; i < touchedCount_ && n < capacity; ++i) {
    uint8_t state = *stateOf(touched_[i]);
    if ((state & kPageWritten) != 0) continue;
    uintptr_t bits = ((state & kPageRead) != 0 ? kPredictRead : 0) | ((state & kPageExecuted) != 0 ? kPredictExecute : 0);
    if (bits != 0) into[n++] = touched_[i] | bits;
  }
  std::sort(into, into + n);
  return n;
}

size_t ShadowPages::trimUnchanged() {
  size_t dropped = 0;
  size_t i = 0;
  while (i < writtenCount_) {
    uintptr_t page = written_[i];
    if ((*stateOf(page) & kPagePredicted) == 0 ||
        memcmp(reinterpret_cast<const void*>(page), shadowOf(i), kPageSize) != 0) {
      ++i;
      continue;
    }
    // Unchanged: the last entry takes its place (and is looked at next), with its shadow.
    size_t last = writtenCount_ - 1;
    if (i != last) {
      written_[i] = written_[last];
      if ((*stateOf(written_[i]) & kPageZeroShadow) == 0) {
        memcpy(shadows_ + i * kPageSize, shadows_ + last * kPageSize, kPageSize);
      }
    }
    --writtenCount_;
    ++dropped;
  }
  return dropped;
}



const unsigned char* ShadowPages::shadowOf(size_t i) const {
  alignas(64) static const unsigned char kZeros[kPageSize] = {};
  return (*stateOf(written_[i]) & kPageZeroShadow) != 0 ? kZeros : shadows_ + i * kPageSize;
}

uint8_t* ShadowPages::byteOf(uint8_t* Range::*table, uintptr_t page) const {
  for (size_t i = 0; i < rangeCount_; ++i) {
    if (page - ranges_[i].base < ranges_[i].size) return &(ranges_[i].*table)[(page - ranges_[i].base) / kPageSize];
  }
  return nullptr;
}

bool ShadowPages::present(uintptr_t address) const {
  uint8_t* absent = absentOf(address & kPageMask);
  return absent == nullptr || __atomic_load_n(absent, __ATOMIC_RELAXED) == 0;
}

Status ShadowPages::invalidate(uintptr_t page) {
  page &= kPageMask;
  uint8_t* absent = absentOf(page);
  if (absent == nullptr) return Status::error(platform::ErrorCode::kInvalidArgument, "invalidate: not a tracked page");
  __atomic_store_n(absent, kAbsentFetch, __ATOMIC_RELAXED);
  // An untouched page is closed already and faults on its next touch, but for one kept readable
  // between steps (commit), closed here. A touched one belongs to a doomed transaction (the
  // caller asks it to abort), which closes it when it aborts.
  uint8_t* state = stateOf(page);
  if (*state == kPageCarried) {
    *state = 0;
    return platform::protectPages(page, kPageSize, platform::kNoAccess);
  }
  return Status::ok();
}

size_t ShadowPages::adoptPages(uintptr_t first, size_t count, const void* bytes) {
  size_t adoptable = 0;
  for (; adoptable < count; ++adoptable) {
    uintptr_t page = first + adoptable * kPageSize;
    const uint8_t* state = stateOf(page);
    if (state == nullptr || *state != 0 || __atomic_load_n(absentOf(page), __ATOMIC_RELAXED) == 0) break;
  }
  if (adoptable == 0) return 0;
  size_t span = adoptable * kPageSize;
  if (!platform::protectPages(first, span, platform::kReadAccess | platform::kWriteAccess).isOk()) return 0;
  // Pages first written here (read ahead into memory this station never touched) would each
  // fault as the copy reaches them.
  platform::populate(first, span);
  memcpy(reinterpret_cast<void*>(first), bytes, span);
  // Closed again before any is marked present: an open page outside every step would escape
  // tracking.
  if (!platform::protectPages(first, span, platform::kNoAccess).isOk()) return 0;
  for (size_t i = 0; i < adoptable; ++i) __atomic_store_n(absentOf(first + i * kPageSize), 0, __ATOMIC_RELAXED);
  pagesAdopted_ += adoptable;
  return adoptable;
}

void ShadowPages::markZeroPages(uintptr_t first, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    uintptr_t page = first + i * kPageSize;
    uint8_t* state = stateOf(page);
    uint8_t* absent = absentOf(page);
    if (state == nullptr || *state != 0) continue;
    uint8_t expected = kAbsentFetch;
    // Only a page still to be fetched: a commit applied meanwhile may set it back to fetch.
    __atomic_compare_exchange_n(absent, &expected, kAbsentZero, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
  }
}

Status ShadowPages::invalidateRange(uintptr_t base, size_t size) {
  for (size_t i = 0; i < rangeCount_; ++i) {
    if (base != ranges_[i].base || size != ranges_[i].size) continue;
    memset(ranges_[i].absent, 1, size / kPageSize);
    return Status::ok();
  }
  return Status::error(platform::ErrorCode::kInvalidArgument, "invalidateRange: not a tracked range");
}

bool ShadowPages::copyCommitted(uintptr_t page, void* into) {
  page &= kPageMask;
  uint8_t* state = stateOf(page);
  if (state == nullptr || !present(page)) return false;
  const void* from = reinterpret_cast<const void*>(page);
  if (!tracking_) {
    memcpy(into, from, kPageSize);
    return true;
  }
  if (open_ && (*state & kPageWritten) != 0) {
    for (size_t i = 0; i < writtenCount_; ++i) {
      if (written_[i] != page) continue;
      memcpy(into, shadowOf(i), kPageSize);
      return true;
    }
    // Opened for writing by a prediction and found unchanged (trimUnchanged): as committed.
  }
  if ((open_ && *state != 0) || *state == kPageCarried) {  // open for reading, so readable and unchanged
    memcpy(into, from, kPageSize);
    return true;
  }
  // Closed: open it for the copy and close it again before anything else runs here.
  if (!platform::protectPages(page, kPageSize, platform::kReadAccess).isOk()) return false;
  memcpy(into, from, kPageSize);
  return platform::protectPages(page, kPageSize, platform::kNoAccess).isOk();
}

Admission ShadowPages::admit(const platform::Fault& fault) {
  if (!open_) return Admission::kNotTracking;
  uintptr_t page = fault.address & kPageMask;
  uint8_t* state = stateOf(page);
  uint8_t* absent = absentOf(page);
  uint8_t before = *state;
  if (*absent != 0 && before != 0) {
    // Invalidated under this transaction after it touched the page: the transaction is doomed
    // (asked to abort). Let it run on to its next safepoint with what it saw; the page stays
    // absent, so whatever the abort puts back is fetched anew on its next first touch.
    return platform::protectPages(page, kPageSize, accessOf(before, kPageRead, kPageWritten, kPageExecuted)).isOk()
               ? Admission::kAdmitted
               : Admission::kNotTracking;
  }
  if (fault.write && (before == 0 || before == kPageRead) && *absent == 0 && *likelyOf(page) != 0 &&
      openLikelyRun(page)) {
    return Admission::kAdmitted;
  }
  if (*absent == kAbsentZero) {
    // Zero in the committed heap: no need to ask anyone.
    if (!platform::protectPages(page, kPageSize, platform::kReadAccess | platform::kWriteAccess).isOk()) {
      return Admission::kFetchFailed;
    }
    memset(reinterpret_cast<void*>(page), 0, kPageSize);
    *absent = 0;
  } else if (*absent != 0) {
    // Not present: fetch the newest committed version before anything reads or shadows it.
    if (source_ == nullptr) return Admission::kFetchFailed;
    if (!platform::protectPages(page, kPageSize, platform::kReadAccess | platform::kWriteAccess).isOk() ||
        !source_->fetchPage(page, reinterpret_cast<void*>(page))) {
      (void)platform::protectPages(page, kPageSize, platform::kNoAccess);
      return Admission::kFetchFailed;
    }
    *absent = 0;
  }
  uint8_t after = before | kPageRead;
  if (fault.write) after |= kPageWritten;
  if (fault.fetch) after |= kPageExecuted;
  if (after == before) return Admission::kNotTracking;  // open for this access already
  unsigned access = accessOf(after, kPageRead, kPageWritten, kPageExecuted);
  // Opening for writing first and copying after is safe: nothing writes the page before the
  // faulting instruction runs again, after the handler returns.
  if (!platform::protectPages(page, kPageSize, access).isOk()) return Admission::kNotTracking;
  if (before == 0) touched_[touchedCount_++] = page;
  if ((after & kPageWritten) != 0 && (before & kPageWritten) == 0) {
    memcpy(shadows_ + writtenCount_ * kPageSize, reinterpret_cast<const void*>(page), kPageSize);
    written_[writtenCount_++] = page;
  }
  *state = after;
  return Admission::kAdmitted;
}

Status ShadowPages::closeTouchedPages(bool carry) {
  for (size_t i = 0; i < likelyCount_; ++i) *likelyOf(likely_[i]) = 0;
  likelyCount_ = 0;
  if (!carry) carriedCount_ = 0;  // an abort closes everything it touched
  if (carry && owner_ != 0) chooseCarried();
  // One protect per tracked range, over the span from its lowest touched page to its highest.
  // Every page between is closed already: nothing in a tracked range is open outside a step
  // but the pages kept readable, which every step takes into its read set (begin), so they are
  // touched (copyCommitted closes what it opens before it returns). A protect that takes access away
  // flushes the TLB, which under a hypervisor costs some 20 us a call whatever its length
  // (docs/TRANSACTIONS.md), so one call over the span beats one per run of adjacent pages by
  // far; and the kernel merges the range's mappings back into one.
  uintptr_t low[kMaxRanges];
  uintptr_t high[kMaxRanges];
  for (size_t r = 0; r < rangeCount_; ++r) {
    low[r] = UINTPTR_MAX;
    high[r] = 0;
  }
  for (size_t i = 0; i < touchedCount_; ++i) {
    uintptr_t page = touched_[i];
    for (size_t r = 0; r < rangeCount_; ++r) {
      if (page - ranges_[r].base >= ranges_[r].size) continue;
      low[r] = std::min(low[r], page);
      high[r] = std::max(high[r], page);
      ranges_[r].states[(page - ranges_[r].base) / kPageSize] = 0;
      break;
    }
  }
  Status result = Status::ok();
  auto close = [&result](uintptr_t from, uintptr_t to, unsigned access) {
    if (from >= to) return;
    Status closed = platform::protectPages(from, to - from, access);
    if (!closed.isOk() && result.isOk()) result = closed;
  };
  for (size_t r = 0; r < rangeCount_; ++r) {
    if (low[r] > high[r]) continue;
    // carried_ is in address order, and every carried page was touched, so within a span.
    size_t next = static_cast<size_t>(std::lower_bound(carried_, carried_ + carriedCount_, low[r]) - carried_);
    // The span closed to no access, but for the carried runs in it, which are closed to
    // read-only (never to no access first: that would cost their next touch as much).
    uintptr_t from = low[r];
    uintptr_t spanEnd = high[r] + kPageSize;
    while (next < carriedCount_ && carried_[next] < spanEnd) {
      uintptr_t first = carried_[next];
      uintptr_t end = first + kPageSize;
      ranges_[r].states[(first - ranges_[r].base) / kPageSize] = kPageCarried;
      for (++next; next < carriedCount_ && carried_[next] == end; ++next, end += kPageSize) {
        ranges_[r].states[(end - ranges_[r].base) / kPageSize] = kPageCarried;
      }
      close(from, first, platform::kNoAccess);
      close(first, end, platform::kReadAccess);
      from = end;
    }
    close(from, spanEnd, platform::kNoAccess);
  }
  size_t shadowBytes = writtenCount_ * kPageSize;
  shadowBytesUsedMax_ = std::max(shadowBytesUsedMax_, shadowBytes);
  if (shadowBytesUsedMax_ > kShadowBytesKept) {
    (void)platform::discard(reinterpret_cast<uintptr_t>(shadows_), shadowBytesUsedMax_);
    shadowBytesUsedMax_ = 0;
  }
  open_ = false;
  return result;
}

Status ShadowPages::commit() { return closeTouchedPages(true); }

Status ShadowPages::abort() {
  for (size_t i = 0; i < writtenCount_; ++i) {
    memcpy(reinterpret_cast<void*>(written_[i]), shadowOf(i), kPageSize);
  }
  return closeTouchedPages(false);
}

}  // namespace plurix::txn

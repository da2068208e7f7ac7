// Access tracking by the MMU and shadow pages: while a transaction runs, every tracked page starts
// inaccessible; its first read (a fault) puts it in the read set and opens it for reading; its
// first write saves a shadow copy, puts it in the write set and opens it for writing. Commit drops
// the shadows; abort copies them back. Either way the touched pages are closed again, so the next
// transaction starts with an empty read and write set. Invariant: while tracking is on, a tracked
// page is accessible only to the open transaction that faulted it in, and a written page's shadow
// holds its contents from before that transaction's first write.
// Paper 001 §2.3 (access detection), §4.5 (shadow pages); DESIGN.md invariant 3.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/platform/faults.h"
#include "runtime/platform/status.h"

namespace plurix::txn {

// Where a page that is not present on this station comes from: the page protocol, which asks
// the page's owner for its newest committed version (paper 001 §2.2). Called on the faulting
// thread, inside the fault handler, with the page open for writing.
class PageSource {
 public:
  // Guarantees into (a whole page) holds the page's newest committed contents, or false.
  virtual bool fetchPage(uintptr_t page, void* into) = 0;

 protected:
  ~PageSource() = default;
};

// What admit made of a fault.
enum class Admission { kAdmitted, kNotTracking, kFetchFailed };

class ShadowPages {
 public:
  static constexpr size_t kMaxRanges = 4;

  // The process's one tracker (one station per process; faults are per process).
  static ShadowPages& instance();

  // Requires base and size page-aligned, tracking off, fewer than kMaxRanges ranges. Guarantees
  // the range's pages are tracked from the next startTracking on.
  platform::Status trackRange(uintptr_t base, size_t size);
  // Requires tracking off. Guarantees no range tracked (a new heap of another size follows).
  void forgetRanges();
  // Requires tracking off, and a fault handler that passes tracked faults to admit (the one of
  // txn/transaction.cpp). Guarantees every tracked page inaccessible: from now on the heap may be
  // touched only inside a transaction.
  platform::Status startTracking();
  // Requires no open transaction. Guarantees every tracked page readable, writable and
  // executable again (for image saving, tests, the end of a run).
  platform::Status stopTracking();
  bool tracking() const { return tracking_; }

  // Requires tracking on and no open transaction. Guarantees an open transaction of owner (0:
  // unknown) with empty read and write sets, except for the pages kept readable between steps
  // (see commit): those still present start in its read set, open for reading, whoever runs it.
  void begin(uintptr_t owner = 0);
  // Requires an open transaction. Guarantees its writes kept, shadows dropped, touched pages
  // closed, and the transaction closed. If the transaction has an owner (begin) and wrote runs
  // of at least kCarriedRunPages pages, those pages stay readable instead, for its next step:
  // under a hypervisor a page closed to no access costs microseconds at its next touch, one
  // closed to read-only a fraction of that (docs/TRANSACTIONS.md). Otherwise the pages kept
  // readable before stay so. Every step counts them as read while they are; another station's
  // commit to one closes it (invalidate); an abort closes them all.
  platform::Status commit();
  static constexpr size_t kCarriedRunPages = 8;
  // The longest gap of pages no recent step wrote that a run of write prediction bridges
  // (predictWrites).
  static constexpr size_t kRunGapPages = 4;
  // Requires an open transaction. Guarantees every written page holds its contents from before
  // the transaction again, touched pages closed, and the transaction closed.
  platform::Status abort();
  bool open() const { return open_; }

  // The open transaction's sets: page addresses in order of first touch. A written page is in
  // both sets.
  const uintptr_t* readSet() const { return touched_; }
  size_t readPages() const { return touchedCount_; }
  const uintptr_t* writeSet() const { return written_; }
  size_t writtenPages() const { return writtenCount_; }
  // Whether address lies in a tracked range.
  bool tracks(uintptr_t address) const;
  // Any thread (a racy byte read). Whether the open transaction has read or written the page
  // holding address.
  bool touched(uintptr_t address) const;

  // Requires an open transaction and group a single bit. Guarantees the tracked pages of pages
  // marked as likely to be written, as group (one of the same transaction's recent steps wrote
  // them): the first write to one opens, with one protection change, the whole run of adjacent
  // pages around it that a step of one of its groups wrote, for reading and writing, shadowed
  // and in both sets, so the rest of the run costs no faults (write prediction). A run bridges
  // gaps of up to kRunGapPages present pages no recent step wrote, which join it (opened,
  // shadowed and in both sets like the rest; trimUnchanged drops them from the write set if
  // the step leaves them unchanged). Pages of other steps stay out of the run: what one step
  // wrote is not copied for another. The marks go when the transaction closes.
  void predictWrites(const uintptr_t* pages, size_t count, uint8_t group);
  // Requires the pages from first on just handed out by the memory manager, in the open
  // transaction if there is one. Guarantees those of them that are tracked and untouched are
  // predicted written by it, as one group of their own (kFreshGroup): a new object takes pages
  // nobody else has seen, so opening all of them at its first write makes no step conflict that
  // would not have. Nothing if no transaction is open.
  void predictFreshWrites(uintptr_t first, size_t count);
  static constexpr uint8_t kFreshGroup = 0x80;
  // Requires an open transaction whose step has ended. Guarantees every page opened by
  // prediction whose contents equal its shadow out of the write set (it stays in the read set:
  // it may have been read); returns how many were dropped.
  size_t trimUnchanged();
  // How many pages prediction has opened, over all transactions.
  uint64_t pagesPredicted() const { return pagesPredicted_; }

  // Requires an open transaction, pages in address order, each a page address with the access it
  // was read with in its low bits (kPredictRead, kPredictExecute), as readOnlyPages gives them.
  // Guarantees each of them that is tracked, present and closed opened for that access and in
  // the read set, with one protection change per run of adjacent pages of one access (read
  // prediction: what the same transaction's last steps all read, its next step reads without a
  // fault). A page that is not present is left to fault and be fetched.
  void predictReads(const uintptr_t* pages, size_t count);
  // Requires an open transaction whose step has ended. Guarantees into[0..n) holds, in address
  // order, the first n of the pages it read and did not write, each with its access in the low
  // bits; returns n (at most capacity).
  size_t readOnlyPages(uintptr_t* into, size_t capacity) const;
  static constexpr uintptr_t kPredictRead = 1;
  static constexpr uintptr_t kPredictExecute = 2;
  // How many pages read prediction has opened, over all transactions.
  uint64_t readsPredicted() const { return readsPredicted_; }

  // Async-signal-safe. Requires fault on a tracked page. Guarantees the page opened as the
  // access needs (fetched first from the page source if not present, recorded, and shadowed
  // before a first write: the shadow is then the fetched committed version); kNotTracking if the
  // fault is not one tracking explains (no open transaction, or the page is open for this access
  // already); kFetchFailed if a page that is not present could not be fetched.
  Admission admit(const platform::Fault& fault);

  // Requires source to live while set. Guarantees pages that are not present are fetched from it.
  void setPageSource(PageSource* source) { source_ = source; }
  // Requires a tracked page, tracking on. Guarantees the page is not present here: its contents
  // are stale, its next first touch fetches it (another station committed a write to it). Safe
  // while a transaction runs; if that transaction touched the page it is doomed, and the caller
  // must ask it to abort (transaction.h validateAgainstCommit).
  platform::Status invalidate(uintptr_t page);
  // Requires a tracked range, tracking off. Guarantees every page of it not present (a station
  // that joins a cluster starts with nothing and fetches what it touches).
  platform::Status invalidateRange(uintptr_t base, size_t size);
  // Whether the page holding address is present (not invalidated since it was last fetched).
  bool present(uintptr_t address) const;
  // Requires bytes holding count whole pages: the committed contents, at this station's commit
  // number, of the pages from first on (read ahead with a fetched page). Guarantees the leading
  // pages among them that are tracked, not present and untouched by the open transaction hold
  // those contents and are present, still closed (their first touch faults as any present
  // page's does, without a fetch); returns how many. One protection change each way for all.
  size_t adoptPages(uintptr_t first, size_t count, const void* bytes);
  // How many pages adoptPages has made present, over all transactions.
  uint64_t pagesAdopted() const { return pagesAdopted_; }
  // Requires the pages from first on to be zero in the committed heap at this station's commit
  // number (pages the memory manager hands out). Guarantees those of them that are tracked, not
  // present and untouched by the open transaction are not fetched: their first touch fills them
  // with zeros (unless a commit invalidates them first). Costs nothing until then.
  void markZeroPages(uintptr_t first, size_t count);
  // Requires a tracked page, and no step of the open transaction running meanwhile (the caller
  // is the transaction's own thread, between steps or inside its fault handler). Guarantees into
  // (a whole page) holds the page's committed contents here: the shadow if the open transaction
  // wrote it, else the page itself, read through a moment's read access if it is closed; false
  // if the page is not present here. For a station that owns pages and answers others' requests
  // for them (paper 001 §2.2).
  bool copyCommitted(uintptr_t page, void* into);

 private:
  struct Range {
    uintptr_t base;
    size_t size;
    uint8_t* states;  // one byte per page: kPageRead | kPageWritten | kPageExecuted
    uint8_t* absent;  // one byte per page: 0 present; kAbsentFetch, kAbsentZero before use
    uint8_t* likely;  // one byte per page: the groups that predict it written (predictWrites)
  };
  static constexpr uint8_t kPageRead = 1;
  static constexpr uint8_t kPageWritten = 2;
  static constexpr uint8_t kPageExecuted = 4;
  static constexpr uint8_t kPagePredicted = 8;  // opened for writing by prediction, maybe unwritten
  static constexpr uint8_t kPageCarried = 16;   // between steps: kept readable (commit)
  static constexpr uint8_t kPageZeroShadow = 32;  // written, and zero before: no shadow copied
  static constexpr uint8_t kAbsentFetch = 1;  // fetched from the page source at its first touch
  static constexpr uint8_t kAbsentZero = 2;   // zero-filled at its first touch (markZeroPages)

  ShadowPages() = default;
  // The byte of table (one of Range's per-page tables) for page, or null if page is not tracked.
  uint8_t* byteOf(uint8_t* Range::*table, uintptr_t page) const;
  uint8_t* stateOf(uintptr_t page) const { return byteOf(&Range::states, page); }
  uint8_t* absentOf(uintptr_t page) const { return byteOf(&Range::absent, page); }
  uint8_t* likelyOf(uintptr_t page) const { return byteOf(&Range::likely, page); }
  // The contents of written_[i] from before the transaction: its shadow, or zeros.
  const unsigned char* shadowOf(size_t i) const;
  bool openLikelyRun(uintptr_t page);
  // Guarantees page, if tracked, marked likely written as group (while room is left).
  void markLikely(uintptr_t page, uint8_t group);
  PageSource* source_ = nullptr;
  platform::Status closeTouchedPages(bool carry);
  // If written_ has runs of at least kCarriedRunPages, makes their pages the carried ones, for
  // owner_; otherwise leaves the carried pages as they are.
  void chooseCarried();
  platform::Status reserveSets();

  Range ranges_[kMaxRanges] = {};
  size_t rangeCount_ = 0;
  size_t trackedPages_ = 0;
  bool tracking_ = false;
  bool open_ = false;
  // Fixed reservations sized for every tracked page (no allocation in the fault handler).
  uintptr_t* touched_ = nullptr;
  size_t touchedCount_ = 0;
  uintptr_t* written_ = nullptr;
  size_t writtenCount_ = 0;
  uintptr_t* likely_ = nullptr;  // pages marked by predictWrites, to unmark at close
  size_t likelyCount_ = 0;
  uint64_t pagesPredicted_ = 0;
  uint64_t readsPredicted_ = 0;
  uint64_t pagesAdopted_ = 0;
  uintptr_t owner_ = 0;           // the open transaction's owner (begin)
  uintptr_t* carried_ = nullptr;  // pages kept readable between steps, in address order
  size_t carriedCount_ = 0;
  unsigned char* shadows_ = nullptr;  // shadow i is the copy of written_[i]
  size_t shadowBytesUsedMax_ = 0;     // how far the shadow pool has been touched
};

}  // namespace plurix::txn

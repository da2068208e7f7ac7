// Devices that respect aborts: a driver whose effects must follow the transaction that caused
// them registers here. Its effects wait (a smart buffer) until commit, or are reverted by undo()
// when the transaction aborts. The driver's own state lives outside the heap (station-local), so
// it survives the abort that undo() reacts to. Invariant: exactly one of commit() and undo() is
// called for every transaction that ran, after the heap's pages are final.
// Paper 001 §4.4 (smart buffers), DESIGN.md invariants 3 and 6.
#pragma once

namespace plurix::txn {

class Device {
 public:
  // The transaction committed: make what it did visible (write the buffered output).
  virtual void commit() = 0;
  // The transaction aborted: forget or revert what it did.
  virtual void undo() = 0;

 protected:
  ~Device() = default;
};

// Requires device to live until removed; at most 16 devices. Guarantees it is told of every
// transaction's end from now on, in the order devices were added.
void addDevice(Device* device);
void removeDevice(Device* device);

// Called by the transaction machinery (transaction.cpp) only.
void commitDevices();
void undoDevices();

}  // namespace plurix::txn

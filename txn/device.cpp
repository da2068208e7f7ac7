// The device registry (device.h): a fixed table, since the freestanding core allocates nothing.
#include "txn/device.h"

#include "runtime/platform/system.h"

namespace plurix::txn {

namespace {

constexpr int kMaxDevices = 16;
Device* devices[kMaxDevices] = {};
int deviceCount = 0;

}  // namespace

void addDevice(Device* device) {
  if (deviceCount == kMaxDevices) platform::fatal("too many transaction devices");
  devices[deviceCount++] = device;
}

void removeDevice(Device* device) {
  for (int i = 0; i < deviceCount; ++i) {
    if (devices[i] != device) continue;
    for (int k = i + 1; k < deviceCount; ++k) devices[k - 1] = devices[k];
    --deviceCount;
    return;
  }
}

void commitDevices() {
  for (int i = 0; i < deviceCount; ++i) devices[i]->commit();
}

void undoDevices() {
  for (int i = 0; i < deviceCount; ++i) devices[i]->undo();
}

}  // namespace plurix::txn

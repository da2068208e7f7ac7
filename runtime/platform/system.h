// The rest of the platform the core needs: time, checksums and the last-resort stop.
// Invariant: nothing here allocates or throws; a bare-metal build supplies its own .cpp.
#pragma once

#include <cstddef>
#include <cstdint>

namespace plurix::platform {

// Guarantees nanoseconds from a clock that never goes backwards.
uint64_t monotonicNanos();

// Guarantees a CRC-32 of data continued from previous (0 to start); zlib's in the hosted build.
uint32_t checksum32(uint32_t previous, const void* data, size_t size);

// For broken invariants only (errors a caller can handle are Status values): prints the
// message on the console and stops the station.
[[noreturn]] void fatal(const char* message);

}  // namespace plurix::platform

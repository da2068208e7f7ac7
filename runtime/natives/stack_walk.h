// Walking the machine stack for stack traces. Compiled code keeps frame pointers (the JIT
// asks for them) and so does the runtime (built with -fno-omit-frame-pointer), so every frame
// between a native and the transaction's first frame is on the rbp chain: [rbp] is the
// caller's rbp, [rbp + 8] the return address into the caller.
#pragma once
#include <cstddef>
#include <cstdint>

namespace plurix::runtime {

// Guarantees the return addresses of the frames above the caller of this function (innermost
// first), at most max of them, stopping at StationLocal::stackBase when it is set (else at the
// thread's stack end) or where the chain leaves the stack or stops rising. Returns the count.
size_t collectReturnAddresses(uintptr_t* out, size_t max);

}  // namespace plurix::runtime

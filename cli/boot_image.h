// The boot image: a heap holding the standard library alone, compiled for an open world, that
// the build saves beside the `plurix` executable (`plurix heap boot-image DIR`). A station that
// creates a cluster, and the shell, map it instead of compiling the library (some 300 ms), the
// way a Plurix station boots from an image of its compiled system.
// Invariant: an image is only mapped by the binary that wrote it. Its file name carries the
// executable's build id, which covers the embedded library, the object layout and the runtime
// table; any other binary, or another heap size, compiles the library as before.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "heap/heap.h"

namespace plurix::cli {

// Where this executable's boot image lives: DIRECTORY/plurix-boot-<build id>.img, with
// DIRECTORY the executable's own when empty. Empty if the executable carries no build id.
std::string bootImagePath(const std::string& directory = "");

// Guarantees a heap of heapMiB MiB holding the standard library compiled for live compiles
// (compiler::live::recordLibrary), attached to the runtime, transactions not started; from the
// boot image when useImage and one for this binary and size exists (*fromImage then true), else
// compiled. Null with the reason in *error otherwise.
std::unique_ptr<heap::Heap> openLibraryHeap(size_t heapMiB, bool useImage, bool* fromImage, std::string* error);

// Guarantees DIRECTORY holds this executable's boot image for the default heap size, and no
// other binary's (older images there are removed); false with the reason in *error.
bool writeBootImage(const std::string& directory, std::string* error);

}  // namespace plurix::cli

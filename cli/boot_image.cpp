#include "cli/boot_image.h"

#include <dirent.h>
#include <elf.h>
#include <link.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <vector>

#include "compiler/codegen/program_compiler.h"
#include "compiler/front_end.h"
#include "compiler/live/heap_sources.h"
#include "heap/heap_image.h"
#include "runtime/launch/runtime.h"

namespace plurix::cli {

namespace {

constexpr const char* kImagePrefix = "plurix-boot-";
constexpr const char* kImageSuffix = ".img";

// The GNU build id of the executable (the first object dl_iterate_phdr reports), in hex.
std::string executableBuildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) -> int {
        for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& segment = info->dlpi_phdr[i];
          if (segment.p_type != PT_NOTE) continue;
          const auto* at = reinterpret_cast<const uint8_t*>(info->dlpi_addr + segment.p_vaddr);
          const uint8_t* end = at + segment.p_memsz;
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const uint8_t* name = at + sizeof note;
            const uint8_t* descriptor = name + ((note.n_namesz + 3) & ~3u);
            if (descriptor + note.n_descsz > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              auto* hex = static_cast<std::string*>(out);
              for (uint32_t b = 0; b < note.n_descsz; ++b) {
                char digits[3];
                std::snprintf(digits, sizeof digits, "%02x", descriptor[b]);
                hex->append(digits);
              }
              return 1;
            }
            at = descriptor + ((note.n_descsz + 3) & ~3u);
          }
        }
        return 1;  // only the executable itself
      },
      &id);
  return id;
}

std::string executableDirectory() {
  std::vector<char> path(4096);
  ssize_t length = readlink("/proc/self/exe", path.data(), path.size() - 1);
  if (length <= 0) return ".";
  std::string executable(path.data(), static_cast<size_t>(length));
  size_t slash = executable.rfind('/');
  return slash == std::string::npos ? "." : executable.substr(0, slash == 0 ? 1 : slash);
}

std::unique_ptr<heap::Heap> compileLibraryHeap(size_t heapMiB, std::string* error) {
  heap::HeapConfig config;
  config.size = heapMiB << 20;
  auto created = heap::Heap::create(config);
  if (!created.isOk()) {
    *error = std::string("cannot create the heap: ") + created.status().message();
    return nullptr;
  }
  auto heap = std::make_unique<heap::Heap>(std::move(created.value()));
  runtime::attachRuntime(*heap);
  compiler::FrontEnd frontEnd;
  if (!frontEnd.check()) {
    *error = "the standard library does not compile";
    return nullptr;
  }
  compiler::codegen::ProgramCompiler compiler(*heap);
  compiler.setClosedWorld(false);  // later compiles add classes
  if (!compiler.compile(frontEnd.allUnits(), compiler::jit::OptLevel::kQuick, compiler::jit::OptLevel::kQuick,
                        error)) {
    return nullptr;
  }
  if (platform::Status recorded = compiler::live::recordLibrary(*heap); !recorded.isOk()) {
    *error = recorded.message();
    return nullptr;
  }
  return heap;
}

}  // namespace

std::string bootImagePath(const std::string& directory) {
  std::string id = executableBuildId();
  if (id.empty()) return "";
  return (directory.empty() ? executableDirectory() : directory) + "/" + kImagePrefix + id + kImageSuffix;
}

std::unique_ptr<heap::Heap> openLibraryHeap(size_t heapMiB, bool useImage, bool* fromImage, std::string* error) {
  *fromImage = false;
  std::string image = useImage && (size_t{heapMiB} << 20) == heap::kDefaultHeapSize ? bootImagePath() : "";
  if (!image.empty() && access(image.c_str(), R_OK) == 0) {
    platform::Result<heap::Heap> loaded = heap::loadHeapImage(image.c_str(), heap::kDefaultHeapBase, 0);
    if (loaded.isOk()) {
      auto heap = std::make_unique<heap::Heap>(std::move(loaded.value()));
      runtime::attachRuntime(*heap);
      *fromImage = true;
      return heap;
    }
    // A damaged image costs the time it saves, nothing else.
    std::fprintf(stderr, "plurix: not using the boot image: %s\n", loaded.status().message());
  }
  return compileLibraryHeap(heapMiB, error);
}

bool writeBootImage(const std::string& directory, std::string* error) {
  std::string folder = directory.empty() ? executableDirectory() : directory;
  std::string path = bootImagePath(folder);
  if (path.empty()) {
    *error = "this executable carries no build id to name its boot image by";
    return false;
  }
  std::unique_ptr<heap::Heap> heap = compileLibraryHeap(heap::kDefaultHeapSize >> 20, error);
  if (heap == nullptr) return false;
  // Written aside and renamed: a station starting meanwhile sees the whole image or none.
  std::string partial = path + ".partial." + std::to_string(getpid());
  if (platform::Status saved = heap::saveHeapImage(*heap, partial.c_str()); !saved.isOk()) {
    *error = saved.message();
    std::remove(partial.c_str());
    return false;
  }
  if (std::rename(partial.c_str(), path.c_str()) != 0) {
    *error = "cannot rename " + partial + " to " + path + ": " + std::strerror(errno);
    std::remove(partial.c_str());
    return false;
  }
  std::string kept = path.substr(path.rfind('/') + 1);
  if (DIR* listing = opendir(folder.c_str()); listing != nullptr) {
    while (dirent* entry = readdir(listing)) {
      std::string name = entry->d_name;
      bool image = name.rfind(kImagePrefix, 0) == 0 && name.size() > std::strlen(kImageSuffix) &&
                   name.compare(name.size() - std::strlen(kImageSuffix), std::string::npos, kImageSuffix) == 0;
      if (image && name != kept) std::remove((folder + "/" + name).c_str());
    }
    closedir(listing);
  }
  return true;
}

}  // namespace plurix::cli

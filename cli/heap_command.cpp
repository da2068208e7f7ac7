#include <iostream>
#include <string>

#include "cli/boot_image.h"
#include "cli/commands.h"
#include "heap/heap.h"
#include "heap/heap_image.h"
#include "heap/heap_stats.h"

namespace plurix::cli {

namespace {

void writeToStdout(void*, const char* text, size_t length) { std::cout.write(text, static_cast<std::streamsize>(length)); }

int runStats(const std::string& image) {
  platform::Status status = heap::reportImageStats(image.c_str(), heap::TextSink{writeToStdout, nullptr});
  if (!status.isOk()) {
    std::cerr << "plurix heap stats: " << status.message() << '\n';
    return 1;
  }
  return 0;
}

int runCreate(const std::string& image, size_t sizeMiB) {
  heap::HeapConfig config;
  config.size = sizeMiB << 20;
  platform::Result<heap::Heap> created = heap::Heap::create(config);
  if (!created.isOk()) {
    std::cerr << "plurix heap create: " << created.status().message() << '\n';
    return 1;
  }
  platform::Status saved = heap::saveHeapImage(created.value(), image.c_str());
  if (!saved.isOk()) {
    std::cerr << "plurix heap create: " << saved.message() << '\n';
    return 1;
  }
  std::cout << "created an empty " << sizeMiB << " MiB heap image: " << image << '\n';
  return 0;
}

int runBootImage(const std::string& directory) {
  std::string error;
  if (!writeBootImage(directory, &error)) {
    std::cerr << "plurix heap boot-image: " << error << '\n';
    return 1;
  }
  return 0;
}

}  // namespace

void addHeapCommand(CLI::App& app, int* status) {
  CLI::App* heapCommand = app.add_subcommand("heap", "Create and inspect heap images");
  heapCommand->require_subcommand(1);

  auto statsImage = std::make_shared<std::string>();
  CLI::App* stats = heapCommand->add_subcommand(
      "stats", "Objects, bytes and pages per allocator kind, and backchain lengths, of a heap image");
  stats->add_option("IMAGE", *statsImage, "Heap image file")->required();
  stats->callback([statsImage, status] { *status = runStats(*statsImage); });

  auto createImage = std::make_shared<std::string>();
  auto sizeMiB = std::make_shared<size_t>(64);
  CLI::App* create = heapCommand->add_subcommand("create", "Write a new, empty heap image");
  create->add_option("IMAGE", *createImage, "Heap image file to write")->required();
  create->add_option("--size", *sizeMiB, "Heap size in MiB (16 to 32768)")
      ->check(CLI::Range(size_t{16}, size_t{32768}));
  create->callback([createImage, sizeMiB, status] { *status = runCreate(*createImage, *sizeMiB); });

  auto bootDirectory = std::make_shared<std::string>();
  CLI::App* boot = heapCommand->add_subcommand(
      "boot-image", "Write this binary's boot image (the standard library compiled into a heap) into DIR");
  boot->add_option("DIR", *bootDirectory, "Directory (the build puts it beside the plurix executable)")->required();
  boot->callback([bootDirectory, status] { *status = runBootImage(*bootDirectory); });
}

}  // namespace plurix::cli

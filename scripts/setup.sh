#!/usr/bin/env bash
# Installs every Debian package Plurix needs, and only those that are missing.
# This list is the one place that names the project's system dependencies
# (see docs/DEPENDENCIES.md for why each one is here).
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  antlr4 libantlr4-runtime-dev          # parser generator (4.7 tool) and C++ runtime (4.9)
  llvm-16-dev                           # ORC JIT back end
  clang-16 libclang-rt-16-dev           # libFuzzer for the fuzz targets
  libboost-context-dev                  # transaction fibers
  libunwind-dev                         # walking compiled frames
  libgtest-dev libgmock-dev             # unit tests
  libbenchmark-dev                      # micro-benchmarks
  libgc-dev                             # Boehm GC, the allocation baseline
  libedit-dev                           # shell line editing and history
  libcli11-dev                          # command-line parsing
  libsodium-dev                         # cluster keys, handshake proofs, random nonces
  libssl-dev                            # HMAC-SHA-256 frame tags (SHA instructions)
  zlib1g-dev libzstd-dev libxml2-dev    # what LLVM's CMake package links against
  openjdk-17-jdk-headless               # javac + java: the reference implementation tests compare with
)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

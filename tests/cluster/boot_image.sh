#!/usr/bin/env bash
# The boot image (cli/boot_image.h): a station that creates a cluster maps the library heap the
# build wrote beside the executable instead of compiling the library; the image is named by the
# binary's build id, so a copy of the binary with no image beside it compiles; a damaged image is
# refused with the reason and the station compiles instead; writing an image removes other
# binaries' images. Whichever way the station booted, the program it runs, and a station that
# joins it, print the same.
# Usage: boot_image.sh PLURIX
set -u
plurix=${1:?usage: boot_image.sh PLURIX}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/cluster_test_lib.sh"
programs=("$here/programs/Shared.java" "$here/programs/Reader.java")

# boot_and_read PLURIX [OPTION...]: starts a creating station with the options on the programs,
# runs Reader on a joined station, stops the creator; the creator's stderr stays in creator.err.
boot_and_read() {
  local binary=$1
  shift
  start_creator "$binary" "$@" "${programs[@]}"
  grep -q '^creator: built 1000 squares$' "$tmp/creator.out" || fail "the creator's main did not run ($*)"
  run_main_station "$binary" reader Reader
  [ "$(cat "$tmp/reader.out")" = "joiner: built on the creating station, sum of squares 332833500" ] \
    || fail "the joined station printed something else ($*)"
  stop_creator
}

boot_and_read "$plurix"
grep -q 'mapped the boot image' "$tmp/creator.err" || fail "the built plurix did not boot from its image"
boot_and_read "$plurix" --no-boot-image
grep -q 'compiled the standard library' "$tmp/creator.err" || fail "--no-boot-image did not compile the library"

# A copy of the binary has its build id but no image beside it: it compiles.
mkdir "$tmp/bin"
cp "$plurix" "$tmp/bin/plurix"
boot_and_read "$tmp/bin/plurix"
grep -q 'compiled the standard library' "$tmp/creator.err" || fail "a binary with no image beside it did not compile"

# Writing its image removes another binary's and leaves one for this binary.
: >"$tmp/bin/plurix-boot-0123456789abcdef.img"
"$tmp/bin/plurix" heap boot-image "$tmp/bin" || fail "plurix heap boot-image failed"
[ ! -e "$tmp/bin/plurix-boot-0123456789abcdef.img" ] || fail "another binary's image was left behind"
images=("$tmp"/bin/plurix-boot-*.img)
[ "${#images[@]}" = 1 ] && [ -s "${images[0]}" ] || fail "no boot image written: ${images[*]}"
boot_and_read "$tmp/bin/plurix"
grep -q 'mapped the boot image' "$tmp/creator.err" || fail "the copy did not boot from the image written for it"

# A damaged image: refused, named, and the station compiles and works.
size=$(stat -c %s "${images[0]}")
printf '\xff\xff\xff\xff\xff\xff\xff\xff' | dd of="${images[0]}" bs=1 seek=$((size / 2)) conv=notrunc status=none
boot_and_read "$tmp/bin/plurix"
grep -q 'not using the boot image: .*plurix-boot-.*img' "$tmp/creator.err" || fail "the damaged image was not refused by name"
grep -q 'compiled the standard library' "$tmp/creator.err" || fail "after a damaged image the station did not compile"
head -c 100 "${images[0]}" >"${images[0]}.cut" && mv "${images[0]}.cut" "${images[0]}"
boot_and_read "$tmp/bin/plurix"
grep -q 'not using the boot image: .*truncated\|not using the boot image: .*corrupt' "$tmp/creator.err" \
  || fail "the truncated image was not refused with the reason"

# `heap boot-image` into a folder that does not exist: an error naming it, no crash.
if "$plurix" heap boot-image "$tmp/no/such/dir" 2>"$tmp/bad.err"; then fail "writing into a missing folder succeeded"; fi
grep -q "no/such/dir" "$tmp/bad.err" || fail "the error does not name the folder"
echo "boot image: mapped when it is this binary's, compiled otherwise, refused when damaged"

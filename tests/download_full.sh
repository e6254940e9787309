#!/bin/sh
# download_full: d on a full disk.  tests/unit_download, with
# UNIT_DOWNLOAD_FULL naming a 64 KiB tmpfs mounted in a mount namespace of
# its own (unshare -rm: no root needed where user namespaces are allowed),
# saves 200 KB there: the message says the disk is full, and nothing is
# left on it.  Skips where such a mount cannot be made.  Speaks TAP.
UNIT=${UNIT_DOWNLOAD:-tests/unit_download}
tmp=$(mktemp -d) || exit 99
trap 'rmdir "$tmp" 2>/dev/null' EXIT
# shellcheck disable=SC2016 # the inner sh expands its own $1 and $2
if ! command -v unshare >/dev/null 2>&1 ||
    ! unshare -rm sh -c 'mount -t tmpfs -o size=64k none "$1"' sh "$tmp" 2>/dev/null; then
	echo "1..0 # SKIP cannot mount a small tmpfs (unshare -rm)"
	exit 0
fi
# shellcheck disable=SC2016
exec unshare -rm sh -c 'mount -t tmpfs -o size=64k none "$1" && UNIT_DOWNLOAD_FULL="$1" exec "$2"' \
    sh "$tmp" "$UNIT"

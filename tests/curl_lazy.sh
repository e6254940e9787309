#!/bin/sh
# curl_lazy: libcurl is loaded on the first fetch of a URL, not at start-up
# (src/curl_lazy.c): the program does not name it among its libraries, does
# not export libcurl's names, dumps local files where libcurl cannot be
# loaded, and says so in words, without a crash, when a URL needs it.
# Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/c" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/d"
n=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

if command -v readelf > /dev/null; then
  readelf -d "$KANBAO" > "$tmp/dyn"
  grep -q NEEDED "$tmp/dyn" && ! grep -q 'NEEDED.*libcurl' "$tmp/dyn"
  ok $? "libcurl is not among the libraries loaded at start-up"
  # an exported curl_easy_setopt would take libcurl's own place inside libcurl
  readelf --dyn-syms -W "$KANBAO" | awk '$7 != "UND" && $8 ~ /^curl_/' > "$tmp/exported"
  [ ! -s "$tmp/exported" ]; ok $? "the program exports none of libcurl's names"
  sed 's/^/# /' "$tmp/exported" | head -5
fi

cat > "$tmp/a.html" <<'HTML'
<html><head><title>Larkfield gazette</title></head><body>
<h1>The ferry to Larkfield runs again</h1>
<p>After a winter in the yard, the old ferry crossed the bay at dawn with
forty passengers, three bicycles and the mayor, who rang its bell twice.</p>
</body></html>
HTML
# a libcurl.so.4 that is not a library: dlopen fails on it
mkdir "$tmp/lib" && : > "$tmp/lib/libcurl.so.4"

LD_LIBRARY_PATH="$tmp/lib" "$KANBAO" --dump --format=text "$tmp/a.html" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ $rc -eq 0 ] && grep -q 'ferry crossed' "$tmp/out" && [ ! -s "$tmp/err" ]
ok $? "a local file dumps where libcurl cannot be loaded"

LD_LIBRARY_PATH="$tmp/lib" "$KANBAO" --dump http://127.0.0.1:9/a.html > "$tmp/out" 2> "$tmp/err"
rc=$?
[ $rc -eq 1 ]; ok $? "a URL without libcurl: exit status 1, no crash (got $rc)"
grep -q '^kanbao: cannot load libcurl: ' "$tmp/err"; ok $? "a URL without libcurl: the error says so"
sed 's/^/# /' "$tmp/err" | head -3
echo "1..$n"

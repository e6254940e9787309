#!/bin/sh
# ui_browser: o hands the story or the focused link to $BROWSER, and links
# to anything but http(s) are never followed from a web page.  In tmux:
#   - BROWSER is a script that writes its argv to a file: the URL arrives
#     as exactly one argument, with ';', '$(...)', '`' and '|' untouched
#     and nothing run by a shell; a file: page is refused with a message;
#   - a "w3m" (a script of that name) gets the terminal and is waited for,
#     then the reader redraws;
#   - tests/site/links.html served over http: its javascript:, data:,
#     ftp: and file: links are not links, ] and [ say there is no story.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
case $KANBAO in /*) ;; *) KANBAO=$(pwd)/$KANBAO ;; esac	# run from elsewhere
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin browser
unset BROWSER
ENV="TERM=screen-256color LC_ALL=C.UTF-8 HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/c XDG_CACHE_HOME=$tmp/home/k XDG_DATA_HOME=$tmp/home/d"

# wait_file SESSION FILE: until the fake browser has put FILE in place (it
# writes a temporary file and renames it, so FILE is whole once it is there)
has_file() { [ -s "$1" ]; }
wait_file() { poll "$1" "the browser to write $2" has_file "$2"; }
# The readers run in $tmp/run, so a stray `touch` would show there: tmux
# starts a session in the directory of the command that makes it.
mkdir -p "$tmp/run" "$tmp/home"
cd "$tmp/run" || exit 99

mkdir -p "$tmp/bin"
cat > "$tmp/bin/fake-browser" <<EOS
#!/bin/sh
{ printf 'argc=%s\n' "\$#"; for a; do printf 'arg=%s\n' "\$a"; done; } > "$tmp/argv.tmp"
mv "$tmp/argv.tmp" "$tmp/argv"
EOS
cat > "$tmp/bin/w3m" <<EOS
#!/bin/sh
printf 'TERMINAL BROWSER GOT %s\n' "\$1"
read -r line
echo done > "$tmp/w3m.done"
EOS
chmod +x "$tmp/bin/fake-browser" "$tmp/bin/w3m"
URL='http://127.0.0.1:9/news;id=1?q=$(touch%20PWNED)&u=%60id%60%7Cx'
T="县城新建便民服务中心 群众办事不再跑远路"

# ---- a file: page ----
start file 100 30 BROWSER="$tmp/bin/fake-browser --new-tab" -- "file://$SITE/links.html"
wait_for file "^$T"; ok $? "the page with odd links opens"
keys file o
wait_for file "Only http\(s\) pages open in a browser; this is a file: page" && [ ! -e "$tmp/argv" ]
ok $? "o on a file: page says so and runs nothing"
keys file Tab; keys file Tab
wait_for file "网页链接交给浏览器" >/dev/null
keys file o
wait_file file "$tmp/argv"
printf 'argc=2\narg=--new-tab\narg=%s\n' "$URL" > "$tmp/want"
cmp -s "$tmp/want" "$tmp/argv"; ok $? "o on a focused link: the command's words, then the URL as one argument"
cmp -s "$tmp/want" "$tmp/argv" || sed 's/^/#   /' "$tmp/argv" 2>/dev/null
[ ! -e "$tmp/run/PWNED" ] && [ ! -e "$tmp/home/PWNED" ]; ok $? "no shell ran the URL's \$(...)"
wait_for file "^Opened in .*fake-browser"; ok $? "the status line says where it went"
tm kill-session -t file

# ---- a terminal browser gets the terminal ----
start term 100 30 BROWSER="$tmp/bin/w3m" -- "file://$SITE/links.html"
wait_for term "^$T" >/dev/null
keys term Tab; keys term Tab; keys term o
wait_for term "^TERMINAL BROWSER GOT http://127\.0\.0\.1:9/news;id=1" && ! screen term | grep -q "^$T"
ok $? "a terminal browser has the screen to itself"
keys term Enter
wait_for term "^$T" && [ -e "$tmp/w3m.done" ]; ok $? "when it ends, the reader redraws"
keys term '?'
wait_row term 1 "kanbao keys"; ok $? "... and takes keys again (? shows the help)"
tm kill-session -t term

# ---- the same page over http: only http(s) links ----
start_static "$SITE"
rm -f "$tmp/argv"
start web 100 30 BROWSER="$tmp/bin/fake-browser" -- "http://127.0.0.1:$port/links.html"
wait_for web "^$T"; ok $? "the page opens over http"
! screen web | grep -q "脚本链接不该被打开\|本机文件不该被打开"
ok $? "its javascript: and file: 上一篇 / 下一篇 are no links"
! screen web | grep -q "数据链接不该被打开\|FTP链接不该被打开"; ok $? "its data: and ftp: related links are not listed"
keys web ']'
wait_for web "no next story" && ! screen web | grep -q "root:"; ok $? "] does not follow file:///etc/passwd"
keys web '['
wait_for web "no previous story"; ok $? "[ does not follow javascript:"
keys web o
wait_file web "$tmp/argv"
printf 'argc=1\narg=http://127.0.0.1:%s/links.html\n' "$port" > "$tmp/want"
cmp -s "$tmp/want" "$tmp/argv"; ok $? "o with no link focused opens the page itself"

echo "1..$n"
[ "$failed" -eq 0 ]

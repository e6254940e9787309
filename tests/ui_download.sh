#!/bin/sh
# ui_download: d saves where the focused link goes (issue 15).  tests/
# httpd.py on loopback serves tests/site/downloads.html, a town's list of
# attachments (/files/*), and the reader runs in tmux with
# XDG_DOWNLOAD_DIR a directory not made yet and --max-size=100000:
#   - d on a .docx: the directory is made, the file lands there with the
#     bytes served, the status line says where; d again: "butie (1).docx";
#   - a Content-Disposition name of path and terminal escapes
#     (../../.ESC]2;pwned BEL 报名表.xlsx) is saved as "]2;pwned报名表.xlsx";
#   - a file over the size cap is refused, leaving nothing;
#   - a download that trickles counts its bytes on the status line, keys
#     still work meanwhile, Esc cancels it (the server sees the connection
#     go) and nothing is left;
#   - nothing but the files saved is ever in the directory (no temporary
#     file left); a file: link and no link in focus get a message;
#   - with no XDG_DOWNLOAD_DIR, ~/Downloads is made and used;
#   - in a story (tests/site/notice.html) the attachments linked in the
#     text, marked [attachment .docx], are reached by Tab and saved by d,
#     and by Enter, which would otherwise read a .docx as a page.
# Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
SITE=$SRC/tests/site
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin download
start_httpd

DL=$tmp/dl
ENV="$ENV KANBAO_NO_PREFETCH=1"
ESC=$(printf '\033')
# files: what the download directory holds, hidden files too, one a line
files() { ls -A "$DL" 2>/dev/null; }
files_are() { [ "$(files)" = "$1" ]; }
served() { "${PYTHON3:-python3}" "$SRC/tests/httpd.py" --page docx; }
selected() { tm capture-pane -e -p -t "$1" | sed -n "$2p" | grep -q "${ESC}\[7m"; }

start d 100 24 XDG_DOWNLOAD_DIR="$DL" -- --max-size=100000 "$BASE/downloads.html"
wait_row d 1 "政务公开"; ok $? "the list of attachments opens"

# ---- a .docx, twice ----
keys d d
wait_status d "^Saved to $DL/butie\.docx"; ok $? "d: the status line says where the file was saved"
served > "$tmp/docx"
cmp -s "$tmp/docx" "$DL/butie.docx"; ok $? "... in XDG_DOWNLOAD_DIR, made for it, with the bytes served"
keys d d
wait_status d "^Saved to $DL/butie \(1\)\.docx"; ok $? "d again: a new name, butie (1).docx"
cmp -s "$tmp/docx" "$DL/butie (1).docx" && cmp -s "$tmp/docx" "$DL/butie.docx"
ok $? "... the first file is not written over"

# ---- a hostile name ----
keys d j
wait_status d "^-> $BASE/files/form "
keys d d
wait_status d "^Saved to $DL/\]2;pwned报名表\.xlsx"
ok $? "a Content-Disposition of ../../ and terminal escapes: the name is made safe"
[ "$(tm display-message -p -t d '#{pane_title}')" != "pwned" ] && [ ! -e "$tmp/pwned报名表.xlsx" ] &&
    printf 'PK\003\004 form' | cmp -s - "$DL/]2;pwned报名表.xlsx"
ok $? "... saved in the directory with its bytes, nothing outside it, the title untouched"

# ---- too large ----
keys d j
wait_status d "^-> $BASE/files/big\.zip "
keys d d
wait_status d "^Not saved: .*big\.zip: larger than 100000 bytes"
ok $? "a file over --max-size: refused, the status line says why"
files_are "$(printf '%s\n' ']2;pwned报名表.xlsx' 'butie (1).docx' 'butie.docx')"
ok $? "... nothing of it saved, no temporary file left"

# ---- a download that trickles: progress, keys, Esc ----
keys d j
wait_status d "^-> $BASE/drip "
keys d d
wait_status d " ↓ [1-9][0-9]* B +1/[0-9]+ 100%$"; ok $? "a download's bytes so far are on the status line"
keys d k
wait_status d "^-> $BASE/files/big\.zip .* ↓ [0-9]+ B " && selected d 5
ok $? "... the reader answers keys meanwhile (k moves the selection)"
keys d Escape
wait_status d "^Download cancelled: nothing was saved"; ok $? "Esc cancels the download"
wait_log "gone /drip"; ok $? "... the server sees the connection go"
files_are "$(printf '%s\n' ']2;pwned报名表.xlsx' 'butie (1).docx' 'butie.docx')"
ok $? "... and nothing of it is in the directory"

# ---- no link in focus; a file: link ----
keys d j; keys d j; keys d Enter
wait_row d 1 "海安科创新城活力勃发"
keys d d
wait_status d "^No link is selected: Tab selects one"; ok $? "d with no link in focus says so"
keys d q
wait_row d 1 "政务公开"
keys d q
wait_dead d

start f 100 24 XDG_DOWNLOAD_DIR="$DL" -- "file://$SITE/index.html"
wait_row f 1 "本地新闻"
keys f d
wait_status f "^Not downloading a file: link: only http\(s\) links are saved"
ok $? "a file: link is not downloaded"
keys f q
wait_dead f

# ---- ~/Downloads ----
start h 100 24 -- "$BASE/downloads.html"
wait_row h 1 "政务公开"
keys h d
wait_status h "^Saved to $tmp/Downloads/butie\.docx" && cmp -s "$tmp/docx" "$tmp/Downloads/butie.docx"
ok $? "no XDG_DOWNLOAD_DIR: ~/Downloads, made for it"

# ---- attachments in a story's text ----
DL=$tmp/dl2
start a 100 24 XDG_DOWNLOAD_DIR="$DL" -- "$BASE/notice.html"
wait_row a 1 "关于发放二〇二四年春耕补贴的通知"
screen_has a "附件1：柳溪镇二〇二四年春耕补贴发放名单 \[attachment \.docx\]"
ok $? "a story: the attachment linked in its text is marked"
keys a Tab
wait_status a "^-> $BASE/files/butie\.docx "; ok $? "Tab focuses it; the status line says where it goes"
keys a d
wait_status a "^Saved to $DL/butie\.docx" && cmp -s "$tmp/docx" "$DL/butie.docx"
ok $? "d saves it, its bytes whole"
keys a Tab
wait_status a "^-> $BASE/files/form "
keys a d
wait_status a "^Saved to $DL/\]2;pwned报名表\.xlsx" && files_are "$(printf '%s\n' ']2;pwned报名表.xlsx' 'butie.docx')"
ok $? "the next link in the text: its hostile name made safe, nothing else in the directory"
keys a BTab
wait_status a "^-> $BASE/files/butie\.docx "
keys a Enter
wait_status a "^Saved to $DL/butie \(1\)\.docx" && cmp -s "$tmp/docx" "$DL/butie (1).docx"
ok $? "Enter on an attachment saves it too (a .docx is no page to read), beside the first"

echo "1..$n"
[ "$failed" -eq 0 ]

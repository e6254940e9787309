#!/usr/bin/env python3
"""Author and published time against Readability's expected metadata
(../shared/corpus-readability/expected/*.json: byline, published).
usage: bench/readability_meta.py KANBAO [--per-page] [CORPUS_DIR]
Readability's byline is one convention and not always right (a related
story's byline, "Follow Author", a date): read the misses, not only the count.
A page counts only where Readability gives a value; where only kanbao
gives one, there is nothing to judge by, and the count is printed apart.
Author: equal after dropping 'By'/'Par', case, spacing and end punctuation,
or one containing the other, or the same writers listed ("A, B" as "A and B").  Published: same instant when both have a
time and zone; else the same date (and the same HH:MM when both have one)."""
import json, subprocess, sys, glob, os, re, datetime
from concurrent.futures import ThreadPoolExecutor
args = [a for a in sys.argv[1:] if not a.startswith('--')]
B = args[0]; per = '--per-page' in sys.argv
D = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../shared/corpus-readability')

def norm_author(s):
    if s is None: return None
    s = re.sub(r'\s+', ' ', s).strip().lower()
    s = re.sub(r'^(by|par|written by)\s+', '', s)
    s = s.strip(' —–-,.|·:')
    return s or None

def author_ok(e, k):
    e, k = norm_author(e), norm_author(k)
    if e is None or k is None: return e == k
    return e == k or e in k or k in e or writers(e) == writers(k)

def writers(s):
    return sorted(w.strip() for w in re.split(r',\s*and\s+|,\s*|\s+and\s+|\s*&\s*', s) if w.strip())

def parse(s):
    if s is None: return None
    m = re.match(r'(\d{4}-\d\d-\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?)?', s.strip())
    if not m: return None
    d, hh, mm, ss, z = m.groups()
    t = None
    if hh is not None:
        t = (int(hh), int(mm))
    inst = None
    if hh is not None and z is not None:
        off = 0 if z == 'Z' else (1 if z[0] == '+' else -1) * (int(z[1:3]) * 60 + int(z[-2:]))
        dt = datetime.datetime.fromisoformat(d) + datetime.timedelta(hours=int(hh), minutes=int(mm))
        inst = dt - datetime.timedelta(minutes=off)
    return d, t, inst

def pub_ok(e, k):
    pe, pk = parse(e), parse(k)
    if pe is None or pk is None: return pe == pk
    if pe[2] is not None and pk[2] is not None: return pe[2] == pk[2]
    if pe[0] != pk[0]: return False
    return pe[1] is None or pk[1] is None or pe[1] == pk[1]

def run(f):
    n = os.path.basename(f)[:-5]
    e = json.load(open(f))
    try:
        out = subprocess.run([B, '--dump', '--format=json', f'--base-url=http://example.com/{n}/',
                              f'{D}/pages/{n}.html'], capture_output=True, timeout=20).stdout
        d = json.loads(out)
    except Exception:
        d = {}
    return n, e, d

with ThreadPoolExecutor(2) as ex:
    res = list(ex.map(run, sorted(glob.glob(D + '/expected/*.json'))))
score = {'author': [0, 0, 0], 'published': [0, 0, 0]}
for n, e, d in res:
    for key, ek, ok in (('author', 'byline', author_ok), ('published', 'published', pub_ok)):
        ev, kv = e.get(ek), d.get(key)
        if ev is None:
            score[key][2] += kv is not None	# Readability has none to judge by
            continue
        good = ok(ev, kv)
        score[key][0] += good; score[key][1] += 1
        if per and not good:
            print(f'{n:30s} {key:9s} readability={ev!r:45.45s} kanbao={kv!r:.45s}')
print('meta: author %d/%d, published %d/%d where Readability gives one; '
      'kanbao gives one where it has none: author %d, published %d' %
      (score['author'][0], score['author'][1], score['published'][0], score['published'][1],
       score['author'][2], score['published'][2]))

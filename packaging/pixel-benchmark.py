#!/usr/bin/env python3
"""Driver of packaging/pixel-benchmark.sh: KEYPRESS_DIR RAW_JSONL; ROUNDS, KEYS, COMMITS from the
environment. Calibrates each window once (kp.calibrate: the pixels the letter 'a' changes in the
draft), then per round and subject, in alternating order: KEYS letters and BackSpaces, then COMMITS
Ctrl+Enter measured until the draft starts to clear, and COMMITS more followed at once by the next
turn's first letters, measured until the third is drawn. Each is timed from the key sent
(kp.measure). Writes every measurement to RAW_JSONL and prints the summary."""
import json, os, random, sys, time

sys.path.insert(0, sys.argv[1])
import kp  # noqa: E402  (opens $DISPLAY on import)

ROUNDS = int(os.environ.get('ROUNDS', 3))
KEYS = int(os.environ.get('KEYS', 60))
COMMITS = int(os.environ.get('COMMITS', 8))
# Window-relative rectangles that hold each draft and nothing else that changes with a key: for
# Shilu, right of the speaker's name and above the status bar (which shows counts and the clock).
ZONE = {'shilu': (150, 630, 1100, 728), 'bare': (0, 680, 1100, 760)}
raw = open(sys.argv[2], 'w')
pace = random.Random(7)


def record(**fields):
    raw.write(json.dumps(fields, ensure_ascii=False) + '\n')
    raw.flush()


def window(title):
    ids = kp.xdo('search', '--onlyvisible', '--name', title).split()
    if not ids:
        sys.exit('pixel-benchmark: no window ' + title)
    return int(ids[-1])


windows = {'shilu': window('^Shilu'), 'bare': window('^bare-fx$')}
kp.xdo('windowmove', str(windows['shilu']), '0', '0')
kp.xdo('windowmove', str(windows['bare']), '1200', '0')
time.sleep(2)
calibrated = {name: kp.calibrate(name, wid, log=lambda line: record(kind='calibration', info=line), zone=ZONE[name])
              for name, wid in windows.items()}
seen = {(name, kind): [] for name in windows for kind in ('key', 'commit', 'next')}
missed = {key: 0 for key in seen}


def take(name, kind, result):
    record(kind=kind, subject=name, **result)
    if result['lat'] is None:
        missed[(name, kind)] += 1
    else:
        seen[(name, kind)].append(result['lat'])


def order(round_no):
    return ['shilu', 'bare'] if round_no % 2 else ['bare', 'shilu']


for round_no in range(1, ROUNDS + 1):
    for name in order(round_no):
        cal = calibrated[name]
        kp.focus(windows[name])
        time.sleep(1.0)
        for _ in range(KEYS):
            take(name, 'key', kp.measure(cal, 'a', cal['ref1']))
            time.sleep(pace.uniform(0.05, 0.1))
            take(name, 'key', kp.measure(cal, 'BackSpace', cal['ref0']))
            time.sleep(pace.uniform(0.05, 0.1))
for name in windows:  # the calibration's 'kp' out of the drafts
    kp.focus(windows[name])
    time.sleep(0.5)
    kp.key('BackSpace')
    time.sleep(0.1)
    kp.key('BackSpace')
    time.sleep(0.3)
for round_no in range(1, ROUNDS + 1):
    for name in order(round_no):
        cal = calibrated[name]
        kp.focus(windows[name])
        time.sleep(1.0)
        for commit in range(2 * COMMITS):
            # No 'a' where the calibrated one stands, so that its pixels change when the draft clears
            # and again when the next turn's 'kpa' is typed.
            for letter in 'kp' + 'k' * 10:
                kp.key(letter)
                time.sleep(0.05)
            time.sleep(0.5)
            if commit % 2 == 0:
                take(name, 'commit', kp.measure(cal, 'Return', cal['ref0'], ctrl=True, timeout=8.0))
            else:
                # The operator goes on at once: the next turn's first letters sent right after
                # Ctrl+Enter, measured from the third ('a') until it is drawn in full.
                kp.key('Return', ctrl=True)
                kp.key('k')
                kp.key('p')
                result = kp.measure(cal, 'a', cal['ref1'], timeout=8.0)
                take(name, 'next', dict(result, lat=result['full']))
                time.sleep(0.8)
                for _ in range(3):  # the next turn's letters out of the draft again
                    kp.key('BackSpace')
                    time.sleep(0.05)
            time.sleep(0.8)


def quantile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


print('keypress to pixel, ms: %d rounds, %d letters and BackSpaces and 2 x %d Ctrl+Enter per subject a round;'
      % (ROUNDS, KEYS, COMMITS))
print('commit: until the draft starts to clear; next: the next turn typed at once, until its third letter is drawn')
print('                  n     p50     p90     p99   worst')
for (name, kind), values in seen.items():
    if not values:
        print('%-6s %-7s no change seen' % (name, kind))
        continue
    note = '   (%d with no change seen)' % missed[(name, kind)] if missed[(name, kind)] else ''
    print('%-6s %-7s %4d %7.1f %7.1f %7.1f %7.1f%s' % (name, kind, len(values), quantile(values, .5),
          quantile(values, .9), quantile(values, .99), max(values), note))
for kind in ('key', 'commit', 'next'):
    a, b = seen[('shilu', kind)], seen[('bare', kind)]
    if a and b:
        print('shilu ÷ bare, %-6s p50 %.2f  p90 %.2f' % (kind, quantile(a, .5) / quantile(b, .5), quantile(a, .9) / quantile(b, .9)))

#!/usr/bin/env python3
"""Medians (min-max) of xwatch runs named "off" and "on", and on / off, for every figure both have.

    python3 packaging/on-off-summary.py RESULTS WHAT

RESULTS holds one line per run: the run's name, a space, xwatch's JSON. Used by
publishing-benchmark.sh and sharing-benchmark.sh.
"""
import json, sys, statistics
runs = {}
for line in open(sys.argv[1]):
    name, _, data = line.partition(' ')
    runs.setdefault(name, []).append(json.loads(data))
def values(name, key, sub):
    out = []
    for r in runs.get(name, []):
        v = r.get(key)
        v = v.get(sub) if isinstance(v, dict) else None
        if isinstance(v, (int, float)):
            out.append(v)
    return out
keys = [(k, s) for k, v in runs['off'][0].items() if isinstance(v, dict) for s in v]
print('\nmedians (min–max) of', len(runs.get('off', [])), 'rounds,', sys.argv[2], 'off | on | on/off:')
for key, sub in keys:
    off, on = values('off', key, sub), values('on', key, sub)
    if off and on:
        ratio = statistics.median(on) / statistics.median(off) if statistics.median(off) else float('nan')
        print('  %s.%s: %.1f (%.1f–%.1f) | %.1f (%.1f–%.1f) | %.2f' % (key, sub, statistics.median(off), min(off),
              max(off), statistics.median(on), min(on), max(on), ratio))
for key in ('rss_mb',):
    off = [r[key] for r in runs['off'] if isinstance(r.get(key), (int, float))]
    on = [r[key] for r in runs['on'] if isinstance(r.get(key), (int, float))]
    if off and on:
        print('  %s: %.0f | %.0f' % (key, statistics.median(off), statistics.median(on)))

#!/usr/bin/env python3
"""The shape oracle: torch-tidy's inferred shapes against LibTorch's.

Usage: shape_oracle.py --clang-tidy X --load P --cxx C --compile-flags F --link-flags L SOURCE TEMP

SOURCE is made by gen_shape_chains.py. The engine's view of every
torch_tidy_show("label", t) call comes from the debug check
torchtidy-debug-shape; LibTorch's from running the program. Wherever the
engine claims a rank, the ranks must agree; wherever it claims a size (a
number, or a product of named sizes whose values the program prints), the
sizes must agree; wherever it claims a dtype, the dtypes must agree.
"""

import argparse
import math
import os
import re
import shlex
import subprocess
import sys

CASE_RE = re.compile(r'^\s*TORCH_TIDY_CASE\((\w+)\)')
SHOW_RE = re.compile(r'torch_tidy_show\("(\w+)"')
DIAG_RE = re.compile(r'^(.*):(\d+):\d+: warning: shape (\[.*\]) dtype (\S+) \[torchtidy-debug-shape\]$')


def run(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def parse_sizes(text):
    text = text.strip()[1:-1].strip()
    return [t.strip() for t in text.split(',')] if text else []


def value_of(dim, ints):
    """The value of an engine size ('5', 'n', '2*n'), or None when unknown."""
    if dim == '?':
        return None
    total = 1
    for factor in dim.split('*'):
        if re.fullmatch(r'-?\d+', factor):
            total *= int(factor)
        elif factor in ints:
            total *= ints[factor]
        else:
            return None
    return total


def main():
    p = argparse.ArgumentParser()
    for opt in ('--clang-tidy', '--load', '--cxx', '--compile-flags', '--link-flags'):
        p.add_argument(opt, required=True)
    p.add_argument('source')
    p.add_argument('temp')
    a = p.parse_args()
    flags = shlex.split(a.compile_flags)

    # Where each probe is.
    probes, case = {}, None
    with open(a.source, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            m = CASE_RE.match(line)
            if m:
                case = m.group(1)
            m = SHOW_RE.search(line)
            if m and case:
                probes[number] = (case, m.group(1))

    lint = run([a.clang_tidy, '--load=' + a.load, '--checks=-*,torchtidy-debug-shape',
                '--header-filter=^$', a.source, '--'] + flags)
    inferred = {}
    for line in lint.stdout.splitlines():
        m = DIAG_RE.match(line)
        if m and int(m.group(2)) in probes:
            inferred[probes[int(m.group(2))]] = (parse_sizes(m.group(3)), m.group(4))
    if 'error:' in lint.stdout and not inferred:
        sys.exit('clang-tidy failed:\n' + lint.stdout[-3000:])

    exe = a.temp + '.bin'
    build = run([a.cxx] + flags + ['-DTORCH_TIDY_CASES_MAIN', a.source, '-o', exe] +
                shlex.split(a.link_flags))
    if build.returncode != 0:
        sys.exit('compiling failed:\n' + build.stdout[-3000:])
    result = run([exe])
    actual, ints = {}, {}
    for line in result.stdout.splitlines():
        parts = line.split('\t')
        if parts[0] == 'SHOW' and len(parts) == 5:
            actual[(parts[1], parts[2])] = (parse_sizes(parts[3]), parts[4])
        elif parts[0] == 'SHOWINT' and len(parts) == 4:
            ints.setdefault(parts[1], {})[parts[2]] = int(parts[3])

    failures = []
    ranks = sizes_checked = dtypes = full = 0
    for key, (dims, dtype) in sorted(inferred.items()):
        if key not in actual:
            continue  # the chain threw before this step
        real_dims, real_dtype = actual[key]
        where = '%s %s: engine %s %s, LibTorch [%s] %s' % (
            key[0], key[1], '[' + ', '.join(dims) + ']', dtype, ', '.join(real_dims), real_dtype)
        if dims != ['...'] and not (len(dims) == 1 and dims[0] == '...'):
            ranks += 1
            if len(dims) != len(real_dims):
                failures.append('rank: ' + where)
                continue
            known = 0
            for d, r in zip(dims, real_dims):
                v = value_of(d, ints.get(key[0], {}))
                if v is None:
                    continue
                known += 1
                sizes_checked += 1
                if v != int(r):
                    failures.append('size: ' + where)
                    break
            full += known == len(dims)
        if dtype != '?':
            dtypes += 1
            if dtype != real_dtype:
                failures.append('dtype: ' + where)
    print('%d probes run, %d with a shape inferred: %d ranks, %d sizes and %d dtypes '
          'compared, %d shapes fully known, %d disagreements' % (
              len(actual), len(inferred), ranks, sizes_checked, dtypes, full, len(failures)))
    for f in failures[:50]:
        print('  ' + f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())

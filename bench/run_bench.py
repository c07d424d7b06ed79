#!/usr/bin/env python3
"""Measures the shape engine's cost (docs/performance.md records the numbers).

1. Analysis time per function size: functions of 1k, 2k, 4k and 8k tensor
   statements with branches and loops (gen_bench.py), each linted on the
   mirror headers with --enable-check-profile; the time of the torch-*
   checks is the analysis of that one function plus matching. The same
   headers without the function give the matching's floor, and the
   difference is what the function costs.
2. The torch-* checks' share of a whole clang-tidy run on real LibTorch
   translation units (no precompiled header): examples/classifier_labels.cpp,
   and bench/whole_program.cpp, a whole training program (a dataset, a data
   loader, a model, a training loop templated on its loader, a helper).

Usage: bench/run_bench.py [--build build] [--repeat 3] [--real-only]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# --enable-check-profile rows: user, system, user+system, wall, name. The
# user+system column is what the checks cost, whatever else the machine runs.
ROW = re.compile(r'^\s*[\d.]+ \(.*\)\s+[\d.]+ \(.*\)\s+([\d.]+) \(.*\)\s+[\d.]+ \(.*\)\s+(\S+)\s*$')


def clang_tidy_for(build):
    with open(os.path.join(build, 'test', 'lit.site.cfg.py')) as f:
        text = f.read()
    get = lambda key: re.search(r"^config\.%s = '(.*)'$" % key, text, re.M).group(1)
    return get('clang_tidy'), get('plugin'), get('torch_flags')


def profile(tidy, plugin, source, flags):
    cmd = [tidy, '--load=' + plugin, '--checks=-*,torch-*', '--enable-check-profile',
           '--quiet', source, '--'] + flags
    before = os.times()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
    after = os.times()
    # CPU time of the whole clang-tidy run (the child's user + system).
    wall = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    checks = 0.0
    for line in out.splitlines():
        m = ROW.match(line)
        if m and m.group(2).startswith('torch-'):
            checks += float(m.group(1))
    return wall, checks


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--build', default=os.path.join(ROOT, 'build'))
    p.add_argument('--repeat', type=int, default=3)
    p.add_argument('--real-only', action='store_true',
                   help='only part 2, the real LibTorch translation units')
    args = p.parse_args()
    tidy, plugin, torch_flags = clang_tidy_for(args.build)
    mirror = ['-std=c++17', '-isystem', os.path.join(ROOT, 'test', 'Inputs', 'mirror')]

    if not args.real_only:
        sizes(args, tidy, plugin, mirror)
    for example in (os.path.join(ROOT, 'examples', 'classifier_labels.cpp'),
                    os.path.join(ROOT, 'bench', 'whole_program.cpp')):
        real_share(args, tidy, plugin, torch_flags, example)


def sizes(args, tidy, plugin, mirror):
    print('== analysis time per function size (%s, best of %d)' % (os.path.basename(tidy), args.repeat))
    with tempfile.TemporaryDirectory() as tmp:
        # The same headers without the function: what matching the headers'
        # declarations costs the torch-* checks, whatever the function.
        empty = os.path.join(tmp, 'empty.cpp')
        with open(empty, 'w') as f:
            f.write('#include <torch/torch.h>\n')
        floor = min(profile(tidy, plugin, empty, mirror)[1] for _ in range(args.repeat))
        print('headers alone: torch-* %.3f s of CPU (matching their declarations)' % floor)
        print('%8s %14s %14s %12s' % ('stmts', 'torch-* (CPU s)', 'the function', 'ratio to 1k'))
        base = None
        for n in (1000, 2000, 4000, 8000):
            src = os.path.join(tmp, 'bench%d.cpp' % n)
            with open(src, 'w') as f:
                f.write(subprocess.run([sys.executable, os.path.join(ROOT, 'bench', 'gen_bench.py'), str(n)],
                                       stdout=subprocess.PIPE, text=True, check=True).stdout)
            best = min(profile(tidy, plugin, src, mirror)[1] for _ in range(args.repeat))
            own = max(best - floor, 0.0)
            base = base or own
            print('%8d %14.3f %14.3f %12.2f' % (n, best, own, own / base if base else 0))



def real_share(args, tidy, plugin, torch_flags, example):
    print('== share of a whole run on a real LibTorch translation unit')
    runs = [profile(tidy, plugin, example, torch_flags.split()) for _ in range(args.repeat)]
    wall, checks = min(runs)
    print('%s: whole run %.2f s of CPU, torch-* checks %.3f s by '
          '--enable-check-profile (%.1f%%)' % (
              os.path.relpath(example, ROOT), wall, checks, 100 * checks / wall))
    # The profile times every matcher on every node, which itself costs; the
    # plain difference to a run of one trivial clang-tidy check says what
    # the torch-* checks add.
    def plain(checks):
        cmd = [tidy, '--load=' + plugin, '--checks=-*,' + checks, '--quiet',
               example, '--'] + torch_flags.split()
        before = os.times()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = os.times()
        return (after.children_user - before.children_user) + \
               (after.children_system - before.children_system)
    # Paired: each repetition runs both, one after the other.
    pairs = [(plain('readability-else-after-return'), plain('torch-*'))
             for _ in range(args.repeat)]
    base = min(b for b, _ in pairs)
    ours = min(o for _, o in pairs)
    print('without profiling: torch-* run %.2f s of CPU, a run of '
          'readability-else-after-return alone %.2f s: %+.2f s (%+.1f%%)' % (
              ours, base, ours - base, 100 * (ours - base) / base))


if __name__ == '__main__':
    main()

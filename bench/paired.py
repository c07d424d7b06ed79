#!/usr/bin/env python3
"""Paired runs: the torch-* checks against one cheap check on the same real
LibTorch translation unit, alternating, in one run. Prints each pair's CPU
and wall time and the medians of the differences.

  python3 bench/paired.py [--pairs N] [--source bench/whole_program.cpp]
                          [--build build] [--llvm 19]
"""
import argparse
import os
import statistics
import subprocess
import time

TORCH_FLAGS = ['-std=c++17', '-D_GLIBCXX_USE_CXX11_ABI=1',
               '-I/usr/include/torch/csrc/api/include']


def run(tidy, plugin, checks, source):
    before, start = os.times(), time.time()
    subprocess.run([tidy, '--load=' + plugin, '--checks=-*,' + checks, source,
                    '--'] + TORCH_FLAGS,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = os.times()
    cpu = (after.children_user + after.children_system) - \
        (before.children_user + before.children_system)
    return cpu, time.time() - start


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--pairs', type=int, default=5)
    p.add_argument('--source', default='bench/whole_program.cpp')
    p.add_argument('--build', default='build')
    p.add_argument('--llvm', default='19')
    p.add_argument('--baseline', default='readability-else-after-return')
    args = p.parse_args()
    tidy = 'clang-tidy-' + args.llvm
    plugin = os.path.join(args.build, 'lib', 'TorchTidy.so')
    wall, cpu = [], []
    for i in range(args.pairs):
        a = run(tidy, plugin, args.baseline, args.source)
        b = run(tidy, plugin, 'torch-*', args.source)
        wall.append(100 * (b[1] - a[1]) / a[1])
        cpu.append(100 * (b[0] - a[0]) / a[0])
        print('pair %d: %s %.2f s wall (%.2f s CPU), torch-* %.2f s wall '
              '(%.2f s CPU): %+.1f%% wall' % (i, args.baseline, a[1], a[0],
                                              b[1], b[0], wall[-1]), flush=True)
    print('median: %+.1f%% wall, %+.1f%% CPU (wall from %+.1f%% to %+.1f%%)' %
          (statistics.median(wall), statistics.median(cpu), min(wall), max(wall)))


if __name__ == '__main__':
    main()

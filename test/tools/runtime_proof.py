#!/usr/bin/env python3
"""Proves torch-tidy's verdicts by running the code against real LibTorch.

Usage:
  runtime_proof.py [options] SOURCE TEMP

SOURCE defines cases with TORCH_TIDY_CASE(name) (test/Inputs/real/
torch_tidy_cases.h). The script
  1. lints SOURCE with the plugin and notes, per case, each warning of the
     checked checks and the LibTorch message its note predicts;
  2. applies the fix-its to a copy;
  3. compiles SOURCE and the fixed copy against real LibTorch and runs every
     case of both;
  4. fails unless
     - every warning's case throws exactly the predicted message,
     - no case without a warning throws an error of the checked checks
       (--mode=oracle), or, in --mode=examples, every such case runs
       without error,
     - every case the fix-its changed runs without the error it had
       (in --mode=examples: without any error).
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

# The LibTorch errors each check predicts (messages as LibTorch 1.13 words them).
CHECK_ERRORS = {
    'torch-loss-target-rank': [
        r'0D or 1D target tensor expected, multi-target not supported',
        r'only batches of spatial targets supported \(3D tensors\)',
    ],
}

CASE_RE = re.compile(r'^\s*TORCH_TIDY_CASE\((\w+)\)')
DIAG_RE = re.compile(r'^(.*):(\d+):(\d+): (warning|note|error): (.*?)(?: \[([\w,.-]+)\])?$')
NOTE_RE = re.compile(r"^LibTorch throws '(.*)' here$")


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def read_cases(path):
    cases = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            m = CASE_RE.match(line)
            if m:
                cases.append((m.group(1), number))
    return cases


def case_at(cases, line):
    owner = None
    for name, start in cases:
        if start <= line:
            owner = name
    return owner


def lint(args, source, fix):
    cmd = [args.clang_tidy, '--load=' + args.load, '--checks=-*,' + args.checks,
           '--header-filter=^$']
    if fix:
        cmd.append('--fix')
    cmd += [source, '--'] + shlex.split(args.compile_flags)
    result = run(cmd)
    if 'error:' in result.stdout and 'Found compiler error' in result.stdout:
        sys.exit('clang-tidy found compile errors:\n' + result.stdout)
    return result.stdout


def parse_warnings(output, source, cases, checks):
    """[(case, line, message, predicted LibTorch message or None)]"""
    base = os.path.basename(source)
    found = []
    for line in output.splitlines():
        m = DIAG_RE.match(line)
        if not m or os.path.basename(m.group(1)) != base:
            continue
        kind, text, check = m.group(4), m.group(5), m.group(6)
        if kind == 'warning' and check in checks:
            found.append([case_at(cases, int(m.group(2))), int(m.group(2)), text, None])
        elif kind == 'note' and found and found[-1][3] is None:
            n = NOTE_RE.match(text)
            if n:
                found[-1][3] = n.group(1)
    return found


def build_and_run(args, source, exe):
    cmd = [args.cxx] + shlex.split(args.compile_flags) + [
        '-DTORCH_TIDY_CASES_MAIN', source, '-o', exe] + shlex.split(args.link_flags)
    result = run(cmd)
    if result.returncode != 0:
        return None, 'compiling %s failed:\n%s' % (source, result.stdout)
    result = run([exe])
    outcomes = {}
    for line in result.stdout.splitlines():
        parts = line.split('\t')
        if len(parts) == 5 and parts[0] == 'CASE':
            outcomes[parts[1]] = (parts[3], parts[4])
    if result.returncode != 0:
        return None, 'running %s failed (%d):\n%s' % (exe, result.returncode, result.stdout[-4000:])
    return outcomes, None


def changed_cases(original, fixed, cases):
    with open(original, encoding='utf-8') as f:
        a = f.read().splitlines()
    with open(fixed, encoding='utf-8') as f:
        b = f.read().splitlines()
    changed = set()
    for number, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            changed.add(case_at(cases, number))
    if len(a) != len(b):
        changed.add('<line count changed>')
    return changed


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--clang-tidy', required=True)
    p.add_argument('--load', required=True)
    p.add_argument('--cxx', required=True)
    p.add_argument('--compile-flags', required=True)
    p.add_argument('--link-flags', required=True)
    p.add_argument('--checks', required=True, help='comma-separated torch-* checks')
    p.add_argument('--mode', choices=['examples', 'oracle'], default='examples')
    p.add_argument('source')
    p.add_argument('temp')
    args = p.parse_args()

    checks = args.checks.split(',')
    patterns = [re.compile(r) for c in checks for r in CHECK_ERRORS.get(c, [])]
    cases = read_cases(args.source)
    if not cases:
        sys.exit('no TORCH_TIDY_CASE in ' + args.source)
    os.makedirs(os.path.dirname(os.path.abspath(args.temp)) or '.', exist_ok=True)

    original = args.temp + '.cpp'
    fixed = args.temp + '.fixed.cpp'
    with open(args.source, encoding='utf-8') as f:
        text = f.read()
    for path in (original, fixed):
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
    include_dir = os.path.dirname(os.path.abspath(args.source))
    args.compile_flags += ' -I' + shlex.quote(include_dir)

    warnings = parse_warnings(lint(args, original, fix=False), original, cases, checks)
    lint(args, fixed, fix=True)
    changed = changed_cases(original, fixed, cases)

    with ThreadPoolExecutor(max_workers=2) as pool:
        before_job = pool.submit(build_and_run, args, original, args.temp + '.bin')
        after_job = pool.submit(build_and_run, args, fixed, args.temp + '.fixed.bin')
        before, err1 = before_job.result()
        after, err2 = after_job.result()
    if err1 or err2:
        sys.exit(err1 or err2)

    failures = []
    warned = {}
    for case, line, message, predicted in warnings:
        warned.setdefault(case, []).append((line, message, predicted))
    for name, _ in cases:
        if name not in before or name not in after:
            failures.append('%s: did not run' % name)
    for name, _ in cases:
        outcome, message = before.get(name, ('?', ''))
        if name in warned:
            for line, text, predicted in warned[name]:
                if predicted is None:
                    failures.append('%s:%d: warning without a predicted LibTorch message' % (name, line))
                elif outcome != 'throws' or message != predicted:
                    failures.append("%s:%d: predicted '%s' but LibTorch %s '%s'" % (
                        name, line, predicted, outcome, message))
        else:
            if args.mode == 'examples' and outcome == 'throws':
                failures.append("%s: no warning, but LibTorch throws '%s'" % (name, message))
            if outcome == 'throws' and any(pt.match(message) for pt in patterns):
                failures.append("%s: missed: LibTorch throws '%s'" % (name, message))
        if name in changed:
            new_outcome, new_message = after.get(name, ('?', ''))
            if args.mode == 'examples' and new_outcome == 'throws':
                failures.append("%s: after the fix-it LibTorch throws '%s'" % (name, new_message))
            if new_outcome == 'throws' and new_message == message:
                failures.append("%s: the fix-it did not remove '%s'" % (name, message))
    if '<line count changed>' in changed:
        failures.append('a fix-it changed the number of lines')

    print('%s: %d cases, %d warned and confirmed by LibTorch, %d fixed and rerun' % (
        os.path.basename(args.source), len(cases),
        len([c for c in warned if c in before]) - len([f for f in failures if 'predicted' in f]),
        len(changed)))
    if failures:
        print('FAILURES:\n  ' + '\n  '.join(failures))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

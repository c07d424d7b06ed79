#!/usr/bin/env python3
"""Proves torch-tidy's verdicts by running the code against real LibTorch.

Usage:
  runtime_proof.py [options] SOURCE TEMP

SOURCE defines cases with TORCH_TIDY_CASE(name) (test/Inputs/real/
torch_tidy_cases.h). The script
  1. lints a copy of SOURCE with the plugin and --fix, noting per case each
     warning of the checked checks and what its note says LibTorch does:
     throws '<message>', warns '<warning>', or silently broadcasts;
  2. compiles SOURCE against real LibTorch (while linting) and runs every
     case; then compiles and runs the cases the fix-its changed;
  3. fails unless
     - every warning's case does what its note predicts: throws exactly the
       predicted message; or runs, warning as predicted or in silence, and
       (with --mode=oracle) broadcasts to a bigger shape;
     - (--mode=oracle) every case where LibTorch throws an error is warned
       by the one check its error class maps to (CHECK_ERRORS), every case
       that broadcasts to a bigger shape by torch-loss-broadcast, and every
       clean run by no check; (--mode=examples) every case without a
       warning runs without error;
     - every case a fix-it changed runs without error, and without an
       enlarging broadcast.

In --mode=oracle each case carries a `// @grid` line (gen_loss_grid.py):
`evidence` says how an enlarging broadcast shows at run time: `output`
(the output's shape with reduction=none differs from the input's),
`resize` (LibTorch warns that it resized the output), `operands`
(LibTorch's broadcast of the operands differs from the input's shape;
after a fix-it: the output matches the `reference` case, whose target is
shaped like the input), `sibling` (as the same case with reduction=none),
or `none`.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

# The LibTorch errors each check reports (messages as LibTorch 1.13 words
# them). Every error a loss raises is in exactly one list.
CHECK_ERRORS = {
    'torch-loss-target-rank': [
        r'0D or 1D target tensor expected, multi-target not supported',
        r'only batches of spatial targets supported \(3D tensors\)',
        r'inconsistent target size, got: ',
    ],
    'torch-loss-target-dtype': [
        r'Expected floating point type for target with class probabilities',
        r'ignore_index is not supported for floating point target',
        r'expected scalar type Long but found ',
        r'Found dtype \w+ but expected \w+',
        r"result type \w+ can't be cast to the desired output type",
        r'kl_div: Integral inputs not supported',
        r'(input|target)_lengths must be integral',
    ],
    'torch-loss-target-shape': [
        r'Expected input batch_size \(',
        r'size mismatch \(got input: ',
        r'Expected target size ',
        r'Expected \d+ or more dimensions',
        r'input tensor should be 1D or 2D',
        r'only batches of spatial inputs supported',
        r'Dimension out of range',
        r'Dimension specified as -?\d+ but tensor has no dimensions',
        r'Using a target size \(.*\) is deprecated',
        r'Target size \(.*\) must be the same as input size',
        r'The size of tensor a \(\d+\) must match the size of tensor b',
        r"output with shape \[.*\] doesn't match the broadcast shape",
        r'Expected non-empty vector or matrix',
        r"inconsistent size \[.*\] for argument #2 'target'",
        r'[01]D target tensor expects [12]D input tensors',
        r'margin_ranking_loss : All input tensors should have same dimension',
        r'All inputs should have same dimension',
        r'Expected 3-dimensional tensor, but got',
        r'Expected 1 to 2 dimensions, but got',
        r'(input|target)_lengths must be of size batch_size',
        r'Expected tensor to have size',
        r'Expected input_lengths to have value at most',
    ],
}
BROADCAST = 'torch-loss-broadcast'
# Warnings about shapes; others (KLDiv's note on 'mean') do not count.
SHAPE_WARNINGS = [re.compile(r'Using a target size \(.*\) that is different'),
                  re.compile(r'An output with one or more elements was resized')]
RESIZE = SHAPE_WARNINGS[1]

CASE_RE = re.compile(r'^\s*TORCH_TIDY_CASE\((\w+)\)')
GRID_RE = re.compile(r'^// @grid (.*)$')
DIAG_RE = re.compile(r'^(.*):(\d+):(\d+): (warning|note|error): (.*?)(?: \[([\w,.-]+)\])?$')
NOTE_RES = [
    ('throws', re.compile(r"^LibTorch throws '(.*)' here$")),
    ('warns', re.compile(r"^LibTorch warns '(.*)' here$")),
    ('silent', re.compile(r'^LibTorch silently broadcasts to (\[.*\]) here$')),
]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kw)


def check_of(message):
    for check, patterns in CHECK_ERRORS.items():
        if any(re.search(p, message) for p in patterns):
            return check
    return None


def read_cases(path):
    """[(name, line)], {name: grid metadata}"""
    cases, grid, pending = [], {}, None
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            g = GRID_RE.match(line)
            if g:
                pending = dict(kv.split('=', 1) for kv in g.group(1).split())
                continue
            m = CASE_RE.match(line)
            if m:
                cases.append((m.group(1), number))
                if pending is not None:
                    grid[m.group(1)] = pending
                pending = None
    return cases, grid


def case_at(cases, line):
    owner = None
    for name, start in cases:
        if start <= line:
            owner = name
    return owner


def lint_and_fix(args, source):
    """Lints SOURCE and applies the fix-its to it, in one run."""
    cmd = [args.clang_tidy, '--load=' + args.load, '--checks=-*,' + args.checks,
           '--header-filter=^$', '--fix']
    cmd += shlex.split(args.tidy_args)
    cmd += [source, '--'] + shlex.split(args.compile_flags)
    result = run(cmd)
    if 'Found compiler error' in result.stdout:
        sys.exit('clang-tidy found compile errors:\n' + result.stdout)
    return result.stdout


def parse_warnings(output, source, cases, checks):
    """[[case, line, check, text, (kind, predicted) or None]]"""
    base = os.path.basename(source)
    found = []
    for line in output.splitlines():
        m = DIAG_RE.match(line)
        if not m or os.path.basename(m.group(1)) != base:
            continue
        kind, text, check = m.group(4), m.group(5), m.group(6)
        if kind == 'warning' and check in checks:
            found.append([case_at(cases, int(m.group(2))), int(m.group(2)),
                          check, text, None])
        elif kind == 'note' and found and found[-1][4] is None:
            for what, pattern in NOTE_RES:
                n = pattern.match(text)
                if n:
                    found[-1][4] = (what, n.group(1))
    return found


def build_and_run(args, source, exe):
    cmd = [args.cxx] + shlex.split(args.compile_flags) + [
        '-DTORCH_TIDY_CASES_MAIN', source, '-o', exe] + shlex.split(args.link_flags)
    result = run(cmd)
    if result.returncode != 0:
        return None, 'compiling %s failed:\n%s' % (source, result.stdout[-8000:])
    result = run([exe])
    outcomes = {}
    for line in result.stdout.splitlines():
        parts = line.split('\t')
        if len(parts) == 7 and parts[0] == 'CASE':
            outcomes[parts[1]] = {'outcome': parts[3], 'message': parts[4],
                                  'output': parts[5], 'broadcast': parts[6]}
    if result.returncode != 0:
        return None, 'running %s failed (%d):\n%s' % (exe, result.returncode,
                                                     result.stdout[-4000:])
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


def extract(fixed, cases, changed, out):
    """Writes the prologue of FIXED and its changed cases only to OUT (the
    cases of a generated grid stand alone)."""
    with open(fixed, encoding='utf-8') as f:
        lines = f.read().splitlines()
    starts = [line for _, line in cases]
    kept = lines[:starts[0] - 1]
    for i, (name, start) in enumerate(cases):
        end = starts[i + 1] - 1 if i + 1 < len(cases) else len(lines)
        if name in changed:
            kept += lines[start - 1:end]
    with open(out, 'w', encoding='utf-8') as f:
        f.write('\n'.join(kept) + '\n')


def squash(sizes):
    return sizes.replace(' ', '')


def warnings_of(run_):
    if run_['outcome'] != 'warns':
        return []
    return run_['message'].split(' || ')


def enlarges(name, runs, grid, fallback=None):
    """Whether the case ran and broadcast to a bigger shape, as far as the
    run shows it; None when the case did not run."""
    r = runs.get(name) or (fallback or {}).get(name)
    if r is None or r['outcome'] == 'throws':
        return None
    meta = grid.get(name, {})
    evidence = meta.get('evidence', 'none')
    if evidence == 'output':
        return r['output'] != '-' and squash(r['output']) != meta['input']
    if evidence == 'resize':
        return any(RESIZE.search(w) for w in warnings_of(r))
    if evidence == 'operands':
        return r['broadcast'] not in ('-', 'x') and squash(r['broadcast']) != meta['input']
    if evidence == 'sibling':
        return enlarges(meta.get('sibling'), runs, grid, fallback)
    return False


def enlarges_after_fix(name, after, before, grid):
    """The same question for a case run after its fix-it."""
    meta = grid.get(name, {})
    if meta.get('evidence') == 'operands':
        # The operands were recorded before the (repaired) call: compare
        # the output with the call whose target is shaped like the input.
        ref = before.get(meta.get('reference', ''))
        return ref is None or squash(after[name]['output']) != squash(ref['output'])
    return bool(enlarges(name, after, grid, fallback=before))


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--clang-tidy', required=True)
    p.add_argument('--load', required=True)
    p.add_argument('--cxx', required=True)
    p.add_argument('--compile-flags', required=True)
    p.add_argument('--link-flags', required=True)
    p.add_argument('--checks', required=True, help='comma-separated torch-* checks')
    p.add_argument('--tidy-args', default='', help='more clang-tidy arguments')
    p.add_argument('--mode', choices=['examples', 'oracle'], default='examples')
    p.add_argument('source')
    p.add_argument('temp')
    args = p.parse_args()

    checks = args.checks.split(',')
    cases, grid = read_cases(args.source)
    if not cases:
        sys.exit('no TORCH_TIDY_CASE in ' + args.source)
    if args.mode == 'oracle' and len(grid) != len(cases):
        sys.exit('--mode=oracle needs a // @grid line before every case')
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

    with ThreadPoolExecutor(max_workers=2) as pool:
        before_job = pool.submit(build_and_run, args, original, args.temp + '.bin')
        output = lint_and_fix(args, fixed)
        warnings = parse_warnings(output, fixed, cases, checks)
        changed = changed_cases(original, fixed, cases)
        rerun = fixed
        if args.mode == 'oracle':
            rerun = args.temp + '.changed.cpp'
            extract(fixed, cases, changed, rerun)
        after, err2 = ({}, None)
        if changed - {'<line count changed>'}:
            after, err2 = build_and_run(args, rerun, args.temp + '.fixed.bin')
        before, err1 = before_job.result()
    if err1 or err2:
        sys.exit(err1 or err2)

    failures = []
    warned = {}
    for case, line, check, message, predicted in warnings:
        warned.setdefault(case, []).append((line, check, message, predicted))
    confirmed = 0
    for name, _ in cases:
        r = before.get(name)
        if r is None:
            failures.append('%s: did not run' % name)
            continue
        outcome, message = r['outcome'], r['message']
        grown = enlarges(name, before, grid) if args.mode == 'oracle' else None
        if outcome == 'throws':
            expected = check_of(message) or 'unclassified'
        elif grown:
            expected = BROADCAST
        else:
            expected = None
        if expected == 'unclassified':
            failures.append("%s: LibTorch error of no check: '%s'" % (name, message))
        mine = [w for w in warned.get(name, []) if w[1] in checks]
        if len(mine) > 1:
            failures.append('%s: %d warnings' % (name, len(mine)))
        for line, check, text, predicted in mine:
            if predicted is None:
                failures.append('%s:%d: warning without a prediction' % (name, line))
                continue
            what, said = predicted
            if what == 'throws':
                if outcome != 'throws' or message != said:
                    failures.append("%s:%d: [%s] predicted '%s' but LibTorch %s '%s'" % (
                        name, line, check, said, outcome, message))
                    continue
            else:
                shape_warnings = [w for w in warnings_of(r)
                                  if any(p.search(w) for p in SHAPE_WARNINGS)]
                if outcome == 'throws':
                    failures.append("%s:%d: [%s] predicted a run, but LibTorch throws '%s'" % (
                        name, line, check, message))
                    continue
                if what == 'warns' and not any(w.startswith(said) for w in shape_warnings):
                    failures.append("%s:%d: predicted the warning '%s', LibTorch warned %s" % (
                        name, line, said, shape_warnings))
                    continue
                if what == 'silent' and shape_warnings:
                    failures.append("%s:%d: predicted silence, LibTorch warned %s" % (
                        name, line, shape_warnings))
                    continue
                if args.mode == 'oracle' and not grown:
                    failures.append('%s:%d: predicted a broadcast to %s; the run shows none' % (
                        name, line, said if what == 'silent' else 'a bigger shape'))
                    continue
            if args.mode == 'oracle' and check != expected:
                failures.append("%s:%d: reported by %s, but LibTorch's outcome maps to %s" % (
                    name, line, check, expected))
                continue
            confirmed += 1
        if not mine:
            if args.mode == 'examples' and outcome == 'throws':
                failures.append("%s: no warning, but LibTorch throws '%s'" % (name, message))
            elif expected in checks:
                what = ("LibTorch throws '%s'" % message if outcome == 'throws'
                        else 'the loss broadcasts to a bigger shape')
                failures.append('%s: missed by %s: %s' % (name, expected, what))
        if name in changed:
            a = after.get(name)
            if a is None:
                failures.append('%s: did not run after its fix-it' % name)
            elif a['outcome'] == 'throws':
                failures.append("%s: after the fix-it LibTorch throws '%s'" % (
                    name, a['message']))
            elif args.mode == 'oracle' and enlarges_after_fix(name, after, before, grid):
                failures.append('%s: after the fix-it the loss still broadcasts' % name)
    if '<line count changed>' in changed:
        failures.append('a fix-it changed the number of lines')

    fixed_count = len(changed - {'<line count changed>'})
    print('%s: %d cases, %d warned and confirmed by LibTorch, %d fixed and rerun, '
          '%d disagreements' % (os.path.basename(args.source), len(cases), confirmed,
                                fixed_count, len(failures)))
    if failures:
        print('FAILURES:\n  ' + '\n  '.join(failures[:300]))
        if len(failures) > 300:
            print('  ... and %d more' % (len(failures) - 300))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""The broken-code fuzzer: seeded mutants of real programs, each linted.

    broken_code_fuzz.py --torch-tidy=build/bin/torch-tidy \
        --mirror=test/Inputs/mirror --clangxx=clang++-19 --work=/tmp/fuzz \
        [--seed=N] [--seconds=S] [--max-mutants=N] [--jobs=J] [--batch=K] \
        SEED_FILE_OR_DIR...

Seeds are C++ programs (directories are searched for *.cpp). Mutant i is
made from seed file i mod len(seeds) by a random.Random seeded with
(--seed, i): deterministic, so one mutant can be made again with
--only=i. Each mutant has one to three edits: a line deleted, duplicated or
swapped with another, a token deleted or duplicated, the file cut short, a
number made huge (INT64_MAX, INT64_MIN, 2^64, 1e300) or negative, a brace,
parenthesis or semicolon dropped.

The mutants are linted by the standalone driver (or clang-tidy with the
plugin, --load) on the mirror headers, with a clang precompiled header of
the mirror <torch/torch.h> and the standard headers the seeds include.
Parsing those headers costs most of a lint (about 0.4 s), so a batch of
mutants shares one translation unit: each mutant is put in its own
namespace (`namespace fuzz_m<i> { <mutant> }`; the headers it includes are
already in the PCH, so their include guards make the includes no-ops). A
mutant that would swallow the ones after it (an unterminated block comment
or raw string, unbalanced #if/#endif, a trailing backslash) is linted in a
translation unit of its own. A batch that fails is linted again one mutant
at a time to find the mutant; if no mutant fails alone, the whole batch is
the failing input. A mutant fails the run when the linter is killed by a signal
(exit status > 128 or negative), prints LLVM's crash report ('Stack dump',
'PLEASE submit a bug report'), a sanitizer report ('ERROR:
AddressSanitizer', 'runtime error:', ...), or takes longer than --timeout
seconds. Exit status 1 (compile errors) is normal. Every failing mutant is
written to the work directory and its path printed; if the same mutant also
fails with the torch checks off, it is clang's own failure and is reported
separately (it does not fail the run unless --strict-clang).

Prints the number of mutants run; exits 1 on any failure.
"""

import argparse
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import threading
import time

HUGE_NUMBERS = [
    '9223372036854775807', '-9223372036854775807 - 1', '9223372036854775808',
    '18446744073709551615', '4294967296', '2147483648', '1e300', '-1e300',
    '-1', '-2', '0', '-9223372036854775807', '3037000500', '1ull << 63',
]

TOKEN_RE = re.compile(
    r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|'
    r'[A-Za-z_][A-Za-z0-9_]*|'
    r'\d[\w.\']*|'
    r'::|->|<<|>>|&&|\|\||[=!<>+\-*/]=|\+\+|--|\S')
NUMBER_RE = re.compile(r'(?<![\w.])\d[\w.\']*')

# At the start of a line: the mutant's own text comes back in diagnostics'
# source excerpts ('   14 | // ... Stack dump ...'), which must not count.
CRASH_MARKERS = [(m, re.compile(r, re.M)) for m, r in [
    ('Stack dump', r'^Stack dump:'),
    ('PLEASE submit a bug report', r'^PLEASE submit a bug report'),
    ('AddressSanitizer', r'^(==\d+==)?ERROR: (Address|Leak)Sanitizer'),
    ('AddressSanitizer:DEADLYSIGNAL', r'^AddressSanitizer:DEADLYSIGNAL'),
    ('runtime error:', r'^\S+:\d+:\d+: runtime error:'),
    ('UndefinedBehaviorSanitizer', r'^(==\d+==)?ERROR: UndefinedBehaviorSanitizer'),
    ('LLVM ERROR', r'^LLVM ERROR:'),
    ('Assertion', r"^[^ |].*Assertion `.*' failed"),
]]


def tokens(text):
    return [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def mutate_once(rng, text):
    """One random edit of text; returns (new_text, description)."""
    lines = text.split('\n')
    kind = rng.choice([
        'delete-line', 'delete-line', 'duplicate-line', 'swap-lines',
        'delete-token', 'delete-token', 'duplicate-token', 'truncate',
        'huge-number', 'huge-number', 'negative-number', 'drop-brace',
        'drop-semicolon', 'insert-token'])
    if kind in ('delete-line', 'duplicate-line', 'swap-lines') and len(lines) > 1:
        i = rng.randrange(len(lines))
        if kind == 'delete-line':
            del lines[i]
        elif kind == 'duplicate-line':
            lines.insert(i, lines[i])
        else:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            return '\n'.join(lines), '%s %d %d' % (kind, i + 1, j + 1)
        return '\n'.join(lines), '%s %d' % (kind, i + 1)
    if kind == 'truncate':
        cut = rng.randrange(len(text) + 1)
        return text[:cut], 'truncate at %d' % cut
    if kind in ('huge-number', 'negative-number'):
        nums = list(NUMBER_RE.finditer(text))
        if nums:
            m = rng.choice(nums)
            new = (rng.choice(HUGE_NUMBERS) if kind == 'huge-number'
                   else '-' + m.group(0))
            return (text[:m.start()] + new + text[m.end():],
                    '%s at %d: %s -> %s' % (kind, m.start(), m.group(0), new))
    if kind in ('drop-brace', 'drop-semicolon'):
        chars = '{}()[]<>' if kind == 'drop-brace' else ';,'
        spots = [i for i, c in enumerate(text) if c in chars]
        if spots:
            i = rng.choice(spots)
            return text[:i] + text[i + 1:], '%s at %d' % (kind, i)
    toks = tokens(text)
    if not toks:
        return text, 'none'
    s, e = rng.choice(toks)
    if kind == 'duplicate-token':
        return text[:e] + ' ' + text[s:e] + text[e:], 'duplicate-token at %d' % s
    if kind == 'insert-token':
        s2, e2 = rng.choice(toks)
        return (text[:s] + text[s2:e2] + ' ' + text[s:],
                'insert-token %r at %d' % (text[s2:e2], s))
    return text[:s] + text[e:], 'delete-token at %d' % s


def make_mutant(seed, index, sources):
    rng = random.Random('%d:%d' % (seed, index))
    name, text = sources[index % len(sources)]
    edits = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        text, what = mutate_once(rng, text)
        edits.append(what)
    return name, text, edits


PP_OPEN_RE = re.compile(r'^\s*#\s*if(?:n?def)?\b')
PP_CLOSE_RE = re.compile(r'^\s*#\s*endif\b')


def can_share_tu(text):
    """Whether text leaves the lexer and the preprocessor as it found them
    (so that the next mutant in the same file is parsed on its own)."""
    if 'R"' in text or text.rstrip(' \t').endswith('\\'):
        return False
    depth = 0
    for line in text.split('\n'):
        if PP_OPEN_RE.match(line):
            depth += 1
        elif PP_CLOSE_RE.match(line):
            depth -= 1
            if depth < 0:
                return False
    if depth:
        return False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            while i < n and text[i] != '\n':
                if text[i] == '\\':
                    i += 1  # a continued line comment goes on
                i += 1
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            if j < 0:
                return False
            i = j + 2
        elif c in '"\'':
            i += 1
            while i < n and text[i] != c and text[i] != '\n':
                i += 2 if text[i] == '\\' else 1
            i += 1
        else:
            i += 1
    return True


def has_failure(rc, output):
    if rc is None:
        return 'timeout'
    if rc < 0 or rc > 128:
        return 'signal (exit status %d)' % rc
    for name, marker in CRASH_MARKERS:
        if marker.search(output):
            return 'output contains %r' % name
    return None


def run_lint(cmd, timeout, env):
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=timeout, env=env)
        return p.returncode, p.stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode('utf-8', 'replace') if e.stdout else ''
        return None, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--torch-tidy', required=True)
    ap.add_argument('--mirror', required=True)
    ap.add_argument('--clangxx', help='builds the precompiled header (the '
                    'clang++ of the same LLVM); without it, no PCH')
    ap.add_argument('--work', required=True)
    ap.add_argument('-I', dest='includes', action='append', default=[],
                    help='an include directory of the seeds (repeatable)')
    ap.add_argument('--pch-header', dest='pch_headers', action='append',
                    default=[], help='another header for the PCH (repeatable)')
    ap.add_argument('--load', help='lint with this clang-tidy and --load=PLUGIN '
                    '(--torch-tidy then names the clang-tidy)')
    ap.add_argument('--seed', type=int, default=12)
    ap.add_argument('--seconds', type=float, default=100)
    ap.add_argument('--max-mutants', type=int, default=1000000)
    ap.add_argument('--min-mutants', type=int, default=0,
                    help='fail when fewer mutants ran (too slow a machine '
                    'should not pass silently)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 2)
    ap.add_argument('--batch', type=int, default=20)
    ap.add_argument('--timeout', type=float, default=20)
    ap.add_argument('--checks', default='-*,torch-*,torchtidy-debug-shape')
    ap.add_argument('--only', type=int, help='lint only mutant N')
    ap.add_argument('--strict-clang', action='store_true',
                    help="fail on clang's own crashes too")
    ap.add_argument('seeds', nargs='+')
    args = ap.parse_args()

    files = []
    for s in args.seeds:
        if os.path.isdir(s):
            for root, _, names in os.walk(s):
                files += [os.path.join(root, n) for n in names if n.endswith('.cpp')]
        else:
            files.append(s)
    files.sort()
    sources = [(f, open(f, encoding='utf-8', errors='replace').read()) for f in files]
    if not sources:
        sys.exit('no seed files')

    os.makedirs(args.work, exist_ok=True)
    flags = ['-std=c++17', '-w', '-isystem', args.mirror, '-ferror-limit=0']
    flags += ['-I' + d for d in args.includes]
    if args.clangxx:
        pch_h = os.path.join(args.work, 'mirror_pch.h')
        pch = os.path.join(args.work, 'mirror.pch')
        with open(pch_h, 'w') as f:
            # Every header a seed includes, so that the includes inside a
            # mutant's namespace are no-ops.
            for h in ['torch/torch.h', 'vector', 'iostream', 'cstdlib',
                      'stdexcept', 'tuple', 'utility'] + args.pch_headers:
                f.write('#include <%s>\n' % h)
        subprocess.run([args.clangxx, '-x', 'c++-header'] + flags +
                       [pch_h, '-o', pch], check=True)
        flags += ['-include-pch', pch]
    env = dict(os.environ)
    # For a sanitizer build: a report aborts (a signal, not exit status 1);
    # LLVM's deliberate leaks at exit are not reports.
    env.setdefault('ASAN_OPTIONS', 'detect_leaks=0:abort_on_error=1')
    env.setdefault('UBSAN_OPTIONS',
                   'halt_on_error=1:abort_on_error=1:print_stacktrace=1')

    print('broken-code fuzz: seed %d, %d seed files, %d s budget, %d jobs, '
          'batches of %d' % (args.seed, len(sources), args.seconds, args.jobs,
                             args.batch), flush=True)
    start = time.monotonic()
    lock = threading.Lock()
    state = {'next': args.only if args.only is not None else 0, 'ran': 0,
             'batches': 0, 'shared': 0}
    failures = []
    clang_failures = []
    last = args.only + 1 if args.only is not None else args.max_mutants

    def lint(paths, checks, timeout):
        cmd = [args.torch_tidy]
        if args.load:
            cmd.append('--load=' + args.load)
        cmd += ['--checks=' + checks, '--quiet'] + paths + ['--'] + flags
        return run_lint(cmd, timeout, env)

    def record(name, path, why, output, what):
        # Is it clang's own failure? The same file with the torch checks off.
        rc2, out2 = lint([path], '-*,misc-unused-alias-decls', args.timeout * 3)
        own = has_failure(rc2, out2) is not None
        kept = os.path.join(args.work, 'failure-%s.cpp' % name)
        shutil.copy(path, kept)
        with open(kept + '.log', 'w') as f:
            f.write('%s\nwhy: %s\n\n%s' % (what, why, output[-20000:]))
        with lock:
            (clang_failures if own else failures).append(name)
            print('%s %s: %s\n  %s\n  written to %s (log %s.log)' % (
                'CLANG CRASH (the torch checks off too):' if own else 'FAILURE:',
                name, why,
                what.replace('\n', '\n  '), kept, kept), flush=True)

    def describe(i, seed_name, edits):
        return 'mutant %d (seed %d) of %s: %s' % (i, args.seed, seed_name,
                                                 '; '.join(edits))

    def worker(wid):
        d = os.path.join(args.work, 'w%d' % wid)
        os.makedirs(d, exist_ok=True)
        while True:
            with lock:
                if time.monotonic() - start > args.seconds or state['next'] >= last:
                    return
                first = state['next']
                n = min(args.batch, last - first)
                state['next'] += n
            shared, alone = [], []
            for i in range(first, first + n):
                seed_name, text, edits = make_mutant(args.seed, i, sources)
                (shared if can_share_tu(text) else alone).append(
                    (i, text, edits, seed_name))
            files = []
            if shared:
                path = os.path.join(d, 'batch%d.cpp' % first)
                with open(path, 'w') as f:
                    for i, text, edits, seed_name in shared:
                        f.write('// %s\nnamespace fuzz_m%d {\n%s\n}\n' % (
                            describe(i, seed_name, edits), i, text))
                files.append(path)
            for i, text, edits, seed_name in alone:
                path = os.path.join(d, 'm%d.cpp' % i)
                with open(path, 'w') as f:
                    f.write(text)
                files.append(path)
            rc, out = lint(files, args.checks, args.timeout * (n + 1))
            if has_failure(rc, out):
                found = False
                for i, text, edits, seed_name in shared + alone:
                    path = os.path.join(d, 'one%d.cpp' % i)
                    with open(path, 'w') as f:
                        f.write(text)
                    rc1, out1 = lint([path], args.checks, args.timeout)
                    why = has_failure(rc1, out1)
                    if why:
                        found = True
                        record('mutant-%d' % i, path, why, out1,
                               describe(i, seed_name, edits))
                    os.remove(path)
                if not found:
                    why = has_failure(rc, out)
                    for path in files:
                        record('batch-%d-%s' % (first, os.path.basename(path)),
                               path, why, out,
                               'mutants %d to %d together (none fails alone)' % (
                                   first, first + n - 1))
            for path in files:
                os.remove(path)
            with lock:
                state['ran'] += n
                state['shared'] += len(shared)
                state['batches'] += 1

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for f in [pool.submit(worker, w) for w in range(args.jobs)]:
            f.result()
    elapsed = time.monotonic() - start
    summary = ('mutants run: %d in %.1f s (%d processes, %d sharing a translation '
               'unit; %d seed files, seed %d)\n' % (
                   state['ran'], elapsed, state['batches'], state['shared'],
                   len(sources), args.seed) +
               'failures: %d; clang\'s own failures: %d\n' % (
                   len(failures), len(clang_failures)))
    sys.stdout.write(summary)
    # Kept beside the failures, for a run whose output a test consumed.
    with open(os.path.join(args.work, 'summary.txt'), 'w') as f:
        f.write(summary)
    status = 0
    if failures or (args.strict_clang and clang_failures):
        status = 1
    if state['ran'] < args.min_mutants:
        print('FAILURE: only %d mutants ran (at least %d expected)' % (
            state['ran'], args.min_mutants))
        status = 1
    sys.exit(status)


if __name__ == '__main__':
    main()

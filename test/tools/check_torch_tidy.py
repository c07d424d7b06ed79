#!/usr/bin/env python3
"""Runs one torch-tidy check on a test source and verifies its output.

Usage:
  check_torch_tidy.py [options] SOURCE CHECKS TEMP [-- CLANG_TIDY_ARGS] [-- COMPILER_ARGS]

The source carries its expectations as FileCheck comments:
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: ... [torch-loss-target-rank]
  // CHECK-NOTES:    (like CHECK-MESSAGES, notes are then checked too)
  // CHECK-FIXES:    a line of the file after clang-tidy --fix
Any warning or error not listed fails the test; a source without
CHECK-MESSAGES or CHECK-NOTES must produce no warning at all.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys


def run(cmd, **kwargs):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, **kwargs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--clang-tidy', required=True,
                        help='clang-tidy executable (or the torch-tidy driver)')
    parser.add_argument('--load', default='', help='plugin to load')
    parser.add_argument('--filecheck', required=True)
    parser.add_argument('--check-suffix', default='',
                        help='checks CHECK-MESSAGES-<SUFFIX> and CHECK-FIXES-<SUFFIX>')
    parser.add_argument('--no-fix', action='store_true')
    parser.add_argument('source')
    parser.add_argument('checks')
    parser.add_argument('temp')
    args, rest = parser.parse_known_args()

    tidy_args, compiler_args = [], []
    if '--' in rest:
        i = rest.index('--')
        tidy_args = rest[:i]
        rest = rest[i + 1:]
        if '--' in rest:
            j = rest.index('--')
            tidy_args += rest[:j]
            compiler_args = rest[j + 1:]
        else:
            compiler_args = rest
    else:
        tidy_args = rest

    suffix = '-' + args.check_suffix if args.check_suffix else ''
    msg_prefix = 'CHECK-MESSAGES' + suffix
    note_prefix = 'CHECK-NOTES' + suffix
    fix_prefix = 'CHECK-FIXES' + suffix

    with open(args.source, encoding='utf-8') as f:
        text = f.read()
    has_messages = re.search(re.escape(msg_prefix) + r'(-NEXT|-SAME)?:', text)
    has_notes = re.search(re.escape(note_prefix) + r'(-NEXT|-SAME)?:', text)
    has_fixes = re.search(re.escape(fix_prefix) + r'(-NEXT|-SAME|-NOT)?:', text)

    # The fixed file keeps the line numbers but not the expectations, so
    # that CHECK-FIXES cannot match itself.
    cleaned = re.sub(r'// *CHECK-[A-Z0-9-]*:[^\r\n]*', '//', text)
    ext = os.path.splitext(args.source)[1] or '.cpp'
    temp_source = args.temp + ext
    os.makedirs(os.path.dirname(os.path.abspath(temp_source)), exist_ok=True)
    with open(temp_source, 'w', encoding='utf-8') as f:
        f.write(cleaned)

    cmd = [args.clang_tidy]
    if args.load:
        cmd.append('--load=' + args.load)
    cmd += ['--checks=-*,' + args.checks, '--header-filter=^$']
    if not args.no_fix:
        cmd.append('--fix-notes' if '--fix-notes' in tidy_args else '--fix')
    cmd += [a for a in tidy_args if a != '--fix-notes']
    cmd += [temp_source, '--'] + compiler_args
    result = run(cmd)
    output = result.stdout
    with open(args.temp + '.msg', 'w', encoding='utf-8') as f:
        f.write(output)
    if result.returncode != 0 and 'error:' not in output:
        print('clang-tidy failed:\n' + ' '.join(shlex.quote(c) for c in cmd))
        print(output)
        return 1
    # A crash or a sanitizer report fails the test, compile errors or not.
    # (At a line's start: source excerpts in diagnostics quote the file.)
    crashed = result.returncode < 0 or result.returncode > 128
    for marker in (r'^Stack dump:', r'^PLEASE submit a bug report',
                   r'^(==\d+==)?ERROR: AddressSanitizer',
                   r'^\S+:\d+:\d+: runtime error:'):
        crashed = crashed or re.search(marker, output, re.M) is not None
    if crashed:
        print('clang-tidy crashed (exit status %d):\n' % result.returncode +
              ' '.join(shlex.quote(c) for c in cmd))
        print(output)
        return 1

    # Only diagnostics of the test file itself count.
    base = os.path.basename(temp_source)
    diag_lines = [l for l in output.splitlines()
                  if (re.match(r'^.*' + re.escape(base) + r':\d+:\d+: (warning|error|note):', l)
                      or re.match(r'^(error|warning): ', l))
                  and 'note: FIX-IT applied suggested code changes' not in l]
    diag_text = '\n'.join(diag_lines) + '\n'
    with open(args.temp + '.diags', 'w', encoding='utf-8') as f:
        f.write(diag_text)

    if has_messages or has_notes:
        prefix = note_prefix if has_notes else msg_prefix
        implicit = '{{(warning|error|note):}}' if has_notes else '{{(warning|error):}}'
        if has_notes and has_messages:
            prefixes = msg_prefix + ',' + note_prefix
        else:
            prefixes = prefix
        fc = run([args.filecheck, '-input-file=' + args.temp + '.diags', args.source,
                  '-check-prefixes=' + prefixes, '-implicit-check-not=' + implicit])
        if fc.returncode != 0:
            print('diagnostics do not match; clang-tidy said:\n' + output)
            print(fc.stdout)
            return 1
    else:
        found = [l for l in diag_lines if re.search(r' (warning|error): ', l)]
        if found:
            print('expected no diagnostics, got:\n' + '\n'.join(found))
            return 1

    if has_fixes:
        fc = run([args.filecheck, '-input-file=' + temp_source, args.source,
                  '-check-prefixes=' + fix_prefix, '-strict-whitespace'])
        if fc.returncode != 0:
            print('fixed file does not match:')
            print(fc.stdout)
            return 1
    elif not args.no_fix and (has_messages or has_notes):
        with open(temp_source, encoding='utf-8') as f:
            if f.read() != cleaned:
                print('fixes were applied but the test has no CHECK-FIXES lines')
                return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Prints a recipe of a Markdown page, so that tests run it as written.

Usage:
  doc_recipe.py PAGE NAME [--drop-line TEXT]

The recipe is the fenced code block that follows the line
`<!-- recipe: NAME ... -->` in PAGE (an HTML comment: readers do not see
it). With --drop-line, lines that contain TEXT are left out, for the
variants the page describes as "delete the line". Exits non-zero when the
marker, its block, or a dropped line is missing.
"""

import argparse
import re
import sys


def recipe(page, name):
    lines = page.split('\n')
    marker = re.compile(r'<!--\s*recipe:\s*%s\b' % re.escape(name))
    for i, line in enumerate(lines):
        if not marker.search(line):
            continue
        j = i + 1
        if j >= len(lines) or not lines[j].startswith('```'):
            return None
        end = lines.index('```', j + 1) if '```' in lines[j + 1:] else None
        if end is None:
            return None
        return lines[j + 1:end]
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('page')
    parser.add_argument('name')
    parser.add_argument('--drop-line')
    args = parser.parse_args()
    with open(args.page, encoding='utf-8') as f:
        lines = recipe(f.read(), args.name)
    if lines is None:
        print('error: no recipe %r in %s' % (args.name, args.page), file=sys.stderr)
        return 1
    if args.drop_line:
        kept = [l for l in lines if args.drop_line not in l]
        if len(kept) == len(lines):
            print('error: recipe %r has no line with %r' % (args.name, args.drop_line),
                  file=sys.stderr)
            return 1
        lines = kept
    print('\n'.join(lines))
    return 0


if __name__ == '__main__':
    sys.exit(main())

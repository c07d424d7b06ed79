#!/usr/bin/env python3
"""Prints a SARIF log's rules and results one per line, for FileCheck, and
optionally applies its fixes to the files they name.

  rule <id> <name> help=<helpUri> short=<shortDescription> markdown=<yes|no>
  result <ruleId> <level> <uri>:<line>:<col>[-<line>:<col>] fixes=<n> | <message>
  related <uri>:<line>:<col> | <message>

Usage: sarif_summary.py LOG.sarif [--apply-fixes SRCROOT]
"""
import json
import sys
from urllib.parse import unquote


def where(loc):
    phys = loc['physicalLocation']
    region = phys['region']
    text = '%s:%d:%d' % (phys['artifactLocation']['uri'], region['startLine'], region['startColumn'])
    if 'endLine' in region:
        text += '-%d:%d' % (region['endLine'], region['endColumn'])
    return text


def offset(lines, line, col):
    return sum(len(l) for l in lines[:line - 1]) + col - 1


def apply(log, root):
    changes = {}
    for result in log['runs'][0]['results']:
        for fix in result.get('fixes', []):
            for change in fix['artifactChanges']:
                loc = change['artifactLocation']
                path = unquote(loc['uri'])
                if loc.get('uriBaseId') == '%SRCROOT%':
                    path = root.rstrip('/') + '/' + path
                elif path.startswith('file://'):
                    path = path[len('file://'):]
                changes.setdefault(path, []).extend(change['replacements'])
    for path, reps in changes.items():
        with open(path, encoding='utf-8') as f:
            lines = f.read().splitlines(keepends=True)
        text = ''.join(lines)
        spans = []
        for r in reps:
            d = r['deletedRegion']
            spans.append((offset(lines, d['startLine'], d['startColumn']),
                          offset(lines, d['endLine'], d['endColumn']),
                          r['insertedContent']['text']))
        for start, end, new in sorted(spans, reverse=True):
            text = text[:start] + new + text[end:]
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)


def main(argv):
    with open(argv[1], encoding='utf-8') as f:
        log = json.load(f)
    run = log['runs'][0]
    print('version %s schema %s' % (log['version'], log['$schema']))
    driver = run['tool']['driver']
    print('tool %s %s' % (driver['name'], driver.get('version')))
    for rule in driver['rules']:
        print('rule %s %s help=%s short=%s markdown=%s' % (
            rule['id'], rule.get('name'), rule.get('helpUri'),
            rule.get('shortDescription', {}).get('text'),
            'yes' if rule.get('help', {}).get('markdown') else 'no'))
    for result in run['results']:
        assert driver['rules'][result['ruleIndex']]['id'] == result['ruleId']
        print('result %s %s %s fixes=%d | %s' % (
            result['ruleId'], result['level'], where(result['locations'][0]),
            len(result.get('fixes', [])), result['message']['text']))
        for rel in result.get('relatedLocations', []):
            print('related %s | %s' % (where(rel), rel['message']['text']))
    if len(argv) > 3 and argv[2] == '--apply-fixes':
        apply(log, argv[3])


if __name__ == '__main__':
    main(sys.argv)

#!/usr/bin/env python3
"""Validates SARIF files with Microsoft's SARIF multitool (npm package
@microsoft/sarif-multitool, installed by scripts/install-deps into
test/tools/sarif-validator): the SARIF 2.1.0 JSON schema plus the SDK's
rules. Prints every finding; exits 1 when one is an error or a warning
(notes, e.g. "no code snippet", are advice and allowed).

Usage: validate_sarif.py FILE.sarif...
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MULTITOOL = os.path.join(HERE, 'sarif-validator', 'node_modules', '@microsoft',
                         'sarif-multitool-linux', 'Sarif.Multitool')


def main(paths):
    if not os.path.exists(MULTITOOL):
        print('error: %s is missing: run scripts/install-deps' % MULTITOOL, file=sys.stderr)
        return 2
    if not os.access(MULTITOOL, os.X_OK):
        os.chmod(MULTITOOL, 0o755)
    status = 0
    for path in paths:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'validation.sarif')
            # --config default: the SDK's built-in rule set (the package's
            # default.configuration.xml is empty and would enable none).
            proc = subprocess.run(
                [MULTITOOL, 'validate', os.path.abspath(path), '--output', out,
                 '--config', 'default', '--level', 'Error;Warning;Note',
                 '--log', 'ForceOverwrite', '--quiet'],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                env=dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT='1'))
            if proc.returncode != 0 or not os.path.exists(out):
                print(proc.stdout)
                print('error: the multitool failed on %s' % path, file=sys.stderr)
                return 2
            with open(out, encoding='utf-8-sig') as f:
                log = json.load(f)
        run = log['runs'][0]
        rules = run['tool']['driver'].get('rules', [])
        findings = 0
        for result in run.get('results', []):
            level = result.get('level', 'warning')
            rule = result.get('ruleId')
            text = result['message'].get('text')
            if text is None:
                template = next((r for r in rules if r['id'] == rule), {})
                fmt = template.get('messageStrings', {}).get(result['message'].get('id'), {}).get('text', '')
                args = result['message'].get('arguments', [])
                text = fmt
                for i, a in enumerate(args):
                    text = text.replace('{%d}' % i, str(a))
            print('%s: %s %s: %s' % (path, level, rule, text))
            if level in ('error', 'warning'):
                findings += 1
        print('%s: %d errors or warnings' % (path, findings))
        if findings:
            status = 1
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

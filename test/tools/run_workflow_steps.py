#!/usr/bin/python3
"""Runs the `run:` steps of a GitHub Actions workflow locally, as the runner
would (bash -eo pipefail, the workflow's and the step's env, `if:`), so that
the workflow in docs/ is tested rather than only read. `uses:` steps are
listed and skipped: they need GitHub.

Usage: run_workflow_steps.py WORKFLOW --workspace DIR --event EVENT
         [--github KEY=VALUE]... [--env KEY=VALUE]... --step NAME...
Prints "step <name>: ran|skipped|failed (exit N)"; exits with the status of
the first failing step.
"""
import argparse
import os
import re
import subprocess
import sys

import yaml


def expand(text, github, env):
    def value(m):
        expr = m.group(1).strip()
        if expr.startswith('github.'):
            return github.get(expr[len('github.'):], '')
        if expr.startswith('env.'):
            return env.get(expr[len('env.'):], '')
        raise SystemExit('unsupported expression: %s' % expr)
    return re.sub(r'\$\{\{(.*?)\}\}', value, str(text))


def condition(cond, github, failed):
    if cond is None:
        return not failed
    cond = cond.strip()
    if cond == 'always()':
        return True
    m = re.fullmatch(r"github\.(\w+)\s*(==|!=)\s*'([^']*)'", cond)
    if not m:
        raise SystemExit('unsupported if: %s' % cond)
    equal = github.get(m.group(1), '') == m.group(3)
    return (equal if m.group(2) == '==' else not equal) and not failed


def main():
    p = argparse.ArgumentParser()
    p.add_argument('workflow')
    p.add_argument('--workspace', required=True)
    p.add_argument('--event', required=True)
    p.add_argument('--github', action='append', default=[])
    p.add_argument('--env', action='append', default=[])
    p.add_argument('--step', action='append', default=[])
    args = p.parse_args()

    with open(args.workflow) as f:
        workflow = yaml.safe_load(f)
    github = dict(kv.split('=', 1) for kv in args.github)
    github['event_name'] = args.event
    env = {k: str(v) for k, v in (workflow.get('env') or {}).items()}
    env.update(dict(kv.split('=', 1) for kv in args.env))
    (job,) = workflow['jobs'].values()
    names = [s.get('name') or s.get('uses') for s in job['steps']]
    for wanted in args.step:
        if wanted not in names:
            raise SystemExit('no step named %r in %s' % (wanted, names))
    status = 0
    for step in job['steps']:
        name = step.get('name') or step.get('uses')
        if 'uses' in step:
            print('step %s: uses, skipped' % name)
            continue
        if name not in args.step:
            continue
        if not condition(step.get('if'), github, status != 0):
            print('step %s: skipped' % name)
            continue
        step_env = dict(os.environ, **env)
        step_env.update({k: expand(v, github, env) for k, v in (step.get('env') or {}).items()})
        step_env['GITHUB_WORKSPACE'] = args.workspace
        rc = subprocess.call(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c',
                              expand(step['run'], github, env)],
                             cwd=args.workspace, env=step_env)
        print('step %s: %s' % (name, 'ran' if rc == 0 else 'failed (exit %d)' % rc), flush=True)
        if rc and not status:
            status = rc
    return status


if __name__ == '__main__':
    sys.exit(main())

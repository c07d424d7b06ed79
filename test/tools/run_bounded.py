#!/usr/bin/env python3
"""Runs a command with a bound on its CPU time (user + system, the command
and its children) and a looser bound on wall time; for test/stress/.

    run_bounded.py --cpu=SECONDS [--wall=SECONDS] -- COMMAND...

The command's output passes through and its exit status is returned. Over
either bound, the command is killed, 'run_bounded: ... over the bound' is
printed and the exit status is 124. CPU time, not wall time, is the bound
that matters: it does not depend on what else the machine runs (lit runs
tests in parallel), while the wall bound catches a hang.
"""
import argparse
import os
import resource
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cpu', type=float, required=True)
    ap.add_argument('--wall', type=float)
    ap.add_argument('command', nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.command[1:] if args.command[:1] == ['--'] else args.command
    wall = args.wall if args.wall else args.cpu * 10

    def limit():
        # The kernel ends the command (SIGXCPU, then SIGKILL) past the bound.
        soft = int(args.cpu) + 1
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 2))

    p = subprocess.Popen(cmd, preexec_fn=limit)
    try:
        rc = p.wait(timeout=wall)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        print('run_bounded: %s: over the wall-time bound of %g s' % (cmd[0], wall))
        return 124
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = used.ru_utime + used.ru_stime
    if cpu > args.cpu:
        print('run_bounded: %s: %.1f s of CPU time, over the bound of %g s' % (
            cmd[0], cpu, args.cpu))
        return 124
    sys.stderr.write('run_bounded: %.2f s of CPU time\n' % cpu)
    return rc


if __name__ == '__main__':
    sys.exit(main())

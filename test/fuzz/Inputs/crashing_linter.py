#!/usr/bin/env python3
"""A stand-in for torch-tidy that crashes (SIGSEGV) when the torch checks
are on and a file holds 1e300, and hangs on 3037000500: it lets
broken-code-selftest.test show that the fuzzer finds, isolates and writes
out the mutant that crashes or hangs a linter."""
import os
import signal
import sys
import time

args = sys.argv[1:]
files = args[:args.index('--')] if '--' in args else args
files = [f for f in files if not f.startswith('-')]
torch_on = any(a.startswith('--checks=') and 'torch' in a for a in args)
for f in files:
    text = open(f).read()
    if torch_on and '1e300' in text:
        sys.stderr.write('Stack dump:\n0.\tProgram arguments: %s\n' % ' '.join(sys.argv))
        sys.stderr.flush()
        os.kill(os.getpid(), signal.SIGSEGV)
    if torch_on and '3037000500' in text:
        time.sleep(60)
sys.exit(1)

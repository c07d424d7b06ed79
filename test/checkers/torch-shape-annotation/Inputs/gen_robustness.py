#!/usr/bin/env python3
"""Writes a C++ file of annotations that are huge, deep, not UTF-8, or many.

Used by robustness.test: torch-shape-annotation must give a diagnostic or
stay silent on each, in bounded time, and never crash.
"""
import sys

MEGA = 1 << 20
out = sys.stdout.buffer
w = lambda s: out.write(s.encode() if isinstance(s, str) else s)

w('#include <torch/torch.h>\n')
w('void huge() {\n')
# A well-formed annotation of 1 MiB: one name.
w('  torch::Tensor a; // shape: [' + 'B' * MEGA + ']\n')
# 100,000 dims: more than the grammar allows.
w('  torch::Tensor b; // shape: [' + ', '.join(['1'] * 100000) + ']\n')
# 1 MiB without its closing bracket: quoted, cut short.
w('  torch::Tensor c; // shape: [' + 'C' * MEGA + '\n')
# 100,000 opening brackets.
w('  torch::Tensor d; // shape: ' + '[' * 100000 + '\n')
# Bytes that are not UTF-8, and a NUL, inside the annotation.
w(b'  torch::Tensor e; // shape: [B, \xff\xfe]\n')
w(b'  torch::Tensor f; // shape: [B\x00]\n')
w('}\n')

# Many annotated variables in one function, each name bound many times.
w('void many() {\n')
for i in range(2000):
    w('  auto t%d = torch::randn({8, 5}); // shape: [B, C]\n' % i)
w('  auto last = torch::randn({5, 8}); // shape: [B, C]\n')
w('}\n')

# An unterminated block comment at the end of the file.
w('torch::Tensor gLast; /* shape: [B')

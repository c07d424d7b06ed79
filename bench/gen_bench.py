#!/usr/bin/env python3
"""Generates one function of N tensor statements, with branches and loops,
ending in a loss call whose target depends on all of it.

Usage: gen_bench.py N > bench.cpp   (compile against test/Inputs/mirror)
"""

import random
import sys


def main():
    n = int(sys.argv[1])
    rnd = random.Random(n)
    lines = ['#include <torch/torch.h>', '',
             'void bench(int64_t batch, bool flag) {',
             '  auto x = torch::randn({batch, 16});',
             '  auto y = torch::randint(0, 16, {batch, 1});',
             '  int64_t k = 4;']
    tensors = ['x']
    emitted = 0
    depth = 0

    def stmt(indent):
        nonlocal emitted
        emitted += 1
        pad = '  ' * indent
        name = 't%d' % emitted
        src = rnd.choice(tensors)
        choice = rnd.randrange(9)
        if choice == 0:
            lines.append('%sauto %s = %s.view({-1, 16});' % (pad, name, src))
        elif choice == 1:
            lines.append('%sauto %s = %s.unsqueeze(1).squeeze(1);' % (pad, name, src))
        elif choice == 2:
            lines.append('%sauto %s = %s + %s;' % (pad, name, src, rnd.choice(tensors)))
        elif choice == 3:
            lines.append('%sauto %s = %s.relu().clone();' % (pad, name, src))
        elif choice == 4:
            lines.append('%sauto %s = torch::randn({batch, 16});' % (pad, name))
        elif choice == 5:
            lines.append('%sauto %s = %s.flatten(1).reshape({batch, 16});' % (pad, name, src))
        elif choice == 6:
            lines.append('%sauto %s = %s.log_softmax(1);' % (pad, name, src))
        elif choice == 7:
            lines.append('%sk = k + 1;' % pad)
            lines.append('%sauto %s = %s.transpose(0, 1).t();' % (pad, name, src))
            emitted += 1
        else:
            lines.append('%sauto %s = torch::stack({%s, %s}).select(0, 0);' % (
                pad, name, src, rnd.choice(tensors)))
        if indent == 1:
            tensors.append(name)
        return name

    while emitted < n:
        r = rnd.randrange(20)
        if r == 0:
            lines.append('  if (flag) {')
            for _ in range(5):
                stmt(2)
            lines.append('    x = x.relu();')
            lines.append('  } else {')
            for _ in range(5):
                stmt(2)
            lines.append('  }')
        elif r == 1:
            lines.append('  for (int64_t i = 0; i < k; ++i) {')
            for _ in range(5):
                stmt(2)
            lines.append('    y = y.view({-1, 1});')
            lines.append('  }')
        else:
            stmt(1)
        if len(tensors) > 64:
            del tensors[1:33]
    lines.append('  torch::nn::CrossEntropyLoss criterion;')
    lines.append('  criterion(%s, y);' % tensors[-1])
    lines.append('}')
    sys.stdout.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()

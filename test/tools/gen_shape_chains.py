#!/usr/bin/env python3
"""Generates chains of LibTorch ops for the shape oracle (test/real/shape-oracle.test).

Each chain (a TORCH_TIDY_CASE) starts from a factory and applies random
valid ops: -1 inference, flatten ranges, negative dims, keepdim, stack/cat,
broadcasting, matmul, indexing, module forwards. After every step it calls
torch_tidy_show("tK", tK): at run time the harness prints the tensor's sizes,
and the debug check torchtidy-debug-shape reports what the engine inferred
at the same call; shape_oracle.py compares the two. Some chains take a size
from an opaque function (torch_tidy_opaque(n)), so the engine has to carry a
symbol; the harness prints its value.

Usage: gen_shape_chains.py [--chains N] [--seed S] > chains.cpp
"""

import argparse
import math
import random


def numel(shape):
    return math.prod(shape) if shape else 1


def wrap(d, r):
    return d + r if d < 0 else d


def rand_dim(rnd, r, extra=0):
    """A valid dim index in [-(r+extra), r+extra), sometimes negative."""
    n = r + extra
    d = rnd.randrange(n)
    return d - n if rnd.random() < 0.4 else d


class Chain:
    def __init__(self, rnd, name):
        self.rnd = rnd
        self.name = name
        self.lines = []
        self.count = 0
        self.sym = None  # (name, value) of an opaque size

    def emit(self, expr, shape, dtype='float', show=True):
        self.count += 1
        var = 't%d' % self.count
        self.lines.append('  auto %s = %s;' % (var, expr))
        if show:
            self.lines.append('  torch_tidy_show("%s", %s);' % (var, var))
        return var, shape, dtype


def sizes(dims):
    return '{' + ', '.join(str(d) for d in dims) + '}'


def step(ch, var, shape, dtype):
    """One random op applied to var (of shape); returns the new (var, shape, dtype) or None."""
    rnd = ch.rnd
    r = len(shape)
    n = numel(shape)
    ops = []
    if n > 0:
        ops += ['view', 'reshape', 'flatten_all']
    ops += ['unsqueeze', 'binary', 'stack', 'clone_like']
    if r >= 1:
        ops += ['squeeze_dim', 'flatten', 'argmax', 'max_dim', 'sum', 'transpose',
                'permute', 'select', 'narrow', 'index', 'slice', 'cat', 'linear',
                'matmul', 'unflatten', 'expand', 'repeat', 'to_double']
    if r >= 2:
        ops += ['mean_dims']
    if 1 in shape:
        ops += ['squeeze_all']
    if r <= 2:
        ops += ['t']
    if r == 4 and shape[2] >= 3 and shape[3] >= 3:
        ops += ['conv2d', 'maxpool2d', 'sequential']
    if dtype == 'long' and r >= 1:
        ops += ['one_hot', 'embedding']
    op = rnd.choice(ops)
    if op == 'view' or op == 'reshape':
        # a factorization with one -1
        divisors = [d for d in range(1, min(n, 12) + 1) if n % d == 0]
        a = rnd.choice(divisors)
        if rnd.random() < 0.5:
            new, spec = [a, n // a], [a, -1]
        else:
            new, spec = [n // a, a], [-1, a]
        return ch.emit('%s.%s(%s)' % (var, op, sizes(spec)), new, dtype)
    if op == 'flatten_all':
        return ch.emit('%s.view(-1)' % var, [n], dtype)
    if op == 'unsqueeze':
        d = rand_dim(rnd, r, 1)
        new = list(shape)
        new.insert(wrap(d, r + 1), 1)
        return ch.emit('%s.unsqueeze(%d)' % (var, d), new, dtype)
    if op == 'squeeze_dim':
        d = rand_dim(rnd, r)
        new = list(shape)
        if new[wrap(d, r)] == 1:
            del new[wrap(d, r)]
        return ch.emit('%s.squeeze(%d)' % (var, d), new, dtype)
    if op == 'squeeze_all':
        return ch.emit('%s.squeeze()' % var, [s for s in shape if s != 1], dtype)
    if op == 'flatten':
        s = rnd.randrange(r)
        e = rnd.randrange(s, r)
        new = shape[:s] + [numel(shape[s:e + 1])] + shape[e + 1:]
        es = e - r if rnd.random() < 0.5 else e
        return ch.emit('%s.flatten(%d, %d)' % (var, s, es), new, dtype)
    if op == 'argmax':
        d = rand_dim(rnd, r)
        keep = rnd.random() < 0.5
        new = list(shape)
        if keep:
            new[wrap(d, r)] = 1
        else:
            del new[wrap(d, r)]
        if shape[wrap(d, r)] == 0:
            return None
        return ch.emit('%s.argmax(%d, %s)' % (var, d, 'true' if keep else 'false'), new, 'long')
    if op == 'max_dim':
        d = rand_dim(rnd, r)
        keep = rnd.random() < 0.5
        part = rnd.randrange(2)
        new = list(shape)
        if keep:
            new[wrap(d, r)] = 1
        else:
            del new[wrap(d, r)]
        if shape[wrap(d, r)] == 0:
            return None
        return ch.emit('std::get<%d>(%s.max(%d, %s))' % (part, var, d, 'true' if keep else 'false'),
                       new, 'long' if part == 1 else dtype)
    if op == 'sum':
        d = rand_dim(rnd, r)
        keep = rnd.random() < 0.5
        new = list(shape)
        if keep:
            new[wrap(d, r)] = 1
        else:
            del new[wrap(d, r)]
        return ch.emit('%s.sum(%d, %s)' % (var, d, 'true' if keep else 'false'), new,
                       'long' if dtype == 'long' else dtype)
    if op == 'mean_dims':
        if dtype != 'float' and dtype != 'double':
            return None
        a, b = rnd.sample(range(r), 2)
        keep = rnd.random() < 0.5
        new = [(1 if i in (a, b) else s) for i, s in enumerate(shape)] if keep else \
              [s for i, s in enumerate(shape) if i not in (a, b)]
        return ch.emit('%s.mean(torch::IntArrayRef{%d, %d}, %s)' % (var, a, b - r, 'true' if keep else 'false'), new, dtype)
    if op == 'transpose':
        a, b = rand_dim(rnd, r), rand_dim(rnd, r)
        new = list(shape)
        new[wrap(a, r)], new[wrap(b, r)] = new[wrap(b, r)], new[wrap(a, r)]
        return ch.emit('%s.transpose(%d, %d)' % (var, a, b), new, dtype)
    if op == 't':
        new = list(reversed(shape)) if r == 2 else list(shape)
        return ch.emit('%s.t()' % var, new, dtype)
    if op == 'permute':
        perm = list(range(r))
        rnd.shuffle(perm)
        return ch.emit('%s.permute(%s)' % (var, sizes(perm)), [shape[p] for p in perm], dtype)
    if op == 'select':
        d = rand_dim(rnd, r)
        if shape[wrap(d, r)] == 0:
            return None
        i = rnd.randrange(shape[wrap(d, r)])
        new = list(shape)
        del new[wrap(d, r)]
        return ch.emit('%s.select(%d, %d)' % (var, d, i), new, dtype)
    if op == 'narrow':
        d = rand_dim(rnd, r)
        size = shape[wrap(d, r)]
        start = rnd.randrange(size + 1)
        length = rnd.randrange(size - start + 1)
        new = list(shape)
        new[wrap(d, r)] = length
        return ch.emit('%s.narrow(%d, %d, %d)' % (var, d, start, length), new, dtype)
    if op == 'slice':
        d = rand_dim(rnd, r)
        size = shape[wrap(d, r)]
        start = rnd.randrange(-size - 1, size + 2)
        end = rnd.randrange(-size - 1, size + 3)
        st = rnd.choice([1, 1, 2, 3])
        new = list(shape)
        new[wrap(d, r)] = len(range(*slice(start, end, st).indices(size)))
        return ch.emit('%s.slice(%d, %d, %d, %d)' % (var, d, start, end, st), new, dtype)
    if op == 'index':
        items, new, i = [], [], 0
        use_ellipsis = rnd.random() < 0.3
        for k in range(rnd.randrange(1, r + 1)):
            kind = rnd.choice(['slice', 'int', 'none', 'full'])
            if kind == 'none':
                items.append('torch::indexing::None')
                new.append(1)
                continue
            if i >= r:
                break
            size = shape[i]
            if kind == 'int' and size > 0:
                items.append(str(rnd.randrange(-size, size)))
            elif kind == 'full':
                items.append('torch::indexing::Slice()')
                new.append(size)
            else:
                a = rnd.randrange(-size - 1, size + 1)
                b = rnd.randrange(-size - 1, size + 2)
                st = rnd.choice([1, 2])
                items.append('torch::indexing::Slice(%d, %d, %d)' % (a, b, st))
                new.append(len(range(*slice(a, b, st).indices(size))))
            i += 1
        if use_ellipsis:
            items.append('"..."')
        new += shape[i:]
        return ch.emit('%s.index({%s})' % (var, ', '.join(items)), new, dtype)
    if op == 'binary':
        other = [1 if rnd.random() < 0.3 else s for s in shape]
        drop = rnd.randrange(len(other) + 1)
        other = other[drop:]
        if rnd.random() < 0.5:
            return ch.emit('%s + torch::randn(%s)' % (var, sizes(other)), list(shape),
                           'float' if dtype in ('long', 'float') else dtype)
        return ch.emit('torch::randn(%s) * %s' % (sizes(other), var), list(shape),
                       'float' if dtype in ('long', 'float') else dtype)
    if op == 'stack':
        d = rand_dim(rnd, r, 1)
        new = list(shape)
        new.insert(wrap(d, r + 1), 2)
        return ch.emit('torch::stack({%s, %s}, %d)' % (var, var, d), new, dtype)
    if op == 'cat':
        d = rand_dim(rnd, r)
        new = list(shape)
        new[wrap(d, r)] *= 2
        return ch.emit('torch::cat({%s, %s}, %d)' % (var, var, d), new, dtype)
    if op == 'clone_like':
        return ch.emit('torch::zeros_like(%s).relu().clone()' % var, list(shape), dtype)
    if op == 'linear':
        if dtype != 'float':
            return None
        k = rnd.randrange(1, 7)
        v, s2, d2 = ch.emit('torch::nn::Linear(%d, %d)' % (shape[-1], k), None, show=False)
        new = shape[:-1] + [k]
        return ch.emit('%s(%s)' % (v, var), new, dtype)
    if op == 'matmul':
        if dtype != 'float':
            return None
        k = rnd.randrange(1, 6)
        if r == 1:
            return ch.emit('%s.matmul(torch::randn({%d, %d}))' % (var, shape[0], k), [k], dtype)
        return ch.emit('torch::matmul(%s, torch::randn({%d, %d}))' % (var, shape[-1], k),
                       shape[:-1] + [k], dtype)
    if op == 'unflatten':
        d = rand_dim(rnd, r)
        size = shape[wrap(d, r)]
        divs = [x for x in range(1, size + 1) if size % x == 0] or [1]
        a = rnd.choice(divs)
        new = shape[:wrap(d, r)] + [a, size // a if a else 0] + shape[wrap(d, r) + 1:]
        if size == 0:
            return None
        return ch.emit('%s.unflatten(%d, {%d, -1})' % (var, d, a), new, dtype)
    if op == 'expand':
        if 1 not in shape:
            return ch.emit('%s.expand({2, %s})' % (var, ', '.join('-1' for _ in shape)), [2] + shape, dtype)
        new = [3 if s == 1 else s for s in shape]
        spec = [str(x) if s == 1 else '-1' for x, s in zip(new, shape)]
        return ch.emit('%s.expand({%s})' % (var, ', '.join(spec)), new, dtype)
    if op == 'repeat':
        reps = [rnd.randrange(1, 3) for _ in shape]
        return ch.emit('%s.repeat(%s)' % (var, sizes(reps)), [s * k for s, k in zip(shape, reps)], dtype)
    if op == 'to_double':
        return ch.emit('%s.to(torch::kDouble)' % var, list(shape), 'double')
    if op == 'one_hot':
        return ch.emit('torch::nn::functional::one_hot(%s.clamp(0, 3), 4)' % var, shape + [4], 'long')
    if op == 'embedding':
        v, _, _ = ch.emit('torch::nn::Embedding(10, 3)', None, show=False)
        return ch.emit('%s(%s.clamp(0, 9))' % (v, var), shape + [3], 'float')
    if op == 'conv2d':
        if dtype != 'float':
            return None
        k = rnd.choice([1, 3])
        s = rnd.choice([1, 2])
        p = rnd.choice([0, 1])
        out = rnd.randrange(1, 5)
        v, _, _ = ch.emit('torch::nn::Conv2d(torch::nn::Conv2dOptions(%d, %d, %d).stride(%d).padding(%d))'
                          % (shape[1], out, k, s, p), None, show=False)
        f = lambda L: (L + 2 * p - (k - 1) - 1) // s + 1
        if f(shape[2]) < 1 or f(shape[3]) < 1:
            return None
        return ch.emit('%s(%s)' % (v, var), [shape[0], out, f(shape[2]), f(shape[3])], dtype)
    if op == 'maxpool2d':
        if dtype != 'float':
            return None
        v, _, _ = ch.emit('torch::nn::MaxPool2d(2)', None, show=False)
        return ch.emit('%s(%s)' % (v, var), [shape[0], shape[1], shape[2] // 2, shape[3] // 2], dtype)
    if op == 'sequential':
        if dtype != 'float':
            return None
        v, _, _ = ch.emit('torch::nn::Sequential(torch::nn::Flatten(), torch::nn::Linear(%d, 5), '
                          'torch::nn::ReLU())' % numel(shape[1:]), None, show=False)
        return ch.emit('%s->forward(%s)' % (v, var), [shape[0], 5], dtype)
    return None


def chain(rnd, index):
    ch = Chain(rnd, 'chain%d' % index)
    r = rnd.randrange(1, 5)
    shape = [rnd.randrange(1, 6) for _ in range(r)]
    if rnd.random() < 0.15 and r == 4:
        shape[2] = shape[3] = rnd.randrange(4, 9)
    symbolic = rnd.random() < 0.3
    if symbolic:
        ch.sym = ('n', shape[0])
        ch.lines.append('  const int64_t n = torch_tidy_opaque(%d);' % shape[0])
        ch.lines.append('  torch_tidy_show_int("n", n);')
        dims = ['n'] + [str(s) for s in shape[1:]]
    else:
        dims = [str(s) for s in shape]
    if rnd.random() < 0.2:
        var, shape, dtype = ch.emit('torch::randint(0, 4, {%s})' % ', '.join(dims), shape, 'long')
    else:
        var, shape, dtype = ch.emit('torch::randn({%s})' % ', '.join(dims), shape, 'float')
    for _ in range(rnd.randrange(3, 9)):
        if numel(shape) > 20000 or len(shape) > 6:
            break
        nxt = step(ch, var, shape, dtype)
        if nxt is None:
            continue
        var, shape, dtype = nxt
    return ch


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--chains', type=int, default=300)
    p.add_argument('--seed', type=int, default=2026)
    args = p.parse_args()
    rnd = random.Random(args.seed)
    out = ['// Generated by test/tools/gen_shape_chains.py: do not edit.',
           '#include "torch_tidy_cases.h"', '']
    for i in range(args.chains):
        ch = chain(rnd, i)
        out.append('TORCH_TIDY_CASE(%s) {' % ch.name)
        out += ch.lines
        out.append('}')
    print('\n'.join(out))


if __name__ == '__main__':
    main()

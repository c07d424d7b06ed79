#!/usr/bin/env python3
"""Writes one stress program for test/stress/ to stdout.

    gen_stress.py KIND [N]

The programs are deep, huge or absurd on purpose (a 10,000-term sum, a
5,000-call method chain, a 100,000-element braced list, sizes near
INT64_MAX, deep nesting, a Sequential of hundreds of modules, deep template
instantiation). They are generated here rather than committed, so that the
tests stay small in the repository. Each uses the mirror headers and the
test-only check torchtidy-debug-shape (torch_tidy_show); the lit files pin
what the engine says, or that it says nothing.
"""

import sys

INT64_MAX = 9223372036854775807

PRELUDE = '''#include <torch/torch.h>

#include <cstdint>

void torch_tidy_show(const char *, const torch::Tensor &);
'''


def long_sum(n):
    # A left-deep tree of n - 1 operator+ calls: the engine must not recurse
    # once per term, nor take quadratic time.
    terms = ' + '.join(['a'] * n)
    return PRELUDE + f'''
void sum() {{
  auto a = torch::randn({{4, 5}});
  auto s = {terms};
  torch_tidy_show("sum", s);
  torch::mse_loss(torch::randn({{4, 1}}), s);
}}
'''


def method_chain(n):
    # x.view({20}).view({4, 5}).view({20})...: the shape alternates.
    parts = []
    for i in range(n):
        parts.append('.view({20})' if i % 2 == 0 else '.view({4, 5})')
    chain = 'x' + ''.join(parts)
    last = '[20]' if n % 2 == 1 else '[4, 5]'
    return PRELUDE + f'''
// expected: {last}
void chain() {{
  auto x = torch::randn({{4, 5}});
  auto y = {chain};
  torch_tidy_show("chain", y);
}}
'''


def braced_list(n):
    # torch::tensor({0, 1, 2, ...}) and a factory with n sizes of 1.
    values = ', '.join(str(i % 10) for i in range(n))
    ones = ', '.join(['1'] * 1000)
    return PRELUDE + f'''
void bracedList() {{
  auto t = torch::tensor({{{values}}});
  torch_tidy_show("tensor", t);
  auto many = torch::zeros({{{ones}}});
  torch_tidy_show("thousand-dims", many);
  auto v = torch::randn({{4, 5}}).view({{{ones}, 20}});
  torch_tidy_show("thousand-dim-view", v);
}}
'''


def huge_sizes(_n):
    big = INT64_MAX
    return PRELUDE + f'''
// Sizes near INT64_MAX, negative sizes and products that overflow int64:
// LibTorch rejects most of these at run time; the engine must neither trap
// nor invent a shape from a wrapped product.
void hugeFactories() {{
  auto a = torch::zeros({{{big}}});
  torch_tidy_show("max", a);
  auto b = torch::zeros({{{big}, {big}}});
  torch_tidy_show("max-max", b);
  torch_tidy_show("max-max-flatten", b.flatten());
  torch_tidy_show("max-max-view", b.view({{-1}}));
  torch_tidy_show("max-max-reshape", b.reshape({{-1, 2}}));
  auto c = torch::randn({{{big} / 2 + 1, 2}});
  torch_tidy_show("overflow-flatten", c.flatten());
  torch_tidy_show("overflow-view", c.view({{-1}}));
  torch_tidy_show("overflow-view-2", c.view({{{big}, -1}}));
  auto d = torch::ones({{-9223372036854775807 - 1, -1}});
  torch_tidy_show("min", d);
  torch_tidy_show("min-view", d.view({{-1}}));
  torch_tidy_show("min-view-2", torch::randn({{4, 5}}).view({{-9223372036854775807 - 1, -1}}));
  torch_tidy_show("neg", torch::randn({{-3, 4}}));
  torch_tidy_show("neg-view", torch::randn({{4, 5}}).view({{-2, -1}}));
  auto e = torch::randn({{3037000500, 3037000500}});
  torch_tidy_show("sqrt-overflow", e.flatten());
  torch_tidy_show("sqrt-overflow-mm", e.matmul(e));
  torch_tidy_show("sqrt-overflow-sum", e.sum(-1));
  torch_tidy_show("unsqueeze-big", e.unsqueeze({big}));
  torch_tidy_show("squeeze-big", e.squeeze(-{big}));
  torch_tidy_show("transpose-big", e.transpose({big}, -9223372036854775807 - 1));
  torch_tidy_show("select-big", e.select(0, {big}));
  torch_tidy_show("narrow-big", e.narrow(0, {big}, {big}));
  torch_tidy_show("expand-big", torch::randn({{1, 1}}).expand({{{big}, {big}}}));
  torch_tidy_show("repeat-big", torch::randn({{2, 2}}).repeat({{{big}, {big}}}));
  torch_tidy_show("arange-big", torch::arange(-9223372036854775807 - 1, {big}));
  torch_tidy_show("arange-step", torch::arange(0, {big}, {big}));
  torch_tidy_show("cat-big", torch::cat({{b, b}}, 0));
  torch_tidy_show("stack-big", torch::stack({{b, b}}, {big}));
  auto f = torch::randn({{{big}}});
  torch_tidy_show("add-broadcast", f + torch::randn({{3, {big}}}));
}}

void hugeModules() {{
  torch::nn::Linear l({big}, {big});
  torch_tidy_show("linear-max", l(torch::randn({{2, {big}}})));
  torch::nn::Linear l2(torch::nn::LinearOptions({big}, -1));
  torch_tidy_show("linear-neg", l2(torch::randn({{2, {big}}})));
  torch::nn::Conv2d conv(torch::nn::Conv2dOptions({big}, {big}, {big}).stride({big}).padding({big}).dilation({big}));
  torch_tidy_show("conv-max", conv(torch::randn({{1, {big}, {big}, {big}}})));
  torch::nn::Conv2d conv0(torch::nn::Conv2dOptions(3, 8, 3).stride(0));
  torch_tidy_show("conv-stride-0", conv0(torch::randn({{1, 3, 8, 8}})));
  torch::nn::Embedding emb({big}, {big});
  torch_tidy_show("embedding-max", emb(torch::randint(0, 5, {{{big}, {big}}})));
  auto loss = torch::nn::functional::cross_entropy(
      torch::randn({{{big}, {big}}}), torch::randint(0, 5, {{{big}, 1}}));
}}
'''


def nested(n):
    # n nested parentheses, n nested calls, and a right-deep sum n deep;
    # 250 stays within clang's default bracket depth (256); deeper nesting
    # overflows the stack of clang's own parser before torch-tidy runs.
    parens = '(' * n + 'x' + ')' * n
    calls = 'torch::relu(' * n + 'x' + ')' * n
    sums = '(x + ' * n + 'x' + ')' * n
    return PRELUDE + f'''
void nested() {{
  auto x = torch::randn({{4, 5}});
  torch_tidy_show("parens", {parens});
  torch_tidy_show("calls", {calls});
  torch_tidy_show("sums", {sums});
}}
'''


def sequential(n):
    mods = ',\n      '.join(['torch::nn::Linear(16, 16)'] * (n - 1) +
                            ['torch::nn::Linear(16, 3)'])
    pushes = '\n'.join(['  seq2->push_back(torch::nn::Linear(8, 8));'] * n)
    return PRELUDE + f'''
void sequential() {{
  torch::nn::Sequential seq(
      {mods});
  torch_tidy_show("sequential", seq->forward(torch::randn({{2, 16}})));
  torch::nn::Sequential seq2;
{pushes}
  torch_tidy_show("pushed", seq2->forward(torch::randn({{2, 8}})));
}}
'''


def templates(n):
    # f<n> calls f<n - 1> ... f<0>: n instantiations, each a helper whose
    # summary the engine may follow only a bounded depth.
    return PRELUDE + f'''
template <int N> struct Deep {{
  static torch::Tensor run(const torch::Tensor &x) {{
    return Deep<N - 1>::run(x.view({{20}}).view({{4, 5}}));
  }}
}};
template <> struct Deep<0> {{
  static torch::Tensor run(const torch::Tensor &x) {{ return x; }}
}};

template <int N> torch::Tensor deepFn(const torch::Tensor &x) {{
  if constexpr (N == 0)
    return x;
  else
    return deepFn<N - 1>(x) + x;
}}

void templates() {{
  auto x = torch::randn({{4, 5}});
  torch_tidy_show("deep-struct", Deep<{n}>::run(x));
  torch_tidy_show("deep-fn", deepFn<{n}>(x));
  torch_tidy_show("shallow-struct", Deep<1>::run(x));
}}
'''


KINDS = {
    'sum': (long_sum, 10000),
    'chain': (method_chain, 5000),
    'braced-list': (braced_list, 100000),
    'huge-sizes': (huge_sizes, 0),
    'nested': (nested, 250),
    'sequential': (sequential, 300),
    'templates': (templates, 900),
}


def main():
    if len(sys.argv) not in (2, 3) or sys.argv[1] not in KINDS:
        sys.exit('usage: gen_stress.py {%s} [N]' % '|'.join(KINDS))
    fn, n = KINDS[sys.argv[1]]
    if len(sys.argv) == 3:
        n = int(sys.argv[2])
    sys.stdout.write(fn(n))


if __name__ == '__main__':
    main()

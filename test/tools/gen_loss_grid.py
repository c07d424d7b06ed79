#!/usr/bin/env python3
"""Generates a grid of loss calls as TORCH_TIDY_CASEs, for the oracle tests.

Each case makes its tensors with given sizes and dtype and calls one loss
entry point; runtime_proof.py --mode=oracle then compares what the checks
say with what LibTorch does, case by case. Sizes are those of
docs/libtorch-loss-rules.md §0: N=4, C=3, D=2, H=5, W=6, all different so that no size
matches another by accident. Values are always valid (class indices in
[0, C), probabilities in (0, 1), labels of +-1), so only shapes, dtypes and
options decide the outcome.

Before each case, a `// @grid` line tells runtime_proof.py how to read the
run: `evidence` says how an enlarging broadcast shows (the output's shape
with reduction=none, a resize warning, LibTorch's broadcast of the
operands, the same case with reduction=none, or never), `input` the
input's sizes, `reference` the case of the same call with a target shaped
like the input.

Usage: gen_loss_grid.py FAMILY > cases.cpp
"""

import sys

N, C, D, H, W = 4, 3, 2, 5, 6

INPUTS = [[], [C], [N, 1], [N, C], [N, C, H], [N, C, H, W], [N, C, D, H, W]]

FIXED_TARGETS = [
    [], [1], [N], [C], [N + 1], [N, 1], [1, N], [N, C], [C, N], [N, C + 1],
    [N + 1, C], [N, H], [N, C, H], [N, H, W], [N, W, H], [N, 1, H, W],
    [N, C, H, W], [N, H, W, C], [N, D, H, W], [N, C, D, H, W], [N * H * W],
]


def derived_targets(inp):
    inp = list(inp)
    out = [inp, inp + [1], [1] + inp]
    if inp:
        idx = inp[:1] + inp[2:] if len(inp) >= 2 else []
        out.append(idx)                                  # class indices
        out.append(idx[:1] + [1] + idx[1:] if idx else [1])  # keepdim mistake
        out.append([inp[0] + 1] + inp[1:])               # batch mismatch
        out.append(inp[:-1] + [inp[-1] + 1])             # last dim + 1
        out.append(inp[:-1])                             # last dim dropped
    if len(inp) >= 2:
        out.append(inp[:-2] + [inp[-1], inp[-2]])        # last two swapped
        numel = 1
        for s in inp:
            numel *= s
        out.append([numel])                              # flattened
    return out


def targets_for(inp):
    """The input's own shape first: the reference of the others."""
    seen, result = set(), []
    for t in [list(inp)] + FIXED_TARGETS + derived_targets(inp):
        key = tuple(t)
        if key not in seen:
            seen.add(key)
            result.append(t)
    return result


def sizes(s):
    return '{' + ', '.join(str(x) for x in s) + '}'


def classes_of(inp):
    return inp[1] if len(inp) >= 2 else (inp[0] if inp else 1)


DTYPE = {'long': 'torch::kLong', 'float': 'torch::kFloat', 'int': 'torch::kInt'}


def target_expr(recipe, inp, tgt, dtype):
    """A target of sizes tgt with valid values for the loss."""
    d = DTYPE[dtype]
    if recipe == 'class':
        return 'torch::randint(0, %d, %s, %s)' % (classes_of(inp), sizes(tgt), d)
    if recipe == 'sign':
        return 'torch::randint(0, 2, %s, %s) * 2 - 1' % (sizes(tgt), d)
    if recipe == 'prob':
        if dtype == 'float':
            return 'torch::rand(%s)' % sizes(tgt)
        return 'torch::randint(0, 2, %s, %s)' % (sizes(tgt), d)
    # 'real': any values
    if dtype == 'float':
        return 'torch::randn(%s)' % sizes(tgt)
    return 'torch::randint(0, 3, %s, %s)' % (sizes(tgt), d)


def input_expr(recipe, inp):
    if recipe == 'prob':  # BCE takes probabilities
        return 'torch::rand(%s) * 0.8 + 0.1' % sizes(inp)
    return 'torch::randn(%s)' % sizes(inp)


class Loss:
    """One loss: how to build each entry point's call."""

    def __init__(self, key, module, functional, aten, target='real',
                 inp='real', dtypes=('float', 'long'), evidence='output',
                 aten_none=', at::Reduction::None', shape='pair',
                 none=True):
        self.key, self.module, self.functional, self.aten = (
            key, module, functional, aten)
        self.target, self.inp, self.dtypes = target, inp, dtypes
        self.evidence, self.aten_none, self.shape = evidence, aten_none, shape
        self.none = none  # run with reduction=none

    def args(self):
        if self.shape == 'two_inputs':
            return 'input, input2, target'
        if self.shape == 'triplet':
            return 'input, target, input2'
        return 'input, target'

    def options(self, extra):
        """The options struct with reduction none and extra settings."""
        opts = 'torch::nn::%sOptions()' % self.module
        if self.none:
            opts += '.reduction(torch::kNone)'
        return opts + extra

    def call(self, entry, index, extra_module='', extra_aten=None):
        """The statements that call the loss at one entry point."""
        a = self.args()
        if entry == 'module':
            decl = 'torch::nn::%s loss' % self.module
            if self.none or extra_module:
                decl += '(%s)' % self.options(extra_module)
            # Half the module calls are spelled ->forward.
            use = ('loss(%s)' if index % 2 == 0 else 'loss->forward(%s)') % a
            return [decl + ';', 'torch_tidy_cases::record(%s);' % use]
        if entry == 'functional':
            opts = ''
            if self.none or extra_module:
                opts = ', ' + self.options(extra_module)
            return ['torch_tidy_cases::record(F::%s(%s%s));' % (
                self.functional, a, opts)]
        # ATen, spelled torch:: and at:: in turn.
        ns = 'torch' if index % 2 == 0 else 'at'
        tail = extra_aten if extra_aten is not None else (
            self.aten_none if self.none else '')
        return ['torch_tidy_cases::record(%s::%s(%s%s));' % (
            ns, self.aten, a, tail)]

    def entries(self):
        return ['module', 'functional'] + (['aten'] if self.aten else [])


LOSSES = {
    'ce': Loss('ce', 'CrossEntropyLoss', 'cross_entropy', 'cross_entropy_loss',
               target='class', dtypes=('long', 'float', 'int'),
               evidence='none', none=False),
    'nll': Loss('nll', 'NLLLoss', 'nll_loss', 'nll_loss', target='class',
                dtypes=('long', 'float', 'int'), evidence='none', none=False),
    'mm': Loss('mm', 'MultiMarginLoss', 'multi_margin_loss',
               'multi_margin_loss', target='class',
               dtypes=('long', 'float', 'int'), evidence='none',
               aten_none=', 1, 1, {}, at::Reduction::None'),
    'mlm': Loss('mlm', 'MultiLabelMarginLoss', 'multilabel_margin_loss',
                'multilabel_margin_loss', target='class',
                dtypes=('long', 'float', 'int'), evidence='none'),
    'mse': Loss('mse', 'MSELoss', 'mse_loss', 'mse_loss'),
    'l1': Loss('l1', 'L1Loss', 'l1_loss', 'l1_loss'),
    'sl1': Loss('sl1', 'SmoothL1Loss', 'smooth_l1_loss', 'smooth_l1_loss'),
    'huber': Loss('huber', 'HuberLoss', 'huber_loss', 'huber_loss'),
    'poisson': Loss('poisson', 'PoissonNLLLoss', 'poisson_nll_loss',
                    'poisson_nll_loss', target='prob',
                    aten_none=', true, false, 1e-8, at::Reduction::None'),
    'hinge': Loss('hinge', 'HingeEmbeddingLoss', 'hinge_embedding_loss',
                  'hinge_embedding_loss', target='sign',
                  aten_none=', 1.0, at::Reduction::None'),
    'kldiv': Loss('kldiv', 'KLDivLoss', 'kl_div', 'kl_div', target='prob'),
    'softmargin': Loss('softmargin', 'SoftMarginLoss', 'soft_margin_loss',
                       'soft_margin_loss', target='sign'),
    'mlsm': Loss('mlsm', 'MultiLabelSoftMarginLoss',
                 'multilabel_soft_margin_loss', None, target='prob',
                 evidence='operands'),
    'bce': Loss('bce', 'BCELoss', 'binary_cross_entropy',
                'binary_cross_entropy', target='prob', inp='prob',
                evidence='resize', aten_none=', {}, at::Reduction::None'),
    'bcewl': Loss('bcewl', 'BCEWithLogitsLoss',
                  'binary_cross_entropy_with_logits',
                  'binary_cross_entropy_with_logits', target='prob',
                  aten_none=', {}, {}, at::Reduction::None'),
    'cosine': Loss('cosine', 'CosineEmbeddingLoss', 'cosine_embedding_loss',
                   'cosine_embedding_loss', target='sign', evidence='none',
                   shape='two_inputs', aten_none=', 0.0, at::Reduction::None'),
    'mr': Loss('mr', 'MarginRankingLoss', 'margin_ranking_loss',
               'margin_ranking_loss', target='sign', shape='two_inputs',
               aten_none=', 0.0, at::Reduction::None'),
    'triplet': Loss('triplet', 'TripletMarginLoss', 'triplet_margin_loss',
                    'triplet_margin_loss', evidence='operands',
                    shape='triplet',
                    aten_none=', 1.0, 2, 1e-6, false, at::Reduction::None'),
}

# Options that change a rule, or a warning: (name, module/functional
# setters, ATen arguments, dtypes). CrossEntropy's ignore_index rejects
# probability targets; KLDiv's default reduction warns (not about shapes).
OPTIONS = {
    'ce': [('ignore_index=0', '.ignore_index(0)',
            ', {}, at::Reduction::Mean, 0', ('long', 'float')),
           ('label_smoothing=0.1', '.label_smoothing(0.1)',
            ', {}, at::Reduction::Mean, -100, 0.1', ('float',))],
    'kldiv': [('batchmean', '.reduction(torch::kBatchMean)', None, ('float',)),
              ('mean', '.reduction(torch::kMean)', ', at::Reduction::Mean',
               ('float',))],
}

FAMILIES = {
    'ce': ['ce'],
    'nll': ['nll'],
    'margin': ['mm', 'mlm'],
    'regression': ['mse', 'l1', 'sl1', 'huber'],
    'pointwise': ['poisson', 'hinge', 'kldiv'],
    'binary': ['bce', 'bcewl', 'softmargin', 'mlsm'],
    'pairs': ['cosine', 'mr', 'triplet'],
    'ctc': [],
}

# NLL's extra ATen entry points.
NLL_EXTRA = [('aten_nd', 'nll_loss_nd'), ('aten_2d', 'nll_loss2d')]


class Grid:
    def __init__(self, family):
        self.family = family
        self.out = ['// Generated by test/tools/gen_loss_grid.py %s: do not '
                    'edit.' % family,
                    '#include "torch_tidy_cases.h"', '',
                    'namespace F = torch::nn::functional;', '']
        self.count = 0

    def case(self, meta, body):
        self.count += 1
        name = '%s_%d' % (self.family, self.count)
        self.out.append('// @grid ' + ' '.join(
            '%s=%s' % (k, str(v).replace(' ', '')) for k, v in meta.items()))
        self.out.append('TORCH_TIDY_CASE(%s) {' % name)
        self.out.extend('  ' + line for line in body)
        self.out.append('}')
        return name

    def text(self):
        return '\n'.join(self.out) + '\n'


def loss_cases(grid, loss):
    """Every entry x input x target x dtype (x options) of one loss."""
    variants = [('none' if loss.none else 'default', '', None, loss.dtypes)]
    variants += OPTIONS.get(loss.key, [])
    entries = [(e, None) for e in loss.entries()]
    if loss.key == 'nll':
        entries += NLL_EXTRA
    for opt_name, setter, aten_args, dtypes in variants:
        for entry, aten_fn in entries:
            if entry == 'aten' and aten_args is None and opt_name != 'none' \
                    and opt_name != 'default':
                continue  # the option has no ATen spelling
            if aten_fn and opt_name not in ('default', 'none'):
                continue
            for inp in INPUTS:
                reference = {}  # dtype -> the case with target == input
                for tgt in targets_for(inp):
                    for dtype in dtypes:
                        body = ['auto input = %s;' % input_expr(loss.inp, inp)]
                        if loss.shape != 'pair':
                            body.append('auto input2 = torch::randn(%s);' %
                                        sizes(inp))
                        body.append('auto target = %s;' % target_expr(
                            loss.target, inp, tgt, dtype))
                        if loss.evidence == 'operands':
                            body.append('torch_tidy_cases::operands(input, '
                                        'target);')
                        if aten_fn:
                            body.append('torch_tidy_cases::record(%s::%s(%s));'
                                        % ('at' if grid.count % 2 else 'torch',
                                           aten_fn, loss.args()))
                        elif entry == 'aten':
                            body += loss.call(entry, grid.count, setter,
                                              aten_args)
                        else:
                            body += loss.call(entry, grid.count, setter)
                        meta = {'loss': loss.key, 'entry': entry,
                                'input': inp, 'target': tgt, 'dtype': dtype,
                                'options': opt_name,
                                'evidence': loss.evidence}
                        key = (entry, opt_name, dtype)
                        if opt_name in ('batchmean', 'mean'):
                            meta['evidence'] = 'sibling'
                            meta['sibling'] = SIBLINGS.get(
                                (loss.key, entry, 'none', str(inp), str(tgt),
                                 dtype), '-')
                        if tgt == inp:
                            ref = None
                        else:
                            ref = reference.get(key)
                        if ref:
                            meta['reference'] = ref
                        name = grid.case(meta, body)
                        SIBLINGS[(loss.key, entry, opt_name, str(inp),
                                  str(tgt), dtype)] = name
                        if tgt == inp:
                            reference[key] = name


SIBLINGS = {}


def ctc_cases(grid):
    """CTCLoss: log_probs [T, N, C] = [10, 4, 6], and its mistakes."""
    T_, B, K, S = 10, N, 6, 3
    log_probs = [[T_, B, K], [B, T_, K], [T_, K], [T_, B, K, 1], [K], []]
    for lp in log_probs:
        batched = len(lp) == 3
        batch = lp[1] if batched else 1
        frames = lp[0] if lp else 1
        targets = [[batch, S], [batch * S], [batch, S, 1], [], [batch + 1, S],
                   [batch, 1], [S], [1, S]]
        seen = set()
        for tgt in targets:
            if tuple(tgt) in seen:
                continue
            seen.add(tuple(tgt))
            # Lengths whose values always fit the shapes: only the shapes
            # (and the dtypes) decide.
            if len(tgt) == 1:
                per = max(tgt[0] // max(batch, 1), 0)
                tl = [per] * batch
                tl[0] += tgt[0] - per * batch
            elif len(tgt) >= 2:
                tl = [min(tgt[1], S)] * batch
            else:
                tl = [1] * batch
            il = [min(frames, T_)] * batch
            for count_il, count_tl in [(batch, batch), (batch + 1, batch),
                                       (batch, batch + 1)]:
                ils = (il + il)[:count_il]
                tls = (tl + tl)[:count_tl]
                for entry in ['module', 'functional', 'aten', 'aten_intlist']:
                    for ldtype in (['long', 'int', 'float']
                                   if entry != 'aten_intlist' else ['long']):
                        if ldtype != 'long' and (count_il, count_tl) != (
                                batch, batch):
                            continue
                        body = ['auto input = torch::randn(%s).log_softmax(-1);'
                                % sizes(lp) if lp else
                                'auto input = torch::randn({});',
                                'auto target = torch::randint(1, %d, %s);' % (
                                    K, sizes(tgt))]
                        if entry == 'aten_intlist':
                            call = '%s::ctc_loss(input, target, %s, %s)' % (
                                'torch' if grid.count % 2 == 0 else 'at',
                                sizes(ils), sizes(tls))
                        else:
                            body.append('auto il = torch::tensor(%s, %s);' % (
                                sizes(ils), DTYPE[ldtype]))
                            body.append('auto tl = torch::tensor(%s, %s);' % (
                                sizes(tls), DTYPE[ldtype]))
                            args = 'input, target, il, tl'
                            if entry == 'module':
                                body.append('torch::nn::CTCLoss loss;')
                                call = 'loss(%s)' % args
                            elif entry == 'functional':
                                call = 'F::ctc_loss(%s)' % args
                            else:
                                call = 'torch::ctc_loss(%s)' % args
                        body.append('torch_tidy_cases::record(%s);' % call)
                        grid.case({'loss': 'ctc', 'entry': entry,
                                   'input': lp, 'target': tgt,
                                   'dtype': ldtype, 'options': 'default',
                                   'evidence': 'none'}, body)


def main():
    if len(sys.argv) != 2 or sys.argv[1] not in FAMILIES:
        sys.exit(__doc__ + '\nFAMILY: ' + ', '.join(FAMILIES))
    grid = Grid(sys.argv[1])
    for key in FAMILIES[sys.argv[1]]:
        loss_cases(grid, LOSSES[key])
    if sys.argv[1] == 'ctc':
        ctc_cases(grid)
    sys.stdout.write(grid.text())


if __name__ == '__main__':
    main()

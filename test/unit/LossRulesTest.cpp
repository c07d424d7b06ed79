//===--- LossRulesTest.cpp - LibTorch's decision procedures, replayed -----===//
//
// Cases from the measured tables of LibTorch 1.13 (libtorch-loss-rules.md §2, §5):
// outcome and exact message per rule set. The oracle grid (test/real/
// loss-grid-*.test) proves the same rules on thousands of calls; these
// tests pin the cases that explain them.
//
//===----------------------------------------------------------------------===//

#include "core/LossCatalog.h"
#include "core/LossRules.h"
#include "core/ShapeOps.h"

#include <gtest/gtest.h>

using namespace torchtidy;

namespace {

Shape S(std::initializer_list<int64_t> Sizes) {
  std::vector<Dim> Dims;
  for (int64_t V : Sizes)
    Dims.push_back(Dim::constant(V));
  return Shape::of(std::move(Dims));
}

LossVerdict run(LossRuleSet Rules, const Shape &I, const Shape &T,
                DType TT = DType::Long, LossOptions Opts = {}) {
  LossOperands Ops;
  Ops.Input = {I, DType::Float};
  Ops.Target = {T, TT};
  Ops.Input2 = {I, DType::Float};
  return evaluateLoss(Rules, Ops, Opts, nullptr);
}

void expectThrows(const LossVerdict &V, LossFailure F, const std::string &M) {
  EXPECT_EQ(V.Result, Outcome::Throws);
  EXPECT_EQ(V.Failure, F);
  EXPECT_EQ(V.Message, M);
}

using R = LossRuleSet;
using LF = LossFailure;

// ===== Catalog ==============================================================

TEST(LossCatalogTest, EveryLossHasAnEntryPerForm) {
  for (LossKind K :
       {LossKind::CrossEntropy, LossKind::NLL, LossKind::BCE,
        LossKind::BCEWithLogits, LossKind::MSE, LossKind::L1,
        LossKind::SmoothL1, LossKind::Huber, LossKind::KLDiv,
        LossKind::MultiMargin, LossKind::MultiLabelMargin,
        LossKind::SoftMargin, LossKind::PoissonNLL, LossKind::HingeEmbedding,
        LossKind::CosineEmbedding, LossKind::MarginRanking,
        LossKind::TripletMargin, LossKind::CTC}) {
    bool Forms[3] = {false, false, false};
    for (const LossEntry &E : lossEntries())
      if (E.Loss == K)
        Forms[static_cast<int>(E.Kind)] = true;
    EXPECT_TRUE(Forms[0] && Forms[1] && Forms[2]) << lossName(K);
  }
}

TEST(LossCatalogTest, LookupByKindAndName) {
  const LossEntry *E =
      findLossEntry(EntryKind::Functional, "torch::nn::functional::mse_loss");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->Rules, R::SizeWarningFrontEnd);
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "at::ctc_loss")->Rules, R::CTC);
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "at::ctc_loss", true)->Rules,
            R::CTCIntList);
  EXPECT_EQ(findLossEntryByName("CrossEntropyLoss")->Kind, EntryKind::Module);
  EXPECT_EQ(findLossEntryByName("torch::nll_loss")->Rules, R::NLLAten);
  EXPECT_EQ(findLossEntryByName("no_such_loss"), nullptr);
}

TEST(LossCatalogTest, EachFailureHasOneCheck) {
  EXPECT_EQ(checkFor(LF::MultiTarget), LossCheck::TargetRank);
  EXPECT_EQ(checkFor(LF::MultiMarginTargetSize), LossCheck::TargetRank);
  EXPECT_EQ(checkFor(LF::BatchMismatch), LossCheck::TargetShape);
  EXPECT_EQ(checkFor(LF::BroadcastMismatch), LossCheck::TargetShape);
  EXPECT_EQ(checkFor(LF::ClassIndexDType), LossCheck::TargetDType);
  EXPECT_EQ(checkFor(LF::IntegralTarget), LossCheck::TargetDType);
}

// ===== Broadcasting (LibTorch's infer_size) =================================

TEST(InferSizeTest, ReportsTheLastDimThatFails) {
  InferSizeResult R = inferSize(S({4, 5, 3}), S({4, 6, 2}));
  EXPECT_EQ(R.Fails, Tri::True);
  EXPECT_EQ(R.FailDim, 2u); // compared from the last dim
  EXPECT_EQ(R.SizeA, Dim::constant(3));
  EXPECT_EQ(R.SizeB, Dim::constant(2));
  R = inferSize(S({8}), S({3, 1, 8}));
  EXPECT_EQ(R.Fails, Tri::False);
  EXPECT_EQ(R.Result, S({3, 1, 8}));
}

TEST(InferSizeTest, ASymbolMayBeOne) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n"));
  EXPECT_EQ(inferSize(Shape::of({N}), S({4})).Fails, Tri::Unknown);
  // [n, 1] against [n] always broadcasts, to [n, n]: bigger than [n, 1]
  // unless n is 1, which a symbol may be.
  InferSizeResult R =
      inferSize(Shape::of({N, Dim::constant(1)}), Shape::of({N}));
  EXPECT_EQ(R.Fails, Tri::False);
  EXPECT_EQ(R.Result, Shape::of({N, N}));
  EXPECT_EQ(R.Result.equals(Shape::of({N, Dim::constant(1)})), Tri::Unknown);
}

// ===== CrossEntropyLoss (libtorch-loss-rules.md §5) =================================

TEST(LossRulesTest, CrossEntropyClassIndices) {
  EXPECT_EQ(run(R::CrossEntropy, S({4, 3}), S({4})).Result, Outcome::Ok);
  expectThrows(run(R::CrossEntropy, S({4, 3}), S({4, 1})), LF::MultiTarget,
               "0D or 1D target tensor expected, multi-target not supported");
  expectThrows(run(R::CrossEntropy, S({4, 3}), S({1, 4})), LF::BatchMismatch,
               "Expected input batch_size (4) to match target batch_size (1).");
  expectThrows(run(R::CrossEntropy, S({4, 3}), S({})), LF::BatchMismatch,
               "Expected input batch_size (4) to match target batch_size (0).");
  expectThrows(run(R::CrossEntropy, S({4, 3}), S({4}), DType::Float),
               LF::ClassIndexDType,
               "expected scalar type Long but found Float");
  // at::nll_loss, behind 1-d and 2-d inputs, also takes Byte.
  EXPECT_EQ(run(R::CrossEntropy, S({4, 3}), S({4}), DType::Byte).Result,
            Outcome::Ok);
  expectThrows(run(R::CrossEntropy, S({4, 3, 5}), S({4, 5}), DType::Byte),
               LF::ClassIndexDType, "expected scalar type Long but found Byte");
}

TEST(LossRulesTest, CrossEntropyProbabilities) {
  EXPECT_EQ(run(R::CrossEntropy, S({4, 3}), S({4, 3}), DType::Float).Result,
            Outcome::Ok);
  expectThrows(run(R::CrossEntropy, S({4, 3}), S({4, 3})),
               LF::ProbabilityDType,
               "Expected floating point type for target with class "
               "probabilities, got Long");
  LossOptions Ignore;
  Ignore.IgnoreIndexNonNegative = Tri::True;
  expectThrows(run(R::CrossEntropy, S({4, 3}), S({4, 3}), DType::Float, Ignore),
               LF::IgnoreIndexProbabilities,
               "ignore_index is not supported for floating point target");
  // An unknown ignore_index leaves a float probability target undecided.
  LossOptions Unknown;
  Unknown.IgnoreIndexNonNegative = Tri::Unknown;
  EXPECT_EQ(
      run(R::CrossEntropy, S({4, 3}), S({4, 3}), DType::Float, Unknown).Result,
      Outcome::Unknown);
}

TEST(LossRulesTest, CrossEntropySegmentationIsValid) {
  // The folklore is false: [N, C, H, W] with [N, H, W] runs.
  EXPECT_EQ(run(R::CrossEntropy, S({4, 3, 5, 6}), S({4, 5, 6})).Result,
            Outcome::Ok);
  expectThrows(run(R::CrossEntropy, S({4, 3, 5, 6}), S({4, 1, 5, 6})),
               LF::SpatialTarget,
               "only batches of spatial targets supported (3D tensors) but got "
               "targets of dimension: 4");
  expectThrows(run(R::CrossEntropy, S({4, 3, 5, 6}), S({4, 6, 5})),
               LF::SizeMismatch,
               "size mismatch (got input: [4, 3, 5, 6] , target: [4, 6, 5]");
}

TEST(LossRulesTest, CrossEntropySequences) {
  // seq2seq: [B, T, V] logits with [B, T] labels.
  expectThrows(run(R::CrossEntropy, S({4, 3, 5}), S({4, 3})), LF::TargetSize,
               "Expected target size [4, 5], got [4, 3]");
  EXPECT_EQ(run(R::CrossEntropy, S({4, 3, 5}), S({4, 5})).Result,
            Outcome::Ok);
}

TEST(LossRulesTest, SymbolicSizesAreNeverGuessed) {
  SymbolTable Symbols;
  Dim N = Dim::symbol(Symbols.add("n")), M = Dim::symbol(Symbols.add("m"));
  LossOperands Ops;
  Ops.Input = {Shape::of({N, Dim::constant(3)}), DType::Float};
  Ops.Target = {Shape::of({M}), DType::Long};
  EXPECT_EQ(evaluateLoss(R::CrossEntropy, Ops, {}, &Symbols).Result,
            Outcome::Unknown);
  Ops.Target = {Shape::of({N, Dim::constant(1)}), DType::Long};
  LossVerdict V = evaluateLoss(R::CrossEntropy, Ops, {}, &Symbols);
  EXPECT_EQ(V.Failure, LF::MultiTarget);
}

// ===== NLLLoss ==============================================================

TEST(LossRulesTest, NLLEntryPointsDiffer) {
  expectThrows(run(R::NLLFrontEnd, S({3}), S({})), LF::InputRank,
               "Expected 2 or more dimensions (got 1)");
  EXPECT_EQ(run(R::NLLAten, S({3}), S({})).Result, Outcome::Ok);
  expectThrows(run(R::NLLAten, S({4, 3}), S({1, 4})), LF::MultiTarget,
               "0D or 1D target tensor expected, multi-target not supported");
  expectThrows(run(R::NLLAten, S({4, 3, 5}), S({4, 5})), LF::InputRank,
               "input tensor should be 1D or 2D");
  expectThrows(run(R::NLLAten2d, S({4, 3}), S({4, 1})), LF::SpatialTarget,
               "only batches of spatial targets supported (3D tensors) but got "
               "targets of dimension: 2");
  // No probability path: a target shaped like a 2-d input is multi-target.
  expectThrows(run(R::NLLFrontEnd, S({4, 3}), S({4, 3}), DType::Float),
               LF::MultiTarget,
               "0D or 1D target tensor expected, multi-target not supported");
}

// ===== BCELoss, BCEWithLogitsLoss ===========================================

TEST(LossRulesTest, BCEFrontEndNeedsEqualSizes) {
  expectThrows(run(R::BCEFrontEnd, S({4, 1}), S({4}), DType::Float),
               LF::SameSizeRequired,
               "Using a target size ([4]) that is different to the input size "
               "([4, 1]) is deprecated. Please ensure they have the same size.");
  expectThrows(run(R::BCEFrontEnd, S({4}), S({4}), DType::Long),
               LF::TargetDTypeMismatch, "Found dtype Long but expected Float");
  expectThrows(run(R::BCEWithLogitsFrontEnd, S({4, 1}), S({4}), DType::Float),
               LF::SameSizeRequired,
               "Target size ([4]) must be the same as input size ([4, 1])");
}

TEST(LossRulesTest, BCEAtenSqueezes) {
  // [N, 1] against [N]: squeezed, they agree; silent and right.
  LossVerdict V = run(R::BCEAten, S({4, 1}), S({4}), DType::Float);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_EQ(V.Enlarges, Tri::False);
  // [3] against [4, 3]: the loss is resized to [4, 3], with a warning.
  V = run(R::BCEAten, S({3}), S({4, 3}), DType::Float);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_EQ(V.Enlarges, Tri::True);
  EXPECT_EQ(V.Warning, "An output with one or more elements was resized since "
                       "it had shape [3], which does not match the required "
                       "output shape [4, 3]");
}

TEST(LossRulesTest, BCEWithLogitsAtenTakesTheTargetShape) {
  LossVerdict V = run(R::BCEWithLogitsAten, S({4, 1}), S({4, 3}), DType::Float);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_EQ(V.Enlarges, Tri::True);
  expectThrows(run(R::BCEWithLogitsAten, S({4, 3}), S({4, 1}), DType::Float),
               LF::OutputBroadcast,
               "output with shape [4, 1] doesn't match the broadcast shape "
               "[4, 3]");
  expectThrows(run(R::BCEWithLogitsAten, S({4}), S({4}), DType::Long),
               LF::ResultTypeCast,
               "result type Float can't be cast to the desired output type "
               "Long");
}

// ===== Elementwise losses ===================================================

TEST(LossRulesTest, MSEFrontEndWarnsAndBroadcasts) {
  LossVerdict V = run(R::SizeWarningFrontEnd, S({4, 1}), S({4}), DType::Float);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_EQ(V.Enlarges, Tri::True);
  EXPECT_EQ(*V.Broadcast, S({4, 4}));
  EXPECT_EQ(V.Warning, "Using a target size ([4]) that is different to the "
                       "input size ([4, 1])");
  // A target that broadcasts up to the input's shape does not enlarge.
  V = run(R::SizeWarningFrontEnd, S({4, 3}), S({3}), DType::Float);
  EXPECT_EQ(V.Enlarges, Tri::False);
  // The warning comes before broadcast_tensors throws.
  V = run(R::SizeWarningFrontEnd, S({4, 5, 3}), S({4, 6, 3}), DType::Float);
  expectThrows(V, LF::BroadcastMismatch,
               "The size of tensor a (5) must match the size of tensor b (6) "
               "at non-singleton dimension 1");
  EXPECT_FALSE(V.Warning.empty());
}

TEST(LossRulesTest, ElementwiseOperandOrder) {
  // ATen mse_loss and l1_loss name the input "tensor a"; Poisson, Hinge
  // and KLDiv name the target.
  expectThrows(run(R::Elementwise, S({4}), S({3}), DType::Float),
               LF::BroadcastMismatch,
               "The size of tensor a (4) must match the size of tensor b (3) "
               "at non-singleton dimension 0");
  expectThrows(run(R::ElementwiseTargetFirst, S({4}), S({3}), DType::Float),
               LF::BroadcastMismatch,
               "The size of tensor a (3) must match the size of tensor b (4) "
               "at non-singleton dimension 0");
  LossVerdict V = run(R::L1, S({4, 1}), S({4}), DType::Long);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_TRUE(V.Warning.empty());
  EXPECT_EQ(V.Enlarges, Tri::True);
}

TEST(LossRulesTest, HuberAtenResizeWarning) {
  LossVerdict V = run(R::HuberAten, S({4, 1}), S({4}), DType::Float);
  EXPECT_EQ(V.Warning, "An output with one or more elements was resized since "
                       "it had shape [4, 1], which does not match the "
                       "required output shape [4, 4]");
}

TEST(LossRulesTest, KLDivRejectsIntegralTargetsFirst) {
  expectThrows(run(R::KLDiv, S({4}), S({3}), DType::Long), LF::IntegralTarget,
               "kl_div: Integral inputs not supported.");
  EXPECT_EQ(run(R::KLDiv, S({4, 1}), S({4}), DType::Float).Enlarges, Tri::True);
}

TEST(LossRulesTest, SoftMarginKeepsTheInputShape) {
  expectThrows(run(R::SoftMargin, S({4, 1}), S({4}), DType::Float),
               LF::OutputBroadcast,
               "output with shape [4, 1] doesn't match the broadcast shape "
               "[4, 4]");
  expectThrows(run(R::MultiLabelSoftMargin, S({}), S({}), DType::Float),
               LF::IndexError,
               "Dimension specified as -1 but tensor has no dimensions");
}

// ===== Margin losses ========================================================

TEST(LossRulesTest, MultiMargin) {
  EXPECT_EQ(run(R::MultiMargin, S({4, 3}), S({4})).Result, Outcome::Ok);
  expectThrows(run(R::MultiMargin, S({4, 3}), S({4, 1})),
               LF::MultiMarginTargetSize, "inconsistent target size, got: [4, 1]");
  expectThrows(run(R::MultiMargin, S({4, 3, 5}), S({4})), LF::MarginInput,
               "Expected non-empty vector or matrix with optional 0-dim batch "
               "size, but got: [4, 3, 5]");
  expectThrows(run(R::MultiMargin, S({4, 3}), S({4}), DType::Byte),
               LF::ClassIndexDType, "expected scalar type Long but found Byte");
}

TEST(LossRulesTest, MultiLabelMargin) {
  EXPECT_EQ(run(R::MultiLabelMargin, S({4, 3}), S({4, 3})).Result, Outcome::Ok);
  expectThrows(run(R::MultiLabelMargin, S({4, 3}), S({4})),
               LF::MultiLabelTargetSize,
               "inconsistent size [4] for argument #2 'target'");
}

TEST(LossRulesTest, CosineEmbedding) {
  expectThrows(run(R::CosineEmbedding, S({4, 3}), S({4, 1}), DType::Float),
               LF::MultiTarget,
               "0D or 1D target tensor expected, multi-target not supported");
  expectThrows(run(R::CosineEmbedding, S({4, 3, 5}), S({4}), DType::Float),
               LF::CosineTargetRank,
               "1D target tensor expects 2D input tensors, but found inputs "
               "with sizes [4, 3, 5] and [4, 3, 5].");
  expectThrows(run(R::CosineEmbedding, S({4, 3}), S({5}), DType::Float),
               LF::BroadcastMismatch,
               "The size of tensor a (5) must match the size of tensor b (4) "
               "at non-singleton dimension 0");
  EXPECT_EQ(run(R::CosineEmbedding, S({4, 3}), S({4})).Result, Outcome::Ok);
}

TEST(LossRulesTest, MarginRanking) {
  expectThrows(run(R::MarginRankingFrontEnd, S({4}), S({4, 1}), DType::Float),
               LF::SameRankRequired,
               "margin_ranking_loss : All input tensors should have same "
               "dimension but got sizes: input1: [4], input2: [4], target: "
               "[4, 1]");
  LossVerdict V = run(R::MarginRankingAten, S({4}), S({4, 1}), DType::Float);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_EQ(*V.Broadcast, S({4, 4}));
  EXPECT_EQ(V.Enlarges, Tri::True);
}

TEST(LossRulesTest, TripletMargin) {
  expectThrows(run(R::TripletMargin, S({4}), S({4, 1}), DType::Float),
               LF::SameRankRequired,
               "All inputs should have same dimension but got 1D, 2D and 1D "
               "inputs.");
  LossVerdict V = run(R::TripletMargin, S({4, 1}), S({4, 3}), DType::Float);
  EXPECT_EQ(V.Result, Outcome::Ok);
  EXPECT_EQ(V.Enlarges, Tri::True);
}

// ===== CTCLoss ==============================================================

LossOperands ctcOperands(const Shape &LP, const Shape &T, std::size_t IL,
                         std::size_t TL) {
  LossOperands Ops;
  Ops.Input = {LP, DType::Float};
  Ops.Target = {T, DType::Long};
  Ops.InputLengths = {S({static_cast<int64_t>(IL)}), DType::Long, {}};
  Ops.TargetLengths = {S({static_cast<int64_t>(TL)}), DType::Long, {}};
  return Ops;
}

TEST(LossRulesTest, CTC) {
  LossVerdict V =
      evaluateLoss(R::CTC, ctcOperands(S({4, 10, 6}), S({4, 3}), 4, 4), {},
                   nullptr);
  // [N, T, C] instead of [T, N, C]: the batch is read as 10.
  expectThrows(V, LF::CTCLengthsSize, "input_lengths must be of size batch_size");
  V = evaluateLoss(R::CTC, ctcOperands(S({10, 4, 6}), S({5, 3}), 4, 4), {},
                   nullptr);
  expectThrows(V, LF::CTCTargetsSize,
               "Expected tensor to have size 4 at dimension 0, but got size 5 "
               "for argument #2 'targets' (while checking arguments for "
               "ctc_loss_cpu)");
  V = evaluateLoss(R::CTC, ctcOperands(S({1, 10, 4, 6}), S({4, 3}), 4, 4), {},
                   nullptr);
  expectThrows(V, LF::CTCLogProbsRank,
               "Expected 3-dimensional tensor, but got 5-dimensional tensor for "
               "argument #1 'log_probs' (while checking arguments for "
               "ctc_loss_cpu)");
  // Lengths whose values are unknown leave a well-shaped call undecided.
  V = evaluateLoss(R::CTC, ctcOperands(S({10, 4, 6}), S({4, 3}), 4, 4), {},
                   nullptr);
  EXPECT_EQ(V.Result, Outcome::Unknown);
}

TEST(LossRulesTest, ExpectedTargets) {
  EXPECT_EQ(*expectedTargetShape(R::CrossEntropy, S({4, 3, 5})), S({4, 5}));
  EXPECT_EQ(*expectedTargetShape(R::MultiMargin, S({4, 3})), S({4}));
  EXPECT_EQ(*expectedTargetShape(R::CosineEmbedding, S({3})), S({}));
  EXPECT_EQ(*expectedTargetShape(R::SizeWarningFrontEnd, S({4, 1})), S({4, 1}));
  EXPECT_FALSE(expectedTargetShape(R::NLLAten2d, S({4, 3})));
}

} // namespace

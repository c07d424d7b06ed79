//===--- TargetRankRulesTest.cpp - CrossEntropy / NLL targets, by rank ----===//
//
// The decision procedures of checker/core/LossRules.h against what LibTorch
// 1.13 does (docs/libtorch-loss-rules.md):
//  - every row of LossCases.def (§5's key cases, nll_loss2d, 0-d tensors,
//    dtypes, ignore_index), each LibTorch's own outcome and exact message
//    (LibTorchOracle.cpp runs the same rows against the real library);
//  - §1's multi-target trigger table over a generated grid of shapes;
//  - facts that are partly unknown or symbolic: the outcome is Unknown unless
//    LibTorch's answer is the same whatever the unknowns are.
//
//===----------------------------------------------------------------------===//

#include "core/LossRules.h"

#include "TestShapes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace torchtidy;

namespace torchtidy {
// How GoogleTest prints verdicts in a failure.
void PrintTo(Outcome O, std::ostream *OS) {
  *OS << (O == Outcome::Ok       ? "Ok"
          : O == Outcome::Throws ? "Throws"
                                 : "Unknown");
}
void PrintTo(LossFailure F, std::ostream *OS) {
  static const char *const Names[] = {"None",
                                      "MultiTarget",
                                      "SpatialTarget",
                                      "SpatialInput",
                                      "BatchMismatch",
                                      "SizeMismatch",
                                      "TargetSize",
                                      "InputRank",
                                      "IndexError",
                                      "ProbabilityDType",
                                      "IgnoreIndexProbabilities",
                                      "ClassIndexDType"};
  *OS << Names[static_cast<int>(F)];
}
} // namespace torchtidy

namespace {

const char *const MultiTarget =
    "0D or 1D target tensor expected, multi-target not supported";

const char *ruleSetName(LossRuleSet R) {
  switch (R) {
  case LossRuleSet::CrossEntropy:
    return "CrossEntropy";
  case LossRuleSet::NLLFrontEnd:
    return "NLLFrontEnd";
  case LossRuleSet::NLLAtenNd:
    return "NLLAtenNd";
  case LossRuleSet::NLLAten:
    return "NLLAten";
  case LossRuleSet::NLLAten2d:
    return "NLLAten2d";
  default: // this file tests the class-index losses only
    return "?";
  }
}

const LossRuleSet AllRuleSets[] = {
    LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd, LossRuleSet::NLLAten,
    LossRuleSet::NLLAtenNd, LossRuleSet::NLLAten2d};

/// The failure a LibTorch message stands for, told from the message alone.
LossFailure failureOf(const std::string &Message) {
  auto StartsWith = [&](const char *Prefix) {
    return Message.rfind(Prefix, 0) == 0;
  };
  if (StartsWith("0D or 1D target tensor expected"))
    return LossFailure::MultiTarget;
  if (StartsWith("only batches of spatial targets"))
    return LossFailure::SpatialTarget;
  if (StartsWith("only batches of spatial inputs"))
    return LossFailure::SpatialInput;
  if (StartsWith("Expected input batch_size"))
    return LossFailure::BatchMismatch;
  if (StartsWith("size mismatch"))
    return LossFailure::SizeMismatch;
  if (StartsWith("Expected target size"))
    return LossFailure::TargetSize;
  if (StartsWith("Expected 2 or more dimensions") ||
      StartsWith("Expected 1 or more dimensions") ||
      StartsWith("input tensor should be 1D or 2D"))
    return LossFailure::InputRank;
  if (StartsWith("Dimension "))
    return LossFailure::IndexError;
  if (StartsWith("Expected floating point type for target"))
    return LossFailure::ProbabilityDType;
  if (StartsWith("ignore_index is not supported"))
    return LossFailure::IgnoreIndexProbabilities;
  if (StartsWith("expected scalar type Long"))
    return LossFailure::ClassIndexDType;
  return LossFailure::None;
}

LossVerdict evaluate(LossRuleSet Rules, const Shape &Input, const Shape &Target,
                     DType TargetType, const LossOptions &Opts = {},
                     const SymbolTable *Symbols = nullptr) {
  LossOperands Ops;
  Ops.Input = {Input, DType::Float};
  Ops.Target = {Target, TargetType};
  return evaluateLoss(Rules, Ops, Opts, Symbols);
}

/// Checks a verdict against a LossCases.def column: "ok [sizes]" or the
/// exact message.
void expectOutcome(LossRuleSet Rules, const Shape &Input, const Shape &Target,
                   DType TargetType, const LossOptions &Opts,
                   const std::string &Want) {
  SCOPED_TRACE(std::string(ruleSetName(Rules)) + ", input " +
               Input.str(nullptr) + ", target " + Target.str(nullptr) + " " +
               std::string(dtypeName(TargetType)));
  LossVerdict V = evaluate(Rules, Input, Target, TargetType, Opts);
  if (Want.rfind("ok ", 0) == 0) {
    EXPECT_EQ(V.Result, Outcome::Ok) << "got: " << V.Message;
    EXPECT_EQ(V.Failure, LossFailure::None);
    // The output with reduction=none is the class-index target's shape, on
    // the class-index and the probability path alike.
    std::optional<Shape> Out = classIndexTargetShape(Input);
    ASSERT_TRUE(Out);
    EXPECT_EQ(Out->str(nullptr), Want.substr(3));
    return;
  }
  EXPECT_EQ(V.Result, Outcome::Throws);
  EXPECT_EQ(V.Message, Want);
  EXPECT_EQ(V.Failure, failureOf(Want));
}

void expectRow(const Shape &Input, const Shape &Target, DType TargetType,
               const LossOptions &Opts, const char *CrossEntropy,
               const char *NLLFrontEnd, const char *NLLAten,
               const char *NLLAtenNd, const char *NLLAten2d) {
  expectOutcome(LossRuleSet::CrossEntropy, Input, Target, TargetType, Opts,
                CrossEntropy);
  expectOutcome(LossRuleSet::NLLFrontEnd, Input, Target, TargetType, Opts,
                NLLFrontEnd);
  expectOutcome(LossRuleSet::NLLAten, Input, Target, TargetType, Opts, NLLAten);
  expectOutcome(LossRuleSet::NLLAtenNd, Input, Target, TargetType, Opts,
                NLLAtenNd);
  expectOutcome(LossRuleSet::NLLAten2d, Input, Target, TargetType, Opts,
                NLLAten2d);
}

//===----------------------------------------------------------------------===//
// LossCases.def: one test per row, named by its line
//===----------------------------------------------------------------------===//

LossOptions ignoreIndex0() {
  LossOptions Opts;
  Opts.IgnoreIndexNonNegative = Tri::True;
  return Opts;
}

#define SIZES(...) sizes({__VA_ARGS__})
#define LOSS_CASE_AT(Line, Input, Target, DType_, Opts, ...)                   \
  TEST(LossCases, Line) {                                                      \
    expectRow(Input, Target, DType::DType_, Opts, __VA_ARGS__);                \
  }
#define LOSS_CASE_LINE(Line, ...) LOSS_CASE_AT(Line, __VA_ARGS__)
#define LOSS_CASE_CAT(A, B) A##B
#define LOSS_CASE_NAME(LineNo) LOSS_CASE_CAT(Line, LineNo)
#define LOSS_CASE(Input, Target, DType_, ...)                                  \
  LOSS_CASE_LINE(LOSS_CASE_NAME(__LINE__), Input, Target, DType_,              \
                 LossOptions(), __VA_ARGS__)
#define LOSS_CASE_IGNORE_INDEX0(Input, Target, DType_, ...)                    \
  LOSS_CASE_LINE(LOSS_CASE_NAME(__LINE__), Input, Target, DType_,              \
                 ignoreIndex0(), __VA_ARGS__)
#include "LossCases.def"
#undef SIZES

//===----------------------------------------------------------------------===//
// §1 item 2: when "multi-target not supported" is raised, over a grid
//===----------------------------------------------------------------------===//

// libtorch-loss-rules.md's grid sizes, all different so none matches another by
// accident.
constexpr int64_t N = 4, C = 3, D = 2, H = 5, W = 6;

using Sizes = std::vector<int64_t>;

/// §1's table, written again from the table and nothing else: whether
/// \p Rules raises multi-target for input sizes \p I and target sizes \p T.
bool tableSaysMultiTarget(LossRuleSet Rules, const Sizes &I, const Sizes &T) {
  std::size_t R = I.size();
  bool TargetHasBatch = !I.empty() && !T.empty() && T[0] == I[0];
  switch (Rules) {
  case LossRuleSet::CrossEntropy:
    return (R == 1 || R == 2) && T.size() >= 2 && T != I &&
           (R == 1 || TargetHasBatch);
  case LossRuleSet::NLLFrontEnd:
    return R == 2 && T.size() >= 2 && TargetHasBatch;
  case LossRuleSet::NLLAtenNd:
    return (R == 1 || R == 2) && T.size() >= 2 && (R == 1 || TargetHasBatch);
  case LossRuleSet::NLLAten:
    return (R == 1 || R == 2) && T.size() >= 2;
  case LossRuleSet::NLLAten2d:
    return false;
  default: // this file tests the class-index losses only
    return false;
  }
  return false;
}

Shape shapeOf(const Sizes &S) {
  std::vector<Dim> Dims;
  for (int64_t V : S)
    Dims.push_back(c(V));
  return Shape::of(std::move(Dims));
}

/// Every target of rank 0 to 5 whose sizes are 1 or a grid size.
std::vector<Sizes> gridTargets() {
  const int64_t Alphabet[] = {1, D, C, N, H, W};
  std::vector<Sizes> Out = {{}};
  std::vector<Sizes> Last = {{}};
  for (int Rank = 1; Rank <= 5; ++Rank) {
    std::vector<Sizes> Next;
    for (const Sizes &S : Last)
      for (int64_t V : Alphabet) {
        Sizes T = S;
        T.push_back(V);
        Next.push_back(T);
      }
    Out.insert(Out.end(), Next.begin(), Next.end());
    Last = std::move(Next);
  }
  return Out;
}

TEST(MultiTargetTable, GridOfShapes) {
  // Inputs of rank 0 to 5 (libtorch-loss-rules.md's grid inputs), plus a single class
  // and a batch of one, where more targets share the input's sizes.
  const std::vector<Sizes> Inputs = {{},        {C},          {N, C},
                                     {N, C, H}, {N, C, H, W}, {N, C, D, H, W},
                                     {N, 1},    {1, C}};
  const std::vector<Sizes> Targets = gridTargets();
  ASSERT_EQ(Targets.size(), 1u + 6 + 36 + 216 + 1296 + 7776);

  std::vector<std::string> Mismatches;
  std::size_t Cases = 0, Raised = 0;
  for (LossRuleSet Rules : AllRuleSets)
    for (const Sizes &I : Inputs)
      for (const Sizes &T : Targets)
        for (DType Type : {DType::Long, DType::Float}) {
          ++Cases;
          LossVerdict V = evaluate(Rules, shapeOf(I), shapeOf(T), Type);
          bool Want = tableSaysMultiTarget(Rules, I, T);
          bool Got = V.Failure == LossFailure::MultiTarget;
          Raised += Got;
          // Every fact is known here: the rules must decide.
          bool Decided = V.Result != Outcome::Unknown;
          bool MessageOk =
              !Got || (V.Result == Outcome::Throws && V.Message == MultiTarget);
          if ((Want != Got || !Decided || !MessageOk) && Mismatches.size() < 20)
            Mismatches.push_back(
                std::string(ruleSetName(Rules)) + " " +
                shapeOf(I).str(nullptr) + " " + shapeOf(T).str(nullptr) + " " +
                std::string(dtypeName(Type)) + ": table says " +
                (Want ? "multi-target" : "not multi-target") + ", rules say " +
                (V.Result == Outcome::Unknown ? "unknown" : V.Message));
        }
  EXPECT_EQ(Cases, 5u * 8 * 9331 * 2);
  // Both answers occur often: the grid tests something.
  EXPECT_GT(Raised, 10000u);
  EXPECT_LT(Raised, Cases / 2);
  for (const std::string &M : Mismatches)
    ADD_FAILURE() << M;
}

TEST(MultiTargetTable, TypicalTriggersForNC) {
  // §1: typical multi-target triggers for input [N, C].
  for (const Shape &T : {sizes({N, 1}), sizes({N, C, 1}), sizes({N, H, W}),
                         sizes({N, 1, H, W}), sizes({N, C + 1})})
    for (LossRuleSet Rules :
         {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
          LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd}) {
      LossVerdict V = evaluate(Rules, sizes({N, C}), T, DType::Long);
      EXPECT_EQ(V.Message, MultiTarget)
          << ruleSetName(Rules) << " " << T.str(nullptr);
    }
}

TEST(MultiTargetTable, NeverForSpatialInputs) {
  // §1 item 1: the seed article's claim is false; [N, C, H, W] with
  // [N, H, W] is fine everywhere it may be called.
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAtenNd, LossRuleSet::NLLAten2d})
    EXPECT_EQ(
        evaluate(Rules, sizes({N, C, H, W}), sizes({N, H, W}), DType::Long)
            .Result,
        Outcome::Ok)
        << ruleSetName(Rules);
}

//===----------------------------------------------------------------------===//
// torch::nll_loss2d (§2): the target's rank is checked before the input's
//===----------------------------------------------------------------------===//

TEST(NLLLoss2dTest, TargetRankBeforeInputRank) {
  LossVerdict V = evaluate(LossRuleSet::NLLAten2d, sizes({N, C}), sizes({N, C}),
                           DType::Long);
  EXPECT_EQ(V.Message, "only batches of spatial targets supported (3D "
                       "tensors) but got targets of dimension: 2");
  V = evaluate(LossRuleSet::NLLAten2d, sizes({N, C, H}), sizes({N, H, W}),
               DType::Long);
  EXPECT_EQ(V.Message, "only batches of spatial inputs supported (4D tensors), "
                       "but got input of dimension: 3");
  EXPECT_EQ(V.Failure, LossFailure::SpatialInput);
}

TEST(NLLLoss2dTest, TargetRankDecidesEvenWithoutTheInput) {
  // Known before anything is known about the input.
  LossVerdict V = evaluate(LossRuleSet::NLLAten2d, Shape(), sizes({N, H, W, 1}),
                           DType::Long);
  EXPECT_EQ(V.Result, Outcome::Throws);
  EXPECT_EQ(V.Failure, LossFailure::SpatialTarget);
  EXPECT_EQ(V.Message, "only batches of spatial targets supported (3D "
                       "tensors) but got targets of dimension: 4");
  V = evaluate(LossRuleSet::NLLAten2d, Shape(), sizes({N, H, W}), DType::Long);
  EXPECT_EQ(V.Result, Outcome::Unknown);
}

TEST(NLLLoss2dTest, SizesThenDType) {
  // A wrong size is reported before a wrong dtype.
  LossVerdict V = evaluate(LossRuleSet::NLLAten2d, sizes({N, C, H, W}),
                           sizes({N, W, H}), DType::Float);
  EXPECT_EQ(V.Failure, LossFailure::SizeMismatch);
  V = evaluate(LossRuleSet::NLLAten2d, sizes({N, C, H, W}), sizes({N, H, W}),
               DType::Float);
  EXPECT_EQ(V.Message, "expected scalar type Long but found Float");
  V = evaluate(LossRuleSet::NLLAten2d, sizes({N, C, H, W}), sizes({N, H, W}),
               DType::Long);
  EXPECT_EQ(V.Result, Outcome::Ok);
}

//===----------------------------------------------------------------------===//
// Unknown ranks
//===----------------------------------------------------------------------===//

TEST(LossRulesUnknownTest, UnknownTargetRank) {
  for (LossRuleSet Rules : AllRuleSets)
    for (const Shape &I : {sizes({N, C}), sizes({N, C, H, W}), Shape()})
      EXPECT_EQ(evaluate(Rules, I, Shape(), DType::Long).Result,
                Outcome::Unknown)
          << ruleSetName(Rules) << " " << I.str(nullptr);
}

TEST(LossRulesUnknownTest, UnknownTargetRankHidesInputOnlyChecks) {
  // FALSE NEGATIVE: these inputs are rejected whatever the target is
  // ("Expected 2 or more dimensions (got 1)", "input tensor should be 1D or
  // 2D"), but the run stops at the unknown target rank first.
  EXPECT_EQ(evaluate(LossRuleSet::NLLFrontEnd, sizes({C}), Shape(), DType::Long)
                .Result,
            Outcome::Unknown);
  EXPECT_EQ(
      evaluate(LossRuleSet::NLLAten, sizes({N, C, H}), Shape(), DType::Long)
          .Result,
      Outcome::Unknown);
}

TEST(LossRulesUnknownTest, UnknownInputRank) {
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd})
    for (const Shape &T : {sizes({}), sizes({N}), sizes({N, 1}),
                           sizes({N, H, W}), sizes({N, 1, H, W})})
      EXPECT_EQ(evaluate(Rules, Shape(), T, DType::Long).Result,
                Outcome::Unknown)
          << ruleSetName(Rules) << " " << T.str(nullptr);
}

TEST(LossRulesUnknownTest, KnownRanksUnknownSizes) {
  Shape Rank2 = Shape::ofRank(2);
  // torch::nll_loss looks at the target's rank before any size.
  EXPECT_EQ(evaluate(LossRuleSet::NLLAten, Rank2, Rank2, DType::Long).Message,
            MultiTarget);
  // The others compare batch sizes first, or (CE) may take the probability
  // path if the sizes are equal.
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAtenNd})
    EXPECT_EQ(evaluate(Rules, Rank2, Rank2, DType::Long).Result,
              Outcome::Unknown)
        << ruleSetName(Rules);
  // A 4-d input with a 4-d target: spatial-target error, unless (CE) the
  // sizes are equal.
  Shape Rank4 = Shape::ofRank(4);
  EXPECT_EQ(evaluate(LossRuleSet::NLLAten2d, Rank4, Rank4, DType::Long).Failure,
            LossFailure::SpatialTarget);
  EXPECT_EQ(
      evaluate(LossRuleSet::CrossEntropy, Rank4, Rank4, DType::Long).Result,
      Outcome::Unknown);
  EXPECT_EQ(
      evaluate(LossRuleSet::NLLAtenNd, Rank4, Shape::ofRank(3), DType::Long)
          .Result,
      Outcome::Unknown);
}

//===----------------------------------------------------------------------===//
// Unknown sizes
//===----------------------------------------------------------------------===//

TEST(LossRulesUnknownTest, UnknownBatchSize) {
  Shape I = Shape::of({q(), c(C)});
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd}) {
    EXPECT_EQ(evaluate(Rules, I, sizes({N}), DType::Long).Result,
              Outcome::Unknown)
        << ruleSetName(Rules);
    EXPECT_EQ(
        evaluate(Rules, sizes({N, C}), Shape::of({q()}), DType::Long).Result,
        Outcome::Unknown)
        << ruleSetName(Rules);
  }
  // [?, C] with [N, 1]: a batch mismatch or multi-target, two messages.
  EXPECT_EQ(
      evaluate(LossRuleSet::NLLFrontEnd, I, sizes({N, 1}), DType::Long).Result,
      Outcome::Unknown);
  // torch::nll_loss raises multi-target before comparing batch sizes.
  EXPECT_EQ(
      evaluate(LossRuleSet::NLLAten, I, sizes({N, 1}), DType::Long).Message,
      MultiTarget);
}

TEST(LossRulesUnknownTest, UnknownClassCountDoesNotMatter) {
  // Class indices are never compared with the class count's size.
  Shape I = Shape::of({c(N), q()});
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd})
    EXPECT_EQ(evaluate(Rules, I, sizes({N}), DType::Long).Result, Outcome::Ok)
        << ruleSetName(Rules);
}

TEST(LossRulesUnknownTest, UnknownClassCountAndKeepdimTarget) {
  // [N, ?] with [N, 1]: if ? is 1, CrossEntropy takes the probability path
  // (and rejects a Long target with another message).
  Shape I = Shape::of({c(N), q()});
  EXPECT_EQ(
      evaluate(LossRuleSet::CrossEntropy, I, sizes({N, 1}), DType::Long).Result,
      Outcome::Unknown);
  // NLL has no probability path.
  EXPECT_EQ(
      evaluate(LossRuleSet::NLLFrontEnd, I, sizes({N, 1}), DType::Long).Message,
      MultiTarget);
  // With 4 dims, the target's rank decides on every path but the one where
  // target and input are equal, which a 1 against C rules out.
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C, H, W}),
                     Shape::of({c(N), c(1), q(), q()}), DType::Long)
                .Failure,
            LossFailure::SpatialTarget);
}

TEST(LossRulesUnknownTest, UnknownSpatialSizes) {
  Shape I = Shape::of({c(N), c(C), q(), q()});
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAtenNd, LossRuleSet::NLLAten2d}) {
    EXPECT_EQ(evaluate(Rules, I, sizes({N, H, W}), DType::Long).Result,
              Outcome::Unknown)
        << ruleSetName(Rules);
    EXPECT_EQ(evaluate(Rules, sizes({N, C, H, W}), Shape::of({c(N), q(), c(W)}),
                       DType::Long)
                  .Result,
              Outcome::Unknown)
        << ruleSetName(Rules);
  }
  // Rank 3: the target's sizes from dim 1 must equal the input's from dim 2.
  EXPECT_EQ(evaluate(LossRuleSet::NLLAtenNd, Shape::of({c(N), c(C), q()}),
                     sizes({N, H}), DType::Long)
                .Result,
            Outcome::Unknown);
}

//===----------------------------------------------------------------------===//
// Unknown dtype and options: shape errors still decide
//===----------------------------------------------------------------------===//

TEST(LossRulesUnknownTest, UnknownDTypeAfterGoodShapes) {
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd})
    EXPECT_EQ(evaluate(Rules, sizes({N, C}), sizes({N}), DType::Unknown).Result,
              Outcome::Unknown)
        << ruleSetName(Rules);
  EXPECT_EQ(evaluate(LossRuleSet::NLLAten2d, sizes({N, C, H, W}),
                     sizes({N, H, W}), DType::Unknown)
                .Result,
            Outcome::Unknown);
  // [C] with [C]: CE's probability path wants a float, nll_loss a Long.
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({C}), sizes({C}),
                     DType::Unknown)
                .Result,
            Outcome::Unknown);
  EXPECT_EQ(
      evaluate(LossRuleSet::NLLAten, sizes({C}), sizes({C}), DType::Unknown)
          .Result,
      Outcome::Unknown);
}

TEST(LossRulesUnknownTest, ShapeErrorsDoNotNeedTheDType) {
  // Shape checks run before dtype checks (§1 item 5).
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd})
    EXPECT_EQ(
        evaluate(Rules, sizes({N, C}), sizes({N, 1}), DType::Unknown).Message,
        MultiTarget)
        << ruleSetName(Rules);
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C, H, W}),
                     sizes({N, W, H}), DType::Unknown)
                .Failure,
            LossFailure::SizeMismatch);
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C, H}),
                     sizes({N, 1, H}), DType::Unknown)
                .Failure,
            LossFailure::TargetSize);
}

TEST(LossRulesUnknownTest, ProbabilityPathWithUnknownDType) {
  // T == I: the probability path; a Long target throws, a float one runs.
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C}), sizes({N, C}),
                     DType::Unknown)
                .Result,
            Outcome::Unknown);
  // NLL has no such path: multi-target whatever the dtype.
  EXPECT_EQ(evaluate(LossRuleSet::NLLFrontEnd, sizes({N, C}), sizes({N, C}),
                     DType::Unknown)
                .Message,
            MultiTarget);
}

TEST(LossRulesUnknownTest, UnknownIgnoreIndex) {
  LossOptions Opts;
  Opts.IgnoreIndexNonNegative = Tri::Unknown;
  // A float probability target throws only if ignore_index >= 0.
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C}), sizes({N, C}),
                     DType::Float, Opts)
                .Result,
            Outcome::Unknown);
  // The dtype check comes first.
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C}), sizes({N, C}),
                     DType::Long, Opts)
                .Failure,
            LossFailure::ProbabilityDType);
  // Class indices do not look at it.
  EXPECT_EQ(evaluate(LossRuleSet::CrossEntropy, sizes({N, C}), sizes({N}),
                     DType::Long, Opts)
                .Result,
            Outcome::Ok);
}

TEST(LossRulesUnknownTest, DefaultIgnoreIndexIsNegative) {
  // -100 by default: the probability path runs.
  EXPECT_EQ(LossOptions().IgnoreIndexNonNegative, Tri::False);
}

//===----------------------------------------------------------------------===//
// Symbolic sizes: certain where the symbols cancel out, messages by name
//===----------------------------------------------------------------------===//

class LossRulesSymbolicTest : public ::testing::Test {
protected:
  SymbolTable Symbols;
  Dim B = Dim::symbol(Symbols.add("batch"));
  Dim K = Dim::symbol(Symbols.add("classes"));
  Dim T = Dim::symbol(Symbols.add("time"));
  Dim Hs = Dim::symbol(Symbols.add("h"));
  Dim Ws = Dim::symbol(Symbols.add("w"));

  LossVerdict eval(LossRuleSet Rules, std::vector<Dim> I, std::vector<Dim> Tg,
                   DType Type = DType::Long) {
    return evaluate(Rules, Shape::of(std::move(I)), Shape::of(std::move(Tg)),
                    Type, {}, &Symbols);
  }
};

TEST_F(LossRulesSymbolicTest, MatchingSymbolsAreFine) {
  for (LossRuleSet Rules : {LossRuleSet::CrossEntropy, LossRuleSet::NLLFrontEnd,
                            LossRuleSet::NLLAten, LossRuleSet::NLLAtenNd})
    EXPECT_EQ(eval(Rules, {B, K}, {B}).Result, Outcome::Ok)
        << ruleSetName(Rules);
  EXPECT_EQ(eval(LossRuleSet::NLLAten2d, {B, K, Hs, Ws}, {B, Hs, Ws}).Result,
            Outcome::Ok);
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, K, T}, {B, T}).Result,
            Outcome::Ok);
}

TEST_F(LossRulesSymbolicTest, KeepdimTarget) {
  // NLL: multi-target whatever the sizes.
  EXPECT_EQ(eval(LossRuleSet::NLLFrontEnd, {B, K}, {B, c(1)}).Message,
            MultiTarget);
  // CE: if `classes` is 1, the target equals the input (probability path).
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, K}, {B, c(1)}).Result,
            Outcome::Unknown);
  // ... which 5 classes rule out.
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, c(5)}, {B, c(1)}).Message,
            MultiTarget);
}

TEST_F(LossRulesSymbolicTest, MessagesNameTheSymbols) {
  EXPECT_EQ(eval(LossRuleSet::NLLFrontEnd, {B, K, T}, {B, c(1), T}).Message,
            "Expected target size [batch, time], got [batch, 1, time]");
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, c(5), T}, {B, c(1), T}).Message,
            "Expected target size [batch, time], got [batch, 1, time]");
  EXPECT_EQ(
      eval(LossRuleSet::NLLAten2d, {B, c(3), c(5), c(6)}, {B, c(6), c(5)})
          .Message,
      "size mismatch (got input: [batch, 3, 5, 6] , target: [batch, 6, 5]");
  EXPECT_EQ(
      eval(LossRuleSet::CrossEntropy, {B, c(3), Hs, Ws}, {B, c(1), Hs, Ws})
          .Message,
      "only batches of spatial targets supported (3D tensors) but got "
      "targets of dimension: 4");
}

TEST_F(LossRulesSymbolicTest, SymbolsThatMayDifferLeaveItOpen) {
  Dim M = Dim::symbol(Symbols.add("m"));
  // batch vs m: equal or not.
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, K}, {M}).Result,
            Outcome::Unknown);
  EXPECT_EQ(eval(LossRuleSet::NLLAten, {B, K}, {M}).Result, Outcome::Unknown);
  // A symbol against a number is never certainly different.
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, K}, {c(N)}).Result,
            Outcome::Unknown);
  EXPECT_EQ(eval(LossRuleSet::NLLAtenNd, {c(N), K}, {B}).Result,
            Outcome::Unknown);
  // 2*batch may equal batch (batch == 0).
  EXPECT_EQ(eval(LossRuleSet::NLLFrontEnd, {B, K}, {B.times(c(2))}).Result,
            Outcome::Unknown);
  // h and w may be equal.
  EXPECT_EQ(eval(LossRuleSet::NLLAten2d, {B, K, Hs, Ws}, {B, Ws, Hs}).Result,
            Outcome::Unknown);
}

TEST_F(LossRulesSymbolicTest, SequenceModelMistake) {
  // [batch, time, vocab] logits with [batch, time] targets: the class dim is
  // in the wrong place. With symbols time may equal vocab: unknown. With
  // numbers: LibTorch's message.
  Dim V = Dim::symbol(Symbols.add("vocab"));
  EXPECT_EQ(eval(LossRuleSet::CrossEntropy, {B, T, V}, {B, T}).Result,
            Outcome::Unknown);
  EXPECT_EQ(
      eval(LossRuleSet::CrossEntropy, {c(8), c(10), c(100)}, {c(8), c(10)})
          .Message,
      "Expected target size [8, 100], got [8, 10]");
}

//===----------------------------------------------------------------------===//
// classIndexTargetShape
//===----------------------------------------------------------------------===//

TEST(ClassIndexTargetShapeTest, DropsTheClassDim) {
  auto Target = [](const Shape &I) {
    std::optional<Shape> S = classIndexTargetShape(I);
    return S ? S->str(nullptr) : std::string("none");
  };
  EXPECT_EQ(Target(sizes({C})), "[]");
  EXPECT_EQ(Target(sizes({N, C})), "[4]");
  EXPECT_EQ(Target(sizes({N, C, H})), "[4, 5]");
  EXPECT_EQ(Target(sizes({N, C, H, W})), "[4, 5, 6]");
  EXPECT_EQ(Target(sizes({N, C, D, H, W})), "[4, 2, 5, 6]");
  EXPECT_EQ(Target(Shape::of({q(), c(C), q()})), "[?, ?]");
  EXPECT_EQ(Target(sizes({})), "none");
  EXPECT_EQ(Target(Shape()), "none");
}

TEST(ClassIndexTargetShapeTest, IsAcceptedByEveryEntryThatTakesTheInput) {
  // The expected target runs everywhere the input's rank is allowed.
  for (const Shape &I : {sizes({N, C}), sizes({N, C, H}), sizes({N, C, H, W}),
                         sizes({N, C, D, H, W})}) {
    Shape T = *classIndexTargetShape(I);
    for (LossRuleSet Rules : {LossRuleSet::CrossEntropy,
                              LossRuleSet::NLLFrontEnd, LossRuleSet::NLLAtenNd})
      EXPECT_EQ(evaluate(Rules, I, T, DType::Long).Result, Outcome::Ok)
          << ruleSetName(Rules) << " " << I.str(nullptr);
  }
}

} // namespace

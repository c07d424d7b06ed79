//===--- LossRules.cpp - What LibTorch does with a loss's input and target ===//
//
// The order of checks and the messages follow LibTorch 1.13 as measured
// (loss-semantics: CrossEntropy, NLLLoss and the ATen nll_loss family).
//
//===----------------------------------------------------------------------===//

#include "LossRules.h"

#include <functional>

namespace torchtidy {

namespace {

/// Replays a sequence of LibTorch checks over partly known facts.
class RuleRun {
public:
  explicit RuleRun(const SymbolTable *Symbols) : Symbols(Symbols) {}

  /// One LibTorch check that throws when \p Fails holds. Returns true when
  /// the run is decided: the check certainly throws, or may throw.
  bool check(Tri Fails, LossFailure Failure,
             const std::function<std::string()> &Message) {
    if (Fails == Tri::False)
      return false;
    if (Fails == Tri::True) {
      Verdict.Result = Outcome::Throws;
      Verdict.Failure = Failure;
      Verdict.Message = Message();
    }
    return true;
  }

  /// Stops the run with an unknown outcome when \p Known is false.
  bool unknownUnless(bool Known) { return !Known; }

  LossVerdict ok() {
    Verdict.Result = Outcome::Ok;
    return Verdict;
  }
  LossVerdict done() const { return Verdict; }

  std::string str(const Shape &S) const { return S.str(Symbols); }
  std::string str(const Dim &D) const { return D.str(Symbols); }

private:
  const SymbolTable *Symbols;
  LossVerdict Verdict; // Unknown until decided
};

std::string rankStr(std::size_t R) { return std::to_string(R); }

/// The target's size at dim 0, as LibTorch reads it: a 0-d target reads 0
/// (an unchecked ArrayRef access in 1.13 and 2.x that in practice gives 0).
Dim targetBatch(const Shape &T) {
  return T.rank() == 0 ? Dim::constant(0) : T[0];
}

/// The dtype check of every class-index path.
Tri notLong(DType T) { return triNot(isLong(T)); }
std::string scalarTypeMessage(DType T) {
  return "expected scalar type Long but found " + std::string(dtypeName(T));
}
/// at::nll_loss's kernel (1-d or 2-d input) also takes uint8 class indices,
/// as measured on 1.13; nll_loss2d and the rank 3+ path take Long only.
Tri notLongOrByte(DType T) {
  return triAnd(notLong(T), triOf(T != DType::Byte));
}

/// at::nll_loss's checks once the input rank (1 or 2) and, for 2-d input,
/// the batch size are known to be fine: the part shared by nll_loss_nd.
LossVerdict nllLossBody(RuleRun &Run, const TensorOperand &I,
                        const TensorOperand &T) {
  std::size_t R = I.Sizes.rank(), TR = T.Sizes.rank();
  if (Run.check(triOf(TR >= 2), LossFailure::MultiTarget, [] {
        return "0D or 1D target tensor expected, multi-target not supported";
      }))
    return Run.done();
  if (R == 2 && TR == 0 &&
      Run.check(Tri::True, LossFailure::IndexError, [] {
        return "Dimension specified as 0 but tensor has no dimensions";
      }))
    return Run.done();
  if (!(R == 1 && TR == 0) &&
      Run.check(triNot(I.Sizes[0].equals(T.Sizes[0])),
                LossFailure::SizeMismatch, [&] {
                  return "size mismatch (got input: " + Run.str(I.Sizes) +
                         ", target: " + Run.str(T.Sizes) + ")";
                }))
    return Run.done();
  if (Run.check(notLongOrByte(T.Type), LossFailure::ClassIndexDType,
                [&] { return scalarTypeMessage(T.Type); }))
    return Run.done();
  return Run.ok();
}

/// at::nll_loss2d's checks after the target rank (3) and input rank (4).
LossVerdict nll2dBody(RuleRun &Run, const TensorOperand &I,
                      const TensorOperand &T) {
  const Shape &S = I.Sizes;
  Shape Expected = Shape::of({S[0], S[2], S[3]});
  if (Run.check(triNot(T.Sizes.equals(Expected)), LossFailure::SizeMismatch,
                [&] {
                  // LibTorch's message has this spacing and no closing ')'.
                  return "size mismatch (got input: " + Run.str(S) +
                         " , target: " + Run.str(T.Sizes);
                }))
    return Run.done();
  if (Run.check(notLong(T.Type), LossFailure::ClassIndexDType,
                [&] { return scalarTypeMessage(T.Type); }))
    return Run.done();
  return Run.ok();
}

/// at::nll_loss_nd once the input has at least one dim.
LossVerdict nllNdBody(RuleRun &Run, const TensorOperand &I,
                      const TensorOperand &T) {
  std::size_t R = I.Sizes.rank(), TR = T.Sizes.rank();
  if (R >= 2 &&
      Run.check(triNot(I.Sizes[0].equals(targetBatch(T.Sizes))),
                LossFailure::BatchMismatch, [&] {
                  return "Expected input batch_size (" + Run.str(I.Sizes[0]) +
                         ") to match target batch_size (" +
                         Run.str(targetBatch(T.Sizes)) + ").";
                }))
    return Run.done();
  if (R == 1 || R == 2)
    return nllLossBody(Run, I, T);
  if (R == 4) {
    if (Run.check(triOf(TR != 3), LossFailure::SpatialTarget, [&] {
          return "only batches of spatial targets supported (3D tensors) but "
                 "got targets of dimension: " +
                 rankStr(TR);
        }))
      return Run.done();
    return nll2dBody(Run, I, T);
  }
  // Rank 3 or >= 5: the target must be [N] + input sizes from dim 2 on.
  std::vector<Dim> Want = {I.Sizes[0]};
  Want.insert(Want.end(), I.Sizes.dims().begin() + 2, I.Sizes.dims().end());
  Shape Expected = Shape::of(Want);
  Tri Differs = TR == 0 ? Tri::True : Tri::False;
  if (TR != 0) {
    // LibTorch compares target sizes from dim 1 with input sizes from dim 2.
    std::vector<Dim> TailT(T.Sizes.dims().begin() + 1, T.Sizes.dims().end());
    std::vector<Dim> TailI(I.Sizes.dims().begin() + 2, I.Sizes.dims().end());
    Differs = triNot(Shape::of(TailT).equals(Shape::of(TailI)));
  }
  if (Run.check(Differs, LossFailure::TargetSize, [&] {
        return "Expected target size " + Run.str(Expected) + ", got " +
               Run.str(T.Sizes);
      }))
    return Run.done();
  if (Run.check(notLong(T.Type), LossFailure::ClassIndexDType,
                [&] { return scalarTypeMessage(T.Type); }))
    return Run.done();
  return Run.ok();
}

LossVerdict crossEntropy(RuleRun &Run, const TensorOperand &I,
                         const TensorOperand &T, const LossOptions &Opts) {
  Tri Same = I.Sizes.equals(T.Sizes);
  if (Same == Tri::Unknown)
    return Run.done();
  if (Same == Tri::True) {
    // Equal sizes select the class-probability path.
    if (Run.check(triNot(isFloating(T.Type)), LossFailure::ProbabilityDType,
                  [&] {
                    return "Expected floating point type for target with "
                           "class probabilities, got " +
                           std::string(dtypeName(T.Type));
                  }))
      return Run.done();
    if (Run.check(Opts.IgnoreIndexNonNegative,
                  LossFailure::IgnoreIndexProbabilities, [] {
                    return "ignore_index is not supported for floating point "
                           "target";
                  }))
      return Run.done();
    if (Run.check(triOf(I.Sizes.rank() == 0), LossFailure::IndexError, [] {
          return "Dimension specified as 1 but tensor has no dimensions";
        }))
      return Run.done();
    return Run.ok();
  }
  if (Run.check(triOf(I.Sizes.rank() == 0), LossFailure::IndexError, [] {
        return "Dimension out of range (expected to be in range of [-1, 0], "
               "but got 1)";
      }))
    return Run.done();
  return nllNdBody(Run, I, T);
}

} // namespace

LossVerdict evaluateLoss(LossRuleSet Rules, const TensorOperand &Input,
                         const TensorOperand &Target, const LossOptions &Opts,
                         const SymbolTable *Symbols) {
  RuleRun Run(Symbols);
  if (!Target.Sizes.hasRank())
    return Run.done();
  std::size_t TR = Target.Sizes.rank();
  // at::nll_loss2d checks the target's rank before looking at the input.
  if (Rules == LossRuleSet::NLLAten2d &&
      Run.check(triOf(TR != 3), LossFailure::SpatialTarget, [&] {
        return "only batches of spatial targets supported (3D tensors) but "
               "got targets of dimension: " +
               rankStr(TR);
      }))
    return Run.done();
  if (!Input.Sizes.hasRank())
    return Run.done();
  std::size_t R = Input.Sizes.rank();
  switch (Rules) {
  case LossRuleSet::CrossEntropy:
    return crossEntropy(Run, Input, Target, Opts);
  case LossRuleSet::NLLFrontEnd:
    if (Run.check(triOf(R < 2), LossFailure::InputRank, [&] {
          return "Expected 2 or more dimensions (got " + rankStr(R) + ")";
        }))
      return Run.done();
    return nllNdBody(Run, Input, Target);
  case LossRuleSet::NLLAtenNd:
    if (Run.check(triOf(R == 0), LossFailure::InputRank,
                  [] { return "Expected 1 or more dimensions (got 0)"; }))
      return Run.done();
    return nllNdBody(Run, Input, Target);
  case LossRuleSet::NLLAten:
    if (Run.check(triOf(R != 1 && R != 2), LossFailure::InputRank,
                  [] { return "input tensor should be 1D or 2D"; }))
      return Run.done();
    return nllLossBody(Run, Input, Target);
  case LossRuleSet::NLLAten2d:
    if (Run.check(triOf(R != 4), LossFailure::SpatialInput, [&] {
          return "only batches of spatial inputs supported (4D tensors), but "
                 "got input of dimension: " +
                 rankStr(R);
        }))
      return Run.done();
    return nll2dBody(Run, Input, Target);
  }
  return Run.done();
}

std::optional<Shape> classIndexTargetShape(const Shape &Input) {
  if (!Input.hasRank() || Input.rank() == 0)
    return std::nullopt;
  std::vector<Dim> Dims = Input.dims();
  Dims.erase(Dims.begin() + (Input.rank() == 1 ? 0 : 1));
  return Shape::of(std::move(Dims));
}

} // namespace torchtidy

//===--- LossRules.cpp - What LibTorch does with a loss's input and target ===//
//
// The order of checks and the messages follow LibTorch 1.13 as measured
// (libtorch-loss-rules.md §2-§3; the oracle grid of test/real proves every rule set
// against the installed library). Inputs are assumed floating, as every
// loss requires: a known non-floating input leaves the outcome unknown.
//
//===----------------------------------------------------------------------===//

#include "LossRules.h"
#include "ShapeOps.h"

#include <functional>

namespace torchtidy {

LossCheck checkFor(LossFailure F) {
  switch (F) {
  case LossFailure::MultiTarget:
  case LossFailure::SpatialTarget:
  case LossFailure::MultiMarginTargetSize:
    return LossCheck::TargetRank;
  case LossFailure::ProbabilityDType:
  case LossFailure::IgnoreIndexProbabilities:
  case LossFailure::ClassIndexDType:
  case LossFailure::TargetDTypeMismatch:
  case LossFailure::ResultTypeCast:
  case LossFailure::IntegralTarget:
  case LossFailure::CTCLengthsDType:
    return LossCheck::TargetDType;
  case LossFailure::None:
  case LossFailure::SpatialInput:
  case LossFailure::BatchMismatch:
  case LossFailure::SizeMismatch:
  case LossFailure::TargetSize:
  case LossFailure::InputRank:
  case LossFailure::IndexError:
  case LossFailure::SameSizeRequired:
  case LossFailure::BroadcastMismatch:
  case LossFailure::OutputBroadcast:
  case LossFailure::MarginInput:
  case LossFailure::MultiLabelTargetSize:
  case LossFailure::CosineTargetRank:
  case LossFailure::SameRankRequired:
  case LossFailure::CTCLogProbsRank:
  case LossFailure::CTCTargetsRank:
  case LossFailure::CTCLengthsSize:
  case LossFailure::CTCTargetsSize:
  case LossFailure::CTCLengthValue:
    break;
  }
  return LossCheck::TargetShape;
}

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

  /// Stops the run with an unknown outcome unless \p Known.
  bool unknownUnless(bool Known) { return !Known; }

  /// A shape warning LibTorch prints when \p Warns holds (kept only when
  /// certain; it never changes the outcome).
  void warn(Tri Warns, const std::function<std::string()> &Message) {
    if (Warns == Tri::True && Verdict.Warning.empty())
      Verdict.Warning = Message();
  }

  /// LibTorch's infer_size(A, B): the broadcast shape, or nothing when the
  /// run is decided (the broadcast error, or an undecidable broadcast).
  std::optional<Shape> broadcast(const Shape &A, const Shape &B) {
    InferSizeResult R = inferSize(A, B);
    if (R.Fails == Tri::False)
      return R.Result;
    check(R.Fails, LossFailure::BroadcastMismatch, [&] {
      return "The size of tensor a (" + str(R.SizeA) +
             ") must match the size of tensor b (" + str(R.SizeB) +
             ") at non-singleton dimension " + std::to_string(R.FailDim);
    });
    return std::nullopt;
  }

  LossVerdict ok() {
    Verdict.Result = Outcome::Ok;
    return Verdict;
  }
  /// The call runs, computing its terms over \p Broadcast; it enlarges
  /// when that differs from \p Reference (the input's shape, usually).
  LossVerdict okBroadcast(const Shape &Broadcast, const Shape &Reference) {
    Verdict.Broadcast = Broadcast;
    Verdict.Enlarges = triNot(Broadcast.equals(Reference));
    return ok();
  }
  LossVerdict done() const { return Verdict; }

  std::string str(const Shape &S) const { return S.str(Symbols); }
  std::string str(const Dim &D) const { return D.str(Symbols); }

private:
  const SymbolTable *Symbols;
  LossVerdict Verdict; // Unknown until decided
};

std::string rankStr(std::size_t R) { return std::to_string(R); }

/// Whether every size of \p S is known, so that a message can print it.
bool fullyKnown(const Shape &S) {
  if (!S.hasRank())
    return false;
  for (const Dim &D : S.dims())
    if (!D.isKnown())
      return false;
  return true;
}

Tri isBool(DType T) {
  if (T == DType::Unknown || T == DType::Other)
    return Tri::Unknown;
  return triOf(T == DType::Bool);
}

/// The input without dim \p D.
Shape without(const Shape &S, std::size_t D) {
  std::vector<Dim> Dims = S.dims();
  Dims.erase(Dims.begin() + D);
  return Shape::of(std::move(Dims));
}

/// The target's size at dim 0, as LibTorch reads it: a 0-d target reads 0
/// (an unchecked ArrayRef access in 1.13 and 2.x that in practice gives 0).
Dim targetBatch(const Shape &T) {
  return T.rank() == 0 ? Dim::constant(0) : T[0];
}

/// The class-index dtype check: Long, and also Byte for at::nll_loss.
Tri classIndexTypeFails(DType T, bool ByteOk) {
  if (T == DType::Unknown || T == DType::Other)
    return Tri::Unknown;
  return triOf(!(T == DType::Long || (ByteOk && T == DType::Byte)));
}
std::string scalarTypeMessage(DType T) {
  return "expected scalar type Long but found " + std::string(dtypeName(T));
}

//===--- CrossEntropyLoss and NLLLoss -------------------------------------===//

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
  if (Run.check(classIndexTypeFails(T.Type, /*ByteOk=*/true),
                LossFailure::ClassIndexDType,
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
  if (Run.check(classIndexTypeFails(T.Type, false),
                LossFailure::ClassIndexDType,
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
  if (Run.check(classIndexTypeFails(T.Type, false),
                LossFailure::ClassIndexDType,
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

LossVerdict nllRules(RuleRun &Run, LossRuleSet Rules, const TensorOperand &I,
                     const TensorOperand &T) {
  std::size_t R = I.Sizes.rank();
  switch (Rules) {
  case LossRuleSet::NLLFrontEnd:
    if (Run.check(triOf(R < 2), LossFailure::InputRank, [&] {
          return "Expected 2 or more dimensions (got " + rankStr(R) + ")";
        }))
      return Run.done();
    return nllNdBody(Run, I, T);
  case LossRuleSet::NLLAtenNd:
    if (Run.check(triOf(R == 0), LossFailure::InputRank,
                  [] { return "Expected 1 or more dimensions (got 0)"; }))
      return Run.done();
    return nllNdBody(Run, I, T);
  case LossRuleSet::NLLAten:
    if (Run.check(triOf(R != 1 && R != 2), LossFailure::InputRank,
                  [] { return "input tensor should be 1D or 2D"; }))
      return Run.done();
    return nllLossBody(Run, I, T);
  default: // NLLAten2d, whose target rank was checked first
    if (Run.check(triOf(R != 4), LossFailure::SpatialInput, [&] {
          return "only batches of spatial inputs supported (4D tensors), but "
                 "got input of dimension: " +
                 rankStr(R);
        }))
      return Run.done();
    return nll2dBody(Run, I, T);
  }
}

//===--- BCELoss and BCEWithLogitsLoss ------------------------------------===//

/// The front end's exact-size check (a hard error despite "deprecated").
bool sameSizeFrontEnd(RuleRun &Run, LossRuleSet Rules, const TensorOperand &I,
                      const TensorOperand &T) {
  return Run.check(triNot(T.Sizes.equals(I.Sizes)),
                   LossFailure::SameSizeRequired, [&] {
                     if (Rules == LossRuleSet::BCEFrontEnd)
                       return "Using a target size (" + Run.str(T.Sizes) +
                              ") that is different to the input size (" +
                              Run.str(I.Sizes) +
                              ") is deprecated. Please ensure they have the "
                              "same size.";
                     return "Target size (" + Run.str(T.Sizes) +
                            ") must be the same as input size (" +
                            Run.str(I.Sizes) + ")";
                   });
}

/// at::binary_cross_entropy: computes on squeeze(input) and squeeze(target)
/// into a loss shaped like the input, which out= resizes with a warning.
LossVerdict bceAten(RuleRun &Run, const TensorOperand &I,
                    const TensorOperand &T) {
  Shape SqI = squeezeAllShape(I.Sizes), SqT = squeezeAllShape(T.Sizes);
  if (Run.unknownUnless(SqI.hasRank() && SqT.hasRank()))
    return Run.done();
  std::optional<Shape> B = Run.broadcast(SqI, SqT);
  if (!B)
    return Run.done();
  if (Run.unknownUnless(T.Type != DType::Unknown && T.Type != DType::Other &&
                        I.Type != DType::Unknown && I.Type != DType::Other))
    return Run.done();
  if (Run.check(triOf(T.Type != I.Type), LossFailure::TargetDTypeMismatch,
                [&] {
                  return "Found dtype " + std::string(dtypeName(T.Type)) +
                         " but expected " + std::string(dtypeName(I.Type));
                }))
    return Run.done();
  Run.warn(triNot(B->equals(SqI)), [&] {
    return "An output with one or more elements was resized since it had "
           "shape " +
           Run.str(SqI) + ", which does not match the required output shape " +
           Run.str(*B);
  });
  return Run.okBroadcast(*B, SqI);
}

/// at::binary_cross_entropy_with_logits: `(1 - target).mul_(input)` takes
/// the target's shape, into which the input may broadcast.
LossVerdict bceWithLogitsAten(RuleRun &Run, const TensorOperand &I,
                              const TensorOperand &T) {
  if (Run.unknownUnless(isBool(T.Type) == Tri::False)) // not modeled
    return Run.done();
  std::optional<Shape> B = Run.broadcast(T.Sizes, I.Sizes);
  if (!B)
    return Run.done();
  if (Run.check(triNot(B->equals(T.Sizes)), LossFailure::OutputBroadcast,
                [&] {
                  return "output with shape " + Run.str(T.Sizes) +
                         " doesn't match the broadcast shape " + Run.str(*B);
                }))
    return Run.done();
  Tri Integral = isIntegral(T.Type);
  if (Integral == Tri::True &&
      Run.unknownUnless(isFloating(I.Type) == Tri::True))
    return Run.done();
  if (Run.check(Integral, LossFailure::ResultTypeCast, [&] {
        return "result type " + std::string(dtypeName(I.Type)) +
               " can't be cast to the desired output type " +
               std::string(dtypeName(T.Type));
      }))
    return Run.done();
  return Run.okBroadcast(*B, I.Sizes);
}

//===--- Elementwise losses -----------------------------------------------===//

/// The size warning of F::mse_loss, F::smooth_l1_loss and F::huber_loss.
void sizeWarning(RuleRun &Run, const TensorOperand &I, const TensorOperand &T) {
  Run.warn(triNot(T.Sizes.equals(I.Sizes)), [&] {
    return "Using a target size (" + Run.str(T.Sizes) +
           ") that is different to the input size (" + Run.str(I.Sizes) + ")";
  });
}

/// A loss whose terms are computed elementwise over broadcast(A, B), in
/// that operand order (LibTorch's message names A "tensor a").
LossVerdict elementwise(RuleRun &Run, const TensorOperand &I,
                        const Shape &A, const Shape &B) {
  std::optional<Shape> Out = Run.broadcast(A, B);
  if (!Out)
    return Run.done();
  return Run.okBroadcast(*Out, I.Sizes);
}

LossVerdict kldiv(RuleRun &Run, const TensorOperand &I,
                  const TensorOperand &T) {
  if (Run.check(isIntegral(T.Type), LossFailure::IntegralTarget,
                [] { return "kl_div: Integral inputs not supported."; }))
    return Run.done();
  return elementwise(Run, I, T.Sizes, I.Sizes);
}

LossVerdict softMargin(RuleRun &Run, const TensorOperand &I,
                       const TensorOperand &T) {
  std::optional<Shape> B = Run.broadcast(I.Sizes, T.Sizes);
  if (!B)
    return Run.done();
  // The loss is written into a tensor shaped like the input.
  if (Run.check(triNot(B->equals(I.Sizes)), LossFailure::OutputBroadcast,
                [&] {
                  return "output with shape " + Run.str(I.Sizes) +
                         " doesn't match the broadcast shape " + Run.str(*B);
                }))
    return Run.done();
  return Run.okBroadcast(*B, I.Sizes);
}

LossVerdict multiLabelSoftMargin(RuleRun &Run, const TensorOperand &I,
                                 const TensorOperand &T) {
  if (Run.unknownUnless(isBool(T.Type) == Tri::False)) // not modeled
    return Run.done();
  std::optional<Shape> B = Run.broadcast(T.Sizes, I.Sizes);
  if (!B)
    return Run.done();
  // The class dim is the input's last.
  if (Run.check(triOf(I.Sizes.rank() == 0), LossFailure::IndexError, [] {
        return "Dimension specified as -1 but tensor has no dimensions";
      }))
    return Run.done();
  return Run.okBroadcast(*B, I.Sizes);
}

//===--- MultiMarginLoss and MultiLabelMarginLoss -------------------------===//

/// Both kernels take a 0-d, a non-empty 1-d or a [N, C] input with C > 0.
bool marginInput(RuleRun &Run, const TensorOperand &I) {
  const Shape &S = I.Sizes;
  std::size_t R = S.rank();
  Tri Bad = triOf(R >= 3);
  if (R == 1)
    Bad = S[0].equals(0);
  else if (R == 2)
    Bad = S[1].equals(0);
  return Run.check(Bad, LossFailure::MarginInput, [&] {
    return "Expected non-empty vector or matrix with optional 0-dim batch "
           "size, but got: " +
           Run.str(S);
  });
}

LossVerdict multiMargin(RuleRun &Run, const TensorOperand &I,
                        const TensorOperand &T) {
  if (marginInput(Run, I))
    return Run.done();
  std::size_t R = I.Sizes.rank(), TR = T.Sizes.rank();
  Dim Frames = R <= 1 ? Dim::constant(1) : I.Sizes[0];
  Tri Fits = triOf(TR <= 1);
  if (Fits == Tri::True) {
    std::optional<Dim> Numel = T.Sizes.numel();
    Fits = Numel ? Numel->equals(Frames) : Tri::Unknown;
  }
  if (Run.check(triNot(Fits), LossFailure::MultiMarginTargetSize, [&] {
        return "inconsistent target size, got: " + Run.str(T.Sizes);
      }))
    return Run.done();
  if (Run.check(classIndexTypeFails(T.Type, false),
                LossFailure::ClassIndexDType,
                [&] { return scalarTypeMessage(T.Type); }))
    return Run.done();
  return Run.ok();
}

LossVerdict multiLabelMargin(RuleRun &Run, const TensorOperand &I,
                             const TensorOperand &T) {
  if (marginInput(Run, I))
    return Run.done();
  std::size_t R = I.Sizes.rank(), TR = T.Sizes.rank();
  Tri Fits;
  if (R == 2) {
    Fits = T.Sizes.equals(I.Sizes);
  } else {
    Fits = triOf(TR <= 1);
    if (Fits == Tri::True) {
      std::optional<Dim> Numel = T.Sizes.numel();
      Dim Want = R == 0 ? Dim::constant(1) : I.Sizes[0];
      Fits = Numel ? Numel->equals(Want) : Tri::Unknown;
    }
  }
  if (Run.check(triNot(Fits), LossFailure::MultiLabelTargetSize, [&] {
        return "inconsistent size " + Run.str(T.Sizes) +
               " for argument #2 'target'";
      }))
    return Run.done();
  if (Run.check(classIndexTypeFails(T.Type, false),
                LossFailure::ClassIndexDType,
                [&] { return scalarTypeMessage(T.Type); }))
    return Run.done();
  return Run.ok();
}

//===--- Losses of two inputs and a target --------------------------------===//

LossVerdict cosineEmbedding(RuleRun &Run, const LossOperands &Ops) {
  const Shape &I1 = Ops.Input.Sizes, &I2 = Ops.Input2.Sizes,
              &T = Ops.Target.Sizes;
  std::size_t TR = T.rank();
  if (Run.check(triOf(TR >= 2), LossFailure::MultiTarget, [] {
        return "0D or 1D target tensor expected, multi-target not supported";
      }))
    return Run.done();
  if (Run.unknownUnless(I2.hasRank()))
    return Run.done();
  std::size_t Want = TR == 1 ? 2 : 1;
  Tri Bad = triOf(I1.rank() != Want || I2.rank() != Want);
  if (Bad == Tri::True && Run.unknownUnless(fullyKnown(I2)))
    return Run.done();
  if (Run.check(Bad, LossFailure::CosineTargetRank, [&] {
        return std::string(TR == 1 ? "1D target tensor expects 2D input "
                                     "tensors, but found inputs with sizes "
                                   : "0D target tensor expects 1D input "
                                     "tensors, but found inputs with sizes ") +
               Run.str(I1) + " and " + Run.str(I2) + ".";
      }))
    return Run.done();
  std::optional<Shape> Pair = Run.broadcast(I1, I2);
  if (!Pair)
    return Run.done();
  // The cosine of each pair: the pair's shape without dim TR.
  Shape Cosine = without(*Pair, TR);
  std::optional<Shape> Out = Run.broadcast(T, Cosine);
  if (!Out)
    return Run.done();
  return Run.okBroadcast(*Out, Cosine);
}

LossVerdict marginRanking(RuleRun &Run, LossRuleSet Rules,
                          const LossOperands &Ops) {
  const Shape &I1 = Ops.Input.Sizes, &I2 = Ops.Input2.Sizes,
              &T = Ops.Target.Sizes;
  if (Run.unknownUnless(I2.hasRank()))
    return Run.done();
  if (Rules == LossRuleSet::MarginRankingFrontEnd) {
    Tri Bad = triOf(I1.rank() != I2.rank() || I1.rank() != T.rank());
    if (Bad == Tri::True &&
        Run.unknownUnless(fullyKnown(I1) && fullyKnown(I2) && fullyKnown(T)))
      return Run.done();
    if (Run.check(Bad, LossFailure::SameRankRequired, [&] {
          return "margin_ranking_loss : All input tensors should have same "
                 "dimension but got sizes: input1: " +
                 Run.str(I1) + ", input2: " + Run.str(I2) +
                 ", target: " + Run.str(T);
        }))
      return Run.done();
  }
  // (-target * (input1 - input2) + margin).clamp_min_(0)
  if (Run.unknownUnless(isBool(Ops.Target.Type) == Tri::False)) // not modeled
    return Run.done();
  std::optional<Shape> Diff = Run.broadcast(I1, I2);
  if (!Diff)
    return Run.done();
  std::optional<Shape> Out = Run.broadcast(T, *Diff);
  if (!Out)
    return Run.done();
  return Run.okBroadcast(*Out, I1);
}

/// pairwise_distance's result: the norm over the last dim of the pair.
Shape distanceShape(const Shape &Pair) {
  if (Pair.rank() <= 1)
    return Shape::of({});
  return without(Pair, Pair.rank() - 1);
}

LossVerdict tripletMargin(RuleRun &Run, const LossOperands &Ops,
                          const LossOptions &Opts) {
  const Shape &A = Ops.Input.Sizes, &P = Ops.Target.Sizes,
              &N = Ops.Input2.Sizes;
  if (Run.unknownUnless(N.hasRank()))
    return Run.done();
  if (Run.check(triOf(A.rank() != P.rank() || A.rank() != N.rank()),
                LossFailure::SameRankRequired, [&] {
                  return "All inputs should have same dimension but got " +
                         rankStr(A.rank()) + "D, " + rankStr(P.rank()) +
                         "D and " + rankStr(N.rank()) + "D inputs.";
                }))
    return Run.done();
  std::optional<Shape> Pos = Run.broadcast(A, P);
  if (!Pos)
    return Run.done();
  std::optional<Shape> Neg = Run.broadcast(A, N);
  if (!Neg)
    return Run.done();
  Shape DistNeg = distanceShape(*Neg);
  if (Opts.Swap != Tri::False) {
    InferSizeResult Swapped = inferSize(P, N);
    if (Opts.Swap == Tri::Unknown && Swapped.Fails != Tri::False)
      return Run.done();
    std::optional<Shape> S = Run.broadcast(P, N);
    if (!S)
      return Run.done();
    std::optional<Shape> Min = Run.broadcast(DistNeg, distanceShape(*S));
    if (!Min)
      return Run.done();
    DistNeg = *Min;
  }
  if (!Run.broadcast(distanceShape(*Pos), DistNeg))
    return Run.done();
  // Report the pair that grows beyond the anchor.
  const Shape &Grown = Pos->equals(A) == Tri::True ? *Neg : *Pos;
  return Run.okBroadcast(Grown, A);
}

//===--- CTCLoss ----------------------------------------------------------===//

std::string ctcArgs(const char *Arg) {
  return std::string(" for argument ") + Arg +
         " (while checking arguments for ctc_loss_cpu)";
}

/// The sum and maximum of known lengths.
bool sumAndMax(const LengthsOperand &L, int64_t &Sum, int64_t &Max) {
  if (!L.Values)
    return false;
  Sum = 0;
  Max = 0;
  for (const Dim &D : *L.Values) {
    std::optional<int64_t> V = D.constant();
    if (!V || *V < 0)
      return false;
    Sum += *V;
    Max = std::max(Max, *V);
  }
  return true;
}

LossVerdict ctc(RuleRun &Run, LossRuleSet Rules, const LossOperands &Ops,
                const LossOptions &Opts) {
  const Shape &LP = Ops.Input.Sizes, &T = Ops.Target.Sizes;
  const LengthsOperand &IL = Ops.InputLengths, &TL = Ops.TargetLengths;
  if (Rules == LossRuleSet::CTC) {
    // The tensor overload converts the lengths to IntArrayRefs.
    auto NotIntegral = [](DType D) {
      Tri B = isBool(D);
      return triOr(triNot(isIntegral(D)), B);
    };
    if (Run.check(NotIntegral(IL.Type), LossFailure::CTCLengthsDType,
                  [] { return "input_lengths must be integral"; }) ||
        Run.check(NotIntegral(TL.Type), LossFailure::CTCLengthsDType,
                  [] { return "target_lengths must be integral"; }))
      return Run.done();
  }
  // An input of another rank than 3 is unbatched: unsqueeze(1).
  std::size_t R = LP.rank();
  if (Run.check(triOf(R == 0), LossFailure::IndexError, [] {
        return "Dimension out of range (expected to be in range of [-1, 0], "
               "but got 1)";
      }))
    return Run.done();
  bool Batched = R == 3;
  std::size_t Rank = Batched ? 3 : R + 1;
  if (Run.check(triOf(Rank != 3), LossFailure::CTCLogProbsRank, [&] {
        return "Expected 3-dimensional tensor, but got " + rankStr(Rank) +
               "-dimensional tensor" + ctcArgs("#1 'log_probs'");
      }))
    return Run.done();
  std::size_t TR = T.rank();
  if (Run.check(triOf(TR < 1 || TR > 2), LossFailure::CTCTargetsRank, [&] {
        return "Expected 1 to 2 dimensions, but got " + rankStr(TR) +
               "-dimensional tensor" + ctcArgs("#2 'targets'");
      }))
    return Run.done();
  Dim Batch = Batched ? LP[1] : Dim::constant(1);
  Dim Labels = Batched ? LP[2] : LP[1];
  Dim MaxInput = LP[0];
  // blank must be in [0, num_labels): not modeled when it fails.
  std::optional<int64_t> Blank = Opts.CTCBlank.constant(),
                         NumLabels = Labels.constant();
  if (Run.unknownUnless(Blank && NumLabels && *Blank >= 0 &&
                        *Blank < *NumLabels))
    return Run.done();
  auto Count = [](const LengthsOperand &L) -> std::optional<Dim> {
    return L.Sizes.numel();
  };
  std::optional<Dim> ILCount = Count(IL), TLCount = Count(TL);
  if (Run.check(ILCount ? triNot(ILCount->equals(Batch)) : Tri::Unknown,
                LossFailure::CTCLengthsSize,
                [] { return "input_lengths must be of size batch_size"; }) ||
      Run.check(TLCount ? triNot(TLCount->equals(Batch)) : Tri::Unknown,
                LossFailure::CTCLengthsSize,
                [] { return "target_lengths must be of size batch_size"; }))
    return Run.done();
  int64_t Sum = 0, Max = 0;
  bool Known = sumAndMax(TL, Sum, Max);
  if (TR == 1) {
    if (Run.unknownUnless(Known))
      return Run.done();
    if (Run.check(triNot(T[0].equals(Sum)), LossFailure::CTCTargetsSize,
                  [&] {
                    return "Expected tensor to have size " +
                           std::to_string(Sum) +
                           " at dimension 0, but got size " + Run.str(T[0]) +
                           ctcArgs("#2 'targets'");
                  }))
      return Run.done();
  } else {
    if (Run.check(triNot(T[0].equals(Batch)), LossFailure::CTCTargetsSize,
                  [&] {
                    return "Expected tensor to have size " + Run.str(Batch) +
                           " at dimension 0, but got size " + Run.str(T[0]) +
                           ctcArgs("#2 'targets'");
                  }))
      return Run.done();
    if (Run.unknownUnless(Known))
      return Run.done();
    std::optional<int64_t> Width = T[1].constant();
    if (Run.check(Width ? triOf(*Width < Max) : Tri::Unknown,
                  LossFailure::CTCTargetsSize, [&] {
                    return "Expected tensor to have size at least " +
                           std::to_string(Max) +
                           " at dimension 1, but got size " + Run.str(T[1]) +
                           ctcArgs("#2 'targets'");
                  }))
      return Run.done();
  }
  int64_t ILSum = 0, ILMax = 0;
  std::optional<int64_t> Frames = MaxInput.constant();
  if (Run.unknownUnless(sumAndMax(IL, ILSum, ILMax) && Frames))
    return Run.done();
  if (Run.check(triOf(ILMax > *Frames), LossFailure::CTCLengthValue, [&] {
        return "Expected input_lengths to have value at most " +
               std::to_string(*Frames) + ", but got value " +
               std::to_string(ILMax) +
               " (while checking arguments for ctc_loss_cpu)";
      }))
    return Run.done();
  return Run.ok();
}

} // namespace

LossVerdict evaluateLoss(LossRuleSet Rules, const LossOperands &Ops,
                         const LossOptions &Opts, const SymbolTable *Symbols) {
  RuleRun Run(Symbols);
  const TensorOperand &I = Ops.Input, &T = Ops.Target;
  if (!T.Sizes.hasRank())
    return Run.done();
  std::size_t TR = T.Sizes.rank();
  // at::nll_loss2d checks the target's rank before looking at the input.
  if (Rules == LossRuleSet::NLLAten2d &&
      Run.check(triOf(TR != 3), LossFailure::SpatialTarget, [&] {
        return "only batches of spatial targets supported (3D tensors) but "
               "got targets of dimension: " +
               rankStr(TR);
      }))
    return Run.done();
  // Every loss takes a floating input; other inputs are not modeled.
  if (!I.Sizes.hasRank() || isFloating(I.Type) == Tri::False)
    return Run.done();
  switch (Rules) {
  case LossRuleSet::CrossEntropy:
    return crossEntropy(Run, I, T, Opts);
  case LossRuleSet::NLLFrontEnd:
  case LossRuleSet::NLLAtenNd:
  case LossRuleSet::NLLAten:
  case LossRuleSet::NLLAten2d:
    return nllRules(Run, Rules, I, T);
  case LossRuleSet::BCEFrontEnd:
    if (sameSizeFrontEnd(Run, Rules, I, T))
      return Run.done();
    return bceAten(Run, I, T);
  case LossRuleSet::BCEAten:
    return bceAten(Run, I, T);
  case LossRuleSet::BCEWithLogitsFrontEnd:
    if (sameSizeFrontEnd(Run, Rules, I, T))
      return Run.done();
    return bceWithLogitsAten(Run, I, T);
  case LossRuleSet::BCEWithLogitsAten:
    return bceWithLogitsAten(Run, I, T);
  case LossRuleSet::SizeWarningFrontEnd:
    // Warned before broadcast_tensors, even when that throws.
    sizeWarning(Run, I, T);
    return elementwise(Run, I, I.Sizes, T.Sizes);
  case LossRuleSet::Elementwise:
    return elementwise(Run, I, I.Sizes, T.Sizes);
  case LossRuleSet::L1:
    if (Run.unknownUnless(isBool(T.Type) == Tri::False)) // not modeled
      return Run.done();
    return elementwise(Run, I, I.Sizes, T.Sizes);
  case LossRuleSet::ElementwiseTargetFirst:
    return elementwise(Run, I, T.Sizes, I.Sizes);
  case LossRuleSet::HuberAten: {
    LossVerdict V = elementwise(Run, I, I.Sizes, T.Sizes);
    if (V.Result != Outcome::Ok)
      return V;
    // The out= kernel writes into a tensor shaped like the input.
    Run.warn(V.Enlarges, [&] {
      return "An output with one or more elements was resized since it had "
             "shape " +
             Run.str(I.Sizes) +
             ", which does not match the required output shape " +
             Run.str(*V.Broadcast);
    });
    return Run.okBroadcast(*V.Broadcast, I.Sizes);
  }
  case LossRuleSet::KLDiv:
    return kldiv(Run, I, T);
  case LossRuleSet::SoftMargin:
    return softMargin(Run, I, T);
  case LossRuleSet::MultiLabelSoftMargin:
    return multiLabelSoftMargin(Run, I, T);
  case LossRuleSet::MultiMargin:
    return multiMargin(Run, I, T);
  case LossRuleSet::MultiLabelMargin:
    return multiLabelMargin(Run, I, T);
  case LossRuleSet::CosineEmbedding:
    return cosineEmbedding(Run, Ops);
  case LossRuleSet::MarginRankingFrontEnd:
  case LossRuleSet::MarginRankingAten:
    return marginRanking(Run, Rules, Ops);
  case LossRuleSet::TripletMargin:
    return tripletMargin(Run, Ops, Opts);
  case LossRuleSet::CTC:
  case LossRuleSet::CTCIntList:
    return ctc(Run, Rules, Ops, Opts);
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

bool takesClassIndices(LossRuleSet Rules) {
  switch (Rules) {
  case LossRuleSet::CrossEntropy:
  case LossRuleSet::NLLFrontEnd:
  case LossRuleSet::NLLAtenNd:
  case LossRuleSet::NLLAten:
  case LossRuleSet::NLLAten2d:
  case LossRuleSet::MultiMargin:
  case LossRuleSet::MultiLabelMargin:
    return true;
  default:
    return false;
  }
}

std::optional<Shape> expectedTargetShape(LossRuleSet Rules,
                                         const Shape &Input) {
  if (!Input.hasRank())
    return std::nullopt;
  std::size_t R = Input.rank();
  switch (Rules) {
  case LossRuleSet::CrossEntropy:
  case LossRuleSet::NLLFrontEnd:
  case LossRuleSet::NLLAtenNd:
  case LossRuleSet::NLLAten:
    return classIndexTargetShape(Input);
  case LossRuleSet::NLLAten2d:
    if (R != 4)
      return std::nullopt;
    return classIndexTargetShape(Input);
  case LossRuleSet::MultiMargin:
    if (R > 2)
      return std::nullopt;
    return R == 2 ? Shape::of({Input[0]}) : Shape::of({});
  case LossRuleSet::CosineEmbedding:
    if (R != 1 && R != 2)
      return std::nullopt;
    return R == 2 ? Shape::of({Input[0]}) : Shape::of({});
  case LossRuleSet::MultiLabelMargin:
    if (R > 2)
      return std::nullopt;
    return Input;
  case LossRuleSet::CTC:
  case LossRuleSet::CTCIntList:
    return std::nullopt;
  default:
    return Input;
  }
}

} // namespace torchtidy

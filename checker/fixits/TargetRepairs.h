//===--- TargetRepairs.h - Repairs of a loss call's target ----------------===//

#ifndef TORCH_TIDY_TARGETREPAIRS_H
#define TORCH_TIDY_TARGETREPAIRS_H

#include "losscalls/LossCallAnalysis.h"

#include "clang/Basic/Diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::torch {

/// Whether a repaired call's verdict is clean: it does not certainly throw,
/// nor certainly broadcast to a bigger shape. Every fix-it is offered only
/// then.
bool isCleanRepair(const torchtidy::LossVerdict &Repaired);

/// A method call that gives a target the input's shape with the same
/// elements in the same order, and the shape it gives.
struct TargetRepair {
  std::string Call; ///< `unsqueeze(1)`, `squeeze(1)`, `reshape_as(x)`
  torchtidy::Shape Result;
};

/// The repair of \p Target into \p Input's shape: a size-1 dim added or
/// removed, or, when \p InputText names the input and the element counts
/// are equal, `reshape_as(<input>)`. Nothing when none is certain.
std::optional<TargetRepair>
sameElementsRepair(const torchtidy::Shape &Target,
                   const torchtidy::Shape &Input,
                   const std::optional<std::string> &InputText);

/// The fix-it that gives \p Call's target its input's shape (BCE's [N]
/// against [N, 1], MSE's [N] against [N, 1]): only where the input alone
/// decides the target's shape, the target holds the same elements, and the
/// repaired call is clean. \p MayReshape allows `reshape_as(<input>)`
/// beside adding or removing a size-1 dim. Empty when there is none.
std::vector<FixItHint> sameShapeTargetFix(const LossCall &Call,
                                          const LossCallFacts &Facts,
                                          bool MayReshape,
                                          const ASTContext &Ctx);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_TARGETREPAIRS_H

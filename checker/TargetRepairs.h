//===--- TargetRepairs.h - Reshaping a target into its input's shape ------===//

#ifndef TORCH_TIDY_TARGETREPAIRS_H
#define TORCH_TIDY_TARGETREPAIRS_H

#include "core/Shape.h"

#include <optional>
#include <string>

namespace clang::tidy::torch {

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

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_TARGETREPAIRS_H

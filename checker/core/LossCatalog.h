//===--- LossCatalog.h - Every LibTorch loss entry point, as data ---------===//
//
// Part of torch-tidy. One row per way of calling a loss: the module class
// (called as `loss(x, y)` or `loss->forward(x, y)`), the functional form in
// torch::nn::functional, and the ATen functions (`torch::` and `at::` name
// the same declarations). A row says where the input and target are and
// which LibTorch rules apply; the rules themselves are in LossRules.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_LOSSCATALOG_H
#define TORCH_TIDY_CORE_LOSSCATALOG_H

#include <string_view>
#include <vector>

namespace torchtidy {

/// How a loss is called.
enum class EntryKind {
  Module,     ///< torch::nn::XxxLoss object: `m(x, y)` or `m->forward(x, y)`
  Functional, ///< torch::nn::functional::xxx(x, y, options)
  ATen,       ///< at::xxx / torch::xxx(x, y, ...)
};

/// The decision procedure LibTorch runs; entry points that share one share
/// the value (see docs/losses.md and loss-semantics measurements).
enum class LossRuleSet {
  CrossEntropy, ///< module ≡ functional ≡ at::cross_entropy_loss
  NLLFrontEnd,  ///< NLLLoss module ≡ F::nll_loss (input rank ≥ 2, batch)
  NLLAtenNd,    ///< at::nll_loss_nd
  NLLAten,      ///< at::nll_loss (1-D or 2-D input only)
  NLLAten2d,    ///< at::nll_loss2d
};

struct LossEntry {
  /// Fully qualified: the Impl class for modules, the function otherwise.
  std::string_view QualifiedName;
  EntryKind Kind;
  LossRuleSet Rules;
  /// How diagnostics name it.
  std::string_view DisplayName;
  /// Argument positions of the call (not counting the module object).
  unsigned InputArg;
  unsigned TargetArg;
};

/// Every row of the catalog.
const std::vector<LossEntry> &lossEntries();

/// The row for \p QualifiedName called as \p Kind, or null.
const LossEntry *findLossEntry(EntryKind Kind, std::string_view QualifiedName);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_LOSSCATALOG_H

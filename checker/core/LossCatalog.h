//===--- LossCatalog.h - Every LibTorch loss entry point, as data ---------===//
//
// Part of torch-tidy. One row per way of calling a loss: the module class
// (called as `loss(x, y)` or `loss->forward(x, y)`), the functional form in
// torch::nn::functional, and the ATen functions (`torch::` and `at::` name
// the same declarations). A row says where the tensors and options are and
// which of LibTorch's decision procedures applies; the procedures themselves
// are in LossRules. docs/losses.md is the table of this file.
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

/// The loss a row belongs to.
enum class LossKind {
  CrossEntropy,
  NLL,
  BCE,
  BCEWithLogits,
  MSE,
  L1,
  SmoothL1,
  Huber,
  KLDiv,
  MultiMargin,
  MultiLabelMargin,
  MultiLabelSoftMargin,
  SoftMargin,
  PoissonNLL,
  HingeEmbedding,
  CosineEmbedding,
  MarginRanking,
  TripletMargin,
  CTC,
};

/// The decision procedure LibTorch 1.13 runs on a call; entry points that
/// run the same checks in the same order, with the same messages, share one.
enum class LossRuleSet {
  CrossEntropy,          ///< module ≡ F::cross_entropy ≡ at::cross_entropy_loss
  NLLFrontEnd,           ///< NLLLoss module ≡ F::nll_loss (rank ≥ 2, batch)
  NLLAtenNd,             ///< at::nll_loss_nd
  NLLAten,               ///< at::nll_loss (1-D or 2-D input only)
  NLLAten2d,             ///< at::nll_loss2d
  BCEFrontEnd,           ///< BCELoss module ≡ F: exact sizes, then ATen
  BCEAten,               ///< at::binary_cross_entropy: squeezed broadcast
  BCEWithLogitsFrontEnd, ///< module ≡ F: exact sizes, then ATen
  BCEWithLogitsAten,     ///< at::binary_cross_entropy_with_logits
  SizeWarningFrontEnd,   ///< MSE, SmoothL1, Huber module ≡ F: warn, broadcast
  Elementwise,           ///< at::mse_loss, at::smooth_l1_loss: silent broadcast
  L1,                    ///< L1Loss, every entry: silent broadcast
  ElementwiseTargetFirst, ///< PoissonNLL, HingeEmbedding: silent broadcast
  HuberAten,             ///< at::huber_loss: broadcast, resize warning
  KLDiv,                 ///< every entry: integral check, then broadcast
  SoftMargin,            ///< every entry: the output keeps the input's shape
  MultiLabelSoftMargin,  ///< module ≡ F: broadcast, reduce the last dim
  MultiMargin,           ///< every entry
  MultiLabelMargin,      ///< every entry
  CosineEmbedding,       ///< every entry
  MarginRankingFrontEnd, ///< module ≡ F: same ranks, then ATen
  MarginRankingAten,     ///< at::margin_ranking_loss: broadcast
  TripletMargin,         ///< every entry
  CTC,                   ///< lengths as tensors: module ≡ F ≡ at::ctc_loss
  CTCIntList,            ///< at::ctc_loss with IntArrayRef lengths
};

/// A row's argument positions (not counting a module object); -1 when the
/// entry point has no such argument.
struct LossArgs {
  int Input = 0;
  int Target = 1;
  /// input2 of CosineEmbedding and MarginRanking; TripletMargin's negative.
  int Input2 = -1;
  /// CTC's input_lengths and target_lengths.
  int InputLengths = -1;
  int TargetLengths = -1;
  /// The options struct of a functional form (`F::CrossEntropyFuncOptions`).
  int Options = -1;
  /// ATen's scalar options that change a rule.
  int IgnoreIndex = -1;
  int Swap = -1;
  int Blank = -1;
};

struct LossEntry {
  /// Fully qualified: the Impl class for modules, the function otherwise.
  std::string_view QualifiedName;
  EntryKind Kind;
  LossKind Loss;
  LossRuleSet Rules;
  /// How diagnostics name it.
  std::string_view DisplayName;
  LossArgs Args;
  /// How messages name the target and the input (TripletMargin's are
  /// positive and anchor, CTC's targets and log_probs).
  std::string_view TargetName = "target";
  std::string_view InputName = "input";
};

/// Every row of the catalog.
const std::vector<LossEntry> &lossEntries();

/// The row for \p QualifiedName called as \p Kind, or null. The two
/// at::ctc_loss overloads share a name: \p IntListLengths picks the one
/// whose lengths are IntArrayRefs.
const LossEntry *findLossEntry(EntryKind Kind, std::string_view QualifiedName,
                               bool IntListLengths = false);

/// The row whose display name or qualified name is \p Name (used by the
/// LossWrappers option), or null.
const LossEntry *findLossEntryByName(std::string_view Name);

/// The loss's name as the docs write it (`CrossEntropyLoss`).
std::string_view lossName(LossKind Loss);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_LOSSCATALOG_H

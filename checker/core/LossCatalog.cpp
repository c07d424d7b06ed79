//===--- LossCatalog.cpp - Every LibTorch loss entry point, as data -------===//
//
// Argument positions are those of LibTorch 1.13's declarations
// (torch/nn/modules/loss.h, torch/nn/functional/loss.h, ATen/ops/*.h). The
// rule set of each row is the measured one (docs/libtorch-loss-rules.md, docs/losses.md).
//
//===----------------------------------------------------------------------===//

#include "LossCatalog.h"

namespace torchtidy {

namespace {

constexpr EntryKind Module = EntryKind::Module;
constexpr EntryKind Functional = EntryKind::Functional;
constexpr EntryKind ATen = EntryKind::ATen;
using K = LossKind;
using R = LossRuleSet;

/// input, target.
constexpr LossArgs Pair{};
/// input, target, options struct (functional forms).
constexpr LossArgs PairOptions{0, 1, -1, -1, -1, 2};
/// input1, input2, target (CosineEmbedding, MarginRanking).
constexpr LossArgs TwoInputs{0, 2, 1};
/// anchor, positive, negative (TripletMargin).
constexpr LossArgs Triplet{0, 1, 2};

} // namespace

const std::vector<LossEntry> &lossEntries() {
  static const std::vector<LossEntry> Entries = {
      // CrossEntropyLoss: the module, F::cross_entropy and
      // at::cross_entropy_loss run the same code (log_softmax + nll_loss_nd,
      // or the class-probability path when target sizes equal input sizes).
      {"torch::nn::CrossEntropyLossImpl", Module, K::CrossEntropy,
       R::CrossEntropy, "CrossEntropyLoss", Pair},
      {"torch::nn::functional::cross_entropy", Functional, K::CrossEntropy,
       R::CrossEntropy, "torch::nn::functional::cross_entropy", PairOptions},
      {"at::cross_entropy_loss", ATen, K::CrossEntropy, R::CrossEntropy,
       "torch::cross_entropy_loss", LossArgs{0, 1, -1, -1, -1, -1, 4}},
      // NLLLoss: the C++ front end checks rank and batch, then nll_loss_nd.
      {"torch::nn::NLLLossImpl", Module, K::NLL, R::NLLFrontEnd, "NLLLoss",
       Pair},
      {"torch::nn::functional::nll_loss", Functional, K::NLL, R::NLLFrontEnd,
       "torch::nn::functional::nll_loss", PairOptions},
      {"at::nll_loss_nd", ATen, K::NLL, R::NLLAtenNd, "torch::nll_loss_nd",
       Pair},
      {"at::nll_loss", ATen, K::NLL, R::NLLAten, "torch::nll_loss", Pair},
      {"at::nll_loss2d", ATen, K::NLL, R::NLLAten2d, "torch::nll_loss2d",
       Pair},
      // BCELoss: the front end demands equal sizes; ATen squeezes both.
      {"torch::nn::BCELossImpl", Module, K::BCE, R::BCEFrontEnd, "BCELoss",
       Pair},
      {"torch::nn::functional::binary_cross_entropy", Functional, K::BCE,
       R::BCEFrontEnd, "torch::nn::functional::binary_cross_entropy",
       PairOptions},
      {"at::binary_cross_entropy", ATen, K::BCE, R::BCEAten,
       "torch::binary_cross_entropy", Pair},
      // BCEWithLogitsLoss: the same split.
      {"torch::nn::BCEWithLogitsLossImpl", Module, K::BCEWithLogits,
       R::BCEWithLogitsFrontEnd, "BCEWithLogitsLoss", Pair},
      {"torch::nn::functional::binary_cross_entropy_with_logits", Functional,
       K::BCEWithLogits, R::BCEWithLogitsFrontEnd,
       "torch::nn::functional::binary_cross_entropy_with_logits", PairOptions},
      {"at::binary_cross_entropy_with_logits", ATen, K::BCEWithLogits,
       R::BCEWithLogitsAten, "torch::binary_cross_entropy_with_logits", Pair},
      // MSELoss, SmoothL1Loss, HuberLoss: the front end warns on unequal
      // sizes; ATen broadcasts (Huber's out= kernel warns when it resizes).
      {"torch::nn::MSELossImpl", Module, K::MSE, R::SizeWarningFrontEnd,
       "MSELoss", Pair},
      {"torch::nn::functional::mse_loss", Functional, K::MSE,
       R::SizeWarningFrontEnd, "torch::nn::functional::mse_loss", PairOptions},
      {"at::mse_loss", ATen, K::MSE, R::Elementwise, "torch::mse_loss", Pair},
      {"torch::nn::SmoothL1LossImpl", Module, K::SmoothL1,
       R::SizeWarningFrontEnd, "SmoothL1Loss", Pair},
      {"torch::nn::functional::smooth_l1_loss", Functional, K::SmoothL1,
       R::SizeWarningFrontEnd, "torch::nn::functional::smooth_l1_loss",
       PairOptions},
      {"at::smooth_l1_loss", ATen, K::SmoothL1, R::Elementwise,
       "torch::smooth_l1_loss", Pair},
      {"torch::nn::HuberLossImpl", Module, K::Huber, R::SizeWarningFrontEnd,
       "HuberLoss", Pair},
      {"torch::nn::functional::huber_loss", Functional, K::Huber,
       R::SizeWarningFrontEnd, "torch::nn::functional::huber_loss",
       PairOptions},
      {"at::huber_loss", ATen, K::Huber, R::HuberAten, "torch::huber_loss",
       Pair},
      // L1Loss: every entry broadcasts in silence (the C++ F::l1_loss does
      // not warn, unlike Python's).
      {"torch::nn::L1LossImpl", Module, K::L1, R::L1, "L1Loss", Pair},
      {"torch::nn::functional::l1_loss", Functional, K::L1, R::L1,
       "torch::nn::functional::l1_loss", PairOptions},
      {"at::l1_loss", ATen, K::L1, R::L1, "torch::l1_loss", Pair},
      // KLDivLoss: integral targets first, then broadcast.
      {"torch::nn::KLDivLossImpl", Module, K::KLDiv, R::KLDiv, "KLDivLoss",
       Pair},
      {"torch::nn::functional::kl_div", Functional, K::KLDiv, R::KLDiv,
       "torch::nn::functional::kl_div", PairOptions},
      {"at::kl_div", ATen, K::KLDiv, R::KLDiv, "torch::kl_div", Pair},
      // MultiMarginLoss, MultiLabelMarginLoss: the same ATen kernels behind
      // every entry.
      {"torch::nn::MultiMarginLossImpl", Module, K::MultiMargin,
       R::MultiMargin, "MultiMarginLoss", Pair},
      {"torch::nn::functional::multi_margin_loss", Functional, K::MultiMargin,
       R::MultiMargin, "torch::nn::functional::multi_margin_loss",
       PairOptions},
      {"at::multi_margin_loss", ATen, K::MultiMargin, R::MultiMargin,
       "torch::multi_margin_loss", Pair},
      {"torch::nn::MultiLabelMarginLossImpl", Module, K::MultiLabelMargin,
       R::MultiLabelMargin, "MultiLabelMarginLoss", Pair},
      {"torch::nn::functional::multilabel_margin_loss", Functional,
       K::MultiLabelMargin, R::MultiLabelMargin,
       "torch::nn::functional::multilabel_margin_loss", PairOptions},
      {"at::multilabel_margin_loss", ATen, K::MultiLabelMargin,
       R::MultiLabelMargin, "torch::multilabel_margin_loss", Pair},
      // MultiLabelSoftMarginLoss: C++ front end only; there is no ATen op.
      {"torch::nn::MultiLabelSoftMarginLossImpl", Module,
       K::MultiLabelSoftMargin, R::MultiLabelSoftMargin,
       "MultiLabelSoftMarginLoss", Pair},
      {"torch::nn::functional::multilabel_soft_margin_loss", Functional,
       K::MultiLabelSoftMargin, R::MultiLabelSoftMargin,
       "torch::nn::functional::multilabel_soft_margin_loss", PairOptions},
      // SoftMarginLoss, PoissonNLLLoss, HingeEmbeddingLoss: identical on
      // every entry.
      {"torch::nn::SoftMarginLossImpl", Module, K::SoftMargin, R::SoftMargin,
       "SoftMarginLoss", Pair},
      {"torch::nn::functional::soft_margin_loss", Functional, K::SoftMargin,
       R::SoftMargin, "torch::nn::functional::soft_margin_loss", PairOptions},
      {"at::soft_margin_loss", ATen, K::SoftMargin, R::SoftMargin,
       "torch::soft_margin_loss", Pair},
      {"torch::nn::PoissonNLLLossImpl", Module, K::PoissonNLL,
       R::ElementwiseTargetFirst, "PoissonNLLLoss", Pair},
      {"torch::nn::functional::poisson_nll_loss", Functional, K::PoissonNLL,
       R::ElementwiseTargetFirst, "torch::nn::functional::poisson_nll_loss",
       PairOptions},
      {"at::poisson_nll_loss", ATen, K::PoissonNLL, R::ElementwiseTargetFirst,
       "torch::poisson_nll_loss", Pair},
      {"torch::nn::HingeEmbeddingLossImpl", Module, K::HingeEmbedding,
       R::ElementwiseTargetFirst, "HingeEmbeddingLoss", Pair},
      {"torch::nn::functional::hinge_embedding_loss", Functional,
       K::HingeEmbedding, R::ElementwiseTargetFirst,
       "torch::nn::functional::hinge_embedding_loss", PairOptions},
      {"at::hinge_embedding_loss", ATen, K::HingeEmbedding,
       R::ElementwiseTargetFirst, "torch::hinge_embedding_loss", Pair},
      // CosineEmbeddingLoss(input1, input2, target).
      {"torch::nn::CosineEmbeddingLossImpl", Module, K::CosineEmbedding,
       R::CosineEmbedding, "CosineEmbeddingLoss", TwoInputs, "target", "input1"},
      {"torch::nn::functional::cosine_embedding_loss", Functional,
       K::CosineEmbedding, R::CosineEmbedding,
       "torch::nn::functional::cosine_embedding_loss",
       LossArgs{0, 2, 1, -1, -1, 3}, "target", "input1"},
      {"at::cosine_embedding_loss", ATen, K::CosineEmbedding,
       R::CosineEmbedding, "torch::cosine_embedding_loss", TwoInputs, "target", "input1"},
      // MarginRankingLoss(input1, input2, target): the front end checks
      // ranks first.
      {"torch::nn::MarginRankingLossImpl", Module, K::MarginRanking,
       R::MarginRankingFrontEnd, "MarginRankingLoss", TwoInputs, "target", "input1"},
      {"torch::nn::functional::margin_ranking_loss", Functional,
       K::MarginRanking, R::MarginRankingFrontEnd,
       "torch::nn::functional::margin_ranking_loss",
       LossArgs{0, 2, 1, -1, -1, 3}, "target", "input1"},
      {"at::margin_ranking_loss", ATen, K::MarginRanking,
       R::MarginRankingAten, "torch::margin_ranking_loss", TwoInputs, "target", "input1"},
      // TripletMarginLoss(anchor, positive, negative).
      {"torch::nn::TripletMarginLossImpl", Module, K::TripletMargin,
       R::TripletMargin, "TripletMarginLoss", Triplet, "positive", "anchor"},
      {"torch::nn::functional::triplet_margin_loss", Functional,
       K::TripletMargin, R::TripletMargin,
       "torch::nn::functional::triplet_margin_loss",
       LossArgs{0, 1, 2, -1, -1, 3}, "positive", "anchor"},
      {"at::triplet_margin_loss", ATen, K::TripletMargin, R::TripletMargin,
       "torch::triplet_margin_loss", LossArgs{0, 1, 2, -1, -1, -1, -1, 6},
       "positive", "anchor"},
      // CTCLoss(log_probs, targets, input_lengths, target_lengths): the
      // tensor-lengths entries convert the lengths and call the IntArrayRef
      // overload.
      {"torch::nn::CTCLossImpl", Module, K::CTC, R::CTC, "CTCLoss",
       LossArgs{0, 1, -1, 2, 3}, "targets", "log_probs"},
      {"torch::nn::functional::ctc_loss", Functional, K::CTC, R::CTC,
       "torch::nn::functional::ctc_loss", LossArgs{0, 1, -1, 2, 3, 4},
       "targets", "log_probs"},
      {"at::ctc_loss", ATen, K::CTC, R::CTC, "torch::ctc_loss",
       LossArgs{0, 1, -1, 2, 3, -1, -1, -1, 4}, "targets", "log_probs"},
      {"at::ctc_loss", ATen, K::CTC, R::CTCIntList, "torch::ctc_loss",
       LossArgs{0, 1, -1, 2, 3, -1, -1, -1, 4}, "targets", "log_probs"},
  };
  return Entries;
}

const LossEntry *findLossEntry(EntryKind Kind, std::string_view QualifiedName,
                               bool IntListLengths) {
  for (const LossEntry &E : lossEntries())
    if (E.Kind == Kind && E.QualifiedName == QualifiedName &&
        (E.Loss != LossKind::CTC ||
         (E.Rules == LossRuleSet::CTCIntList) == IntListLengths))
      return &E;
  return nullptr;
}

const LossEntry *findLossEntryByName(std::string_view Name) {
  for (const LossEntry &E : lossEntries())
    if (E.Rules != LossRuleSet::CTCIntList &&
        (E.DisplayName == Name || E.QualifiedName == Name))
      return &E;
  return nullptr;
}

std::string_view lossName(LossKind Loss) {
  switch (Loss) {
  case LossKind::CrossEntropy: return "CrossEntropyLoss";
  case LossKind::NLL: return "NLLLoss";
  case LossKind::BCE: return "BCELoss";
  case LossKind::BCEWithLogits: return "BCEWithLogitsLoss";
  case LossKind::MSE: return "MSELoss";
  case LossKind::L1: return "L1Loss";
  case LossKind::SmoothL1: return "SmoothL1Loss";
  case LossKind::Huber: return "HuberLoss";
  case LossKind::KLDiv: return "KLDivLoss";
  case LossKind::MultiMargin: return "MultiMarginLoss";
  case LossKind::MultiLabelMargin: return "MultiLabelMarginLoss";
  case LossKind::MultiLabelSoftMargin: return "MultiLabelSoftMarginLoss";
  case LossKind::SoftMargin: return "SoftMarginLoss";
  case LossKind::PoissonNLL: return "PoissonNLLLoss";
  case LossKind::HingeEmbedding: return "HingeEmbeddingLoss";
  case LossKind::CosineEmbedding: return "CosineEmbeddingLoss";
  case LossKind::MarginRanking: return "MarginRankingLoss";
  case LossKind::TripletMargin: return "TripletMarginLoss";
  case LossKind::CTC: return "CTCLoss";
  }
  return "";
}

} // namespace torchtidy

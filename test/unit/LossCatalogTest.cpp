//===--- LossCatalogTest.cpp - Every LibTorch loss entry point, as data ---===//

#include "core/LossCatalog.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>
#include <utility>

using namespace torchtidy;

namespace {

/// CrossEntropyLoss's and NLLLoss's rows as LibTorch 1.13 declares them: the module's Impl class, the
/// torch::nn::functional function, and the ATen function (torch::xxx finds
/// the at::xxx declaration). libtorch-loss-rules.md §2 says which share rules.
struct ExpectedEntry {
  const char *QualifiedName;
  EntryKind Kind;
  LossRuleSet Rules;
};
const ExpectedEntry Expected[] = {
    // CrossEntropyLoss: module ≡ functional ≡ at::cross_entropy_loss.
    {"torch::nn::CrossEntropyLossImpl", EntryKind::Module,
     LossRuleSet::CrossEntropy},
    {"torch::nn::functional::cross_entropy", EntryKind::Functional,
     LossRuleSet::CrossEntropy},
    {"at::cross_entropy_loss", EntryKind::ATen, LossRuleSet::CrossEntropy},
    // NLLLoss: the C++ front end (module ≡ functional) differs from ATen.
    {"torch::nn::NLLLossImpl", EntryKind::Module, LossRuleSet::NLLFrontEnd},
    {"torch::nn::functional::nll_loss", EntryKind::Functional,
     LossRuleSet::NLLFrontEnd},
    {"at::nll_loss_nd", EntryKind::ATen, LossRuleSet::NLLAtenNd},
    {"at::nll_loss", EntryKind::ATen, LossRuleSet::NLLAten},
    {"at::nll_loss2d", EntryKind::ATen, LossRuleSet::NLLAten2d},
};

TEST(LossCatalogTest, HoldsTheCrossEntropyAndNLLEntries) {
  for (const ExpectedEntry &X : Expected) {
    const LossEntry *E = findLossEntry(X.Kind, X.QualifiedName);
    ASSERT_NE(E, nullptr) << X.QualifiedName;
    EXPECT_EQ(E->Rules, X.Rules) << X.QualifiedName;
  }
}

TEST(LossCatalogTest, EveryEntryIsFoundAsItself) {
  for (const LossEntry &E : lossEntries())
    EXPECT_EQ(findLossEntry(E.Kind, E.QualifiedName,
                           E.Rules == LossRuleSet::CTCIntList),
            &E)
        << E.QualifiedName;
}

TEST(LossCatalogTest, KindAndNameIdentifyOneEntry) {
  // at::ctc_loss's two overloads differ in their lengths' type.
  std::set<std::tuple<EntryKind, std::string_view, bool>> Seen;
  for (const LossEntry &E : lossEntries())
    EXPECT_TRUE(Seen.insert({E.Kind, E.QualifiedName,
                             E.Rules == LossRuleSet::CTCIntList})
                    .second)
        << E.QualifiedName;
}

TEST(LossCatalogTest, ArgumentPositions) {
  // Every entry takes its input first; the target follows it, or follows
  // input2 (CosineEmbedding, MarginRanking: input1, input2, target).
  // TripletMargin's positive is its target and its negative comes third.
  for (const LossEntry &E : lossEntries()) {
    EXPECT_EQ(E.Args.Input, 0) << E.QualifiedName;
    if (E.Args.Input2 == 1)
      EXPECT_EQ(E.Args.Target, 2) << E.QualifiedName;
    else
      EXPECT_EQ(E.Args.Target, 1) << E.QualifiedName;
  }
}

TEST(LossCatalogTest, DisplayNamesAreWhatUsersWrite) {
  auto Display = [](EntryKind K, const char *Name) {
    const LossEntry *E = findLossEntry(K, Name);
    return E ? std::string(E->DisplayName) : std::string("<missing>");
  };
  // Modules by their holder's name; ATen functions by their torch:: name.
  EXPECT_EQ(Display(EntryKind::Module, "torch::nn::CrossEntropyLossImpl"),
            "CrossEntropyLoss");
  EXPECT_EQ(Display(EntryKind::Module, "torch::nn::NLLLossImpl"), "NLLLoss");
  EXPECT_EQ(
      Display(EntryKind::Functional, "torch::nn::functional::cross_entropy"),
      "torch::nn::functional::cross_entropy");
  EXPECT_EQ(Display(EntryKind::ATen, "at::cross_entropy_loss"),
            "torch::cross_entropy_loss");
  EXPECT_EQ(Display(EntryKind::ATen, "at::nll_loss_nd"), "torch::nll_loss_nd");
  EXPECT_EQ(Display(EntryKind::ATen, "at::nll_loss"), "torch::nll_loss");
  EXPECT_EQ(Display(EntryKind::ATen, "at::nll_loss2d"), "torch::nll_loss2d");
  for (const LossEntry &E : lossEntries())
    EXPECT_FALSE(E.DisplayName.empty()) << E.QualifiedName;
}

TEST(LossCatalogTest, KindMustMatch) {
  // The module class is not a function, nor the function a module.
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "torch::nn::CrossEntropyLossImpl"),
            nullptr);
  EXPECT_EQ(
      findLossEntry(EntryKind::Module, "torch::nn::functional::cross_entropy"),
      nullptr);
  EXPECT_EQ(findLossEntry(EntryKind::Functional, "at::nll_loss"), nullptr);
}

TEST(LossCatalogTest, OnlyCanonicalNamesAreFound) {
  // Lookups take the declaration's qualified name: `torch::nll_loss` finds
  // at::nll_loss through torch/types.h's `using namespace at`, and the holder
  // `torch::nn::NLLLoss` wraps NLLLossImpl; callers resolve those first.
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "torch::nll_loss"), nullptr);
  EXPECT_EQ(findLossEntry(EntryKind::Module, "torch::nn::NLLLoss"), nullptr);
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "nll_loss"), nullptr);
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "at::nll_loss "), nullptr);
  EXPECT_EQ(findLossEntry(EntryKind::ATen, ""), nullptr);
  // A name of one kind is not found as another.
  EXPECT_EQ(findLossEntry(EntryKind::ATen, "torch::nn::MSELossImpl"),
            nullptr);
  EXPECT_EQ(findLossEntry(EntryKind::Module, "at::mse_loss"), nullptr);
  EXPECT_NE(findLossEntry(EntryKind::Module, "torch::nn::MSELossImpl"),
            nullptr);
  EXPECT_NE(findLossEntry(EntryKind::ATen, "at::mse_loss"), nullptr);
}

} // namespace

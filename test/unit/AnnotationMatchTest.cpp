//===--- AnnotationMatchTest.cpp - Shapes meeting their annotations -------===//

#include "core/AnnotationMatch.h"

#include <gtest/gtest.h>

using namespace torchtidy;

namespace {

ShapeSpec spec(std::string_view Text) {
  SpecParse P = parseShapeSpec(Text);
  EXPECT_TRUE(P.ok()) << Text;
  return P.Spec;
}

Shape sizes(std::initializer_list<int64_t> Values) {
  std::vector<Dim> Dims;
  for (int64_t V : Values)
    Dims.push_back(Dim::constant(V));
  return Shape::of(Dims);
}

std::string reason(const SpecMatch &M) {
  return M.Mismatch ? M.Mismatch->Reason : std::string("fits");
}

// ===== Contradictions ========================================================

TEST(AnnotationMatchTest, RankMustBeExact) {
  EXPECT_EQ(reason(matchSpec(spec("[B]"), sizes({8, 1}), DType::Long)),
            "rank 1 expected");
  EXPECT_EQ(reason(matchSpec(spec("[]"), sizes({8}), DType::Unknown)),
            "rank 0 expected");
  EXPECT_EQ(reason(matchSpec(spec("[B, C]"), sizes({8, 5}), DType::Unknown)),
            "fits");
}

TEST(AnnotationMatchTest, VariadicRankIsALeastRank) {
  ShapeSpec S = spec("[*batch, C]");
  EXPECT_EQ(reason(matchSpec(S, sizes({}), DType::Unknown)),
            "rank 1 or more expected");
  EXPECT_EQ(reason(matchSpec(S, sizes({5}), DType::Unknown)), "fits");
  EXPECT_EQ(reason(matchSpec(S, sizes({2, 3, 5}), DType::Unknown)), "fits");
}

TEST(AnnotationMatchTest, FixedSizes) {
  SpecMatch M = matchSpec(spec("[B, 1]"), sizes({8, 5}), DType::Unknown);
  ASSERT_TRUE(M.Mismatch);
  EXPECT_EQ(M.Mismatch->K, SpecMismatch::Size);
  EXPECT_EQ(M.Mismatch->Reason, "size 1 expected at dim 1");
  EXPECT_EQ(M.Mismatch->SpecIndex, 1u);
  // After a variadic dim, sizes count from the end.
  SpecMatch V =
      matchSpec(spec("[..., 3, _]"), sizes({7, 7, 4, 9}), DType::Unknown);
  ASSERT_TRUE(V.Mismatch);
  EXPECT_EQ(V.Mismatch->Reason, "size 3 expected at dim 2");
  EXPECT_EQ(V.Mismatch->TensorDim, 2u);
}

TEST(AnnotationMatchTest, UnknownSizesNeverContradict) {
  SymbolTable T;
  Shape S = Shape::of({Dim::symbol(T.add("n")), Dim::unknown()});
  EXPECT_EQ(reason(matchSpec(spec("[4, 1]"), S, DType::Unknown)), "fits");
  EXPECT_EQ(
      reason(matchSpec(spec("[4, 1]"), Shape::unknownRank(), DType::Unknown)),
      "fits");
}

TEST(AnnotationMatchTest, DType) {
  EXPECT_EQ(reason(matchSpec(spec("[B] long"), sizes({8}), DType::Float)),
            "dtype Long expected");
  EXPECT_EQ(reason(matchSpec(spec("[B] long"), sizes({8}), DType::Long)),
            "fits");
  EXPECT_EQ(reason(matchSpec(spec("[B] long"), sizes({8}), DType::Unknown)),
            "fits");
  EXPECT_EQ(reason(matchSpec(spec("[B]"), sizes({8}), DType::Float)), "fits");
  // A dtype is checked even when the sizes are unknown.
  EXPECT_EQ(
      reason(matchSpec(spec("[B] uint8"), Shape::unknownRank(), DType::Bool)),
      "dtype Byte expected");
}

TEST(AnnotationMatchTest, RankIsReportedBeforeSizesAndDType) {
  EXPECT_EQ(reason(matchSpec(spec("[1] long"), sizes({8, 8}), DType::Float)),
            "rank 1 expected");
  EXPECT_EQ(reason(matchSpec(spec("[1] long"), sizes({8}), DType::Float)),
            "size 1 expected at dim 0");
}

// ===== Names =================================================================

TEST(AnnotationMatchTest, NamesTakeKnownSizes) {
  SymbolTable T;
  Shape S =
      Shape::of({Dim::constant(8), Dim::unknown(), Dim::symbol(T.add("n"))});
  SpecMatch M = matchSpec(spec("[B, C, D]"), S, DType::Unknown);
  ASSERT_EQ(M.Uses.size(), 2u);
  EXPECT_EQ(M.Uses[0].Name, "B");
  EXPECT_EQ(M.Uses[0].Sizes[0].constant(), std::optional<int64_t>(8));
  EXPECT_EQ(M.Uses[1].Name, "D");
  EXPECT_EQ(M.Uses[1].SpecIndex, 2u);
}

TEST(AnnotationMatchTest, VariadicNamesCoverDims) {
  SpecMatch M =
      matchSpec(spec("[N, *rest, C]"), sizes({8, 2, 3, 5}), DType::Unknown);
  ASSERT_EQ(M.Uses.size(), 3u);
  EXPECT_TRUE(M.Uses[1].Variadic);
  EXPECT_EQ(Shape::of(M.Uses[1].Sizes).str(nullptr), "[2, 3]");
  EXPECT_EQ(M.Uses[2].Sizes[0].constant(), std::optional<int64_t>(5));
  EXPECT_EQ(M.Uses[2].SpecIndex, 2u);
  EXPECT_EQ(M.Uses[2].TensorDim, 3u);
  SpecMatch None = matchSpec(spec("[*rest, C]"), sizes({5}), DType::Unknown);
  ASSERT_EQ(None.Uses.size(), 2u);
  EXPECT_TRUE(None.Uses[0].Sizes.empty());
}

TEST(AnnotationMatchTest, ConflictWithinOneShape) {
  SpecMatch M = matchSpec(spec("[B, B]"), sizes({8, 5}), DType::Unknown);
  std::optional<NameConflict> C = findNameConflict(M.Uses);
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Earlier->SpecIndex, 0u);
  EXPECT_EQ(C->Later->SpecIndex, 1u);
  EXPECT_FALSE(findNameConflict(
      matchSpec(spec("[B, B]"), sizes({5, 5}), DType::Unknown).Uses));
}

TEST(AnnotationMatchTest, SwappedNamesConflict) {
  // [B, C] met by [8, 5], then [C, B] met by [8, 5]: B is 8, then 5.
  SpecMatch First = matchSpec(spec("[B, C]"), sizes({8, 5}), DType::Unknown);
  SpecMatch Second = matchSpec(spec("[C, B]"), sizes({8, 5}), DType::Unknown);
  std::optional<NameConflict> C = findNameConflict(First.Uses, Second.Uses);
  ASSERT_TRUE(C);
  EXPECT_EQ(C->Later->Name, "C");
  // Square sizes agree either way.
  EXPECT_FALSE(findNameConflict(
      matchSpec(spec("[B, C]"), sizes({5, 5}), DType::Unknown).Uses,
      matchSpec(spec("[C, B]"), sizes({5, 5}), DType::Unknown).Uses));
}

TEST(AnnotationMatchTest, SymbolsNeverConflict) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n")), M = Dim::symbol(T.add("m"));
  SpecMatch A = matchSpec(spec("[B]"), Shape::of({N}), DType::Unknown);
  SpecMatch B = matchSpec(spec("[B]"), Shape::of({M}), DType::Unknown);
  SpecMatch C = matchSpec(spec("[B]"), sizes({4}), DType::Unknown);
  EXPECT_FALSE(findNameConflict(A.Uses, B.Uses));
  EXPECT_FALSE(findNameConflict(A.Uses, C.Uses));
}

TEST(AnnotationMatchTest, VariadicConflicts) {
  ShapeSpec S = spec("[*batch, C]");
  SpecMatch Two = matchSpec(S, sizes({2, 3, 5}), DType::Unknown);
  SpecMatch One = matchSpec(S, sizes({2, 5}), DType::Unknown);
  SpecMatch Other = matchSpec(S, sizes({2, 4, 5}), DType::Unknown);
  SpecMatch Same = matchSpec(S, sizes({2, 3, 7}), DType::Unknown);
  EXPECT_TRUE(findNameConflict(Two.Uses, One.Uses));   // rank of *batch
  EXPECT_TRUE(findNameConflict(Two.Uses, Other.Uses)); // a size of *batch
  ASSERT_TRUE(findNameConflict(Two.Uses, Same.Uses));  // C: 5 and 7
  EXPECT_EQ(findNameConflict(Two.Uses, Same.Uses)->Later->Name, "C");
}

// ===== Sizes from annotations ================================================

TEST(AnnotationMatchTest, Instantiate) {
  SymbolTable T;
  Dim B = Dim::symbol(T.add("B"));
  auto SizeOf = [&](const std::string &Name) {
    return Name == "B" ? B : Dim::unknown();
  };
  auto NoDims = [](const std::string &) {
    return std::optional<std::vector<Dim>>();
  };
  EXPECT_EQ(instantiateSpec(spec("[B, 1, _, C]"), SizeOf, NoDims).str(&T),
            "[B, 1, ?, ?]");
  EXPECT_EQ(instantiateSpec(spec("[]"), SizeOf, NoDims).str(&T), "[]");
  EXPECT_FALSE(instantiateSpec(spec("[*b, C]"), SizeOf, NoDims).hasRank());
  auto Batch = [](const std::string &Name) {
    return Name == "b" ? std::optional<std::vector<Dim>>(
                             {Dim::constant(2), Dim::constant(3)})
                       : std::nullopt;
  };
  EXPECT_EQ(instantiateSpec(spec("[*b, B]"), SizeOf, Batch).str(&T),
            "[2, 3, B]");
  EXPECT_FALSE(instantiateSpec(spec("[..., B]"), SizeOf, Batch).hasRank());
}

TEST(AnnotationMatchTest, InferredSizesWinWhereKnown) {
  SymbolTable T;
  Dim B = Dim::symbol(T.add("B")), C = Dim::symbol(T.add("C"));
  Shape Annotated = Shape::of({B, C});
  EXPECT_EQ(meetWithAnnotation(Shape::unknownRank(), Annotated).str(&T),
            "[B, C]");
  EXPECT_EQ(meetWithAnnotation(Shape::of({Dim::constant(8), Dim::unknown()}),
                               Annotated)
                .str(&T),
            "[8, C]");
  // A contradiction keeps what the program computes.
  EXPECT_EQ(meetWithAnnotation(sizes({8}), Annotated).str(&T), "[8]");
  EXPECT_EQ(meetWithAnnotation(sizes({8}), Shape::unknownRank()).str(&T),
            "[8]");
}

} // namespace

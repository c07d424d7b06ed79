//===--- ShapeTest.cpp - A tensor's sizes, possibly of unknown rank -------===//

#include "TestShapes.h"

#include <gtest/gtest.h>

#include <limits>

using namespace torchtidy;

namespace {

//===----------------------------------------------------------------------===//
// Construction and rank
//===----------------------------------------------------------------------===//

TEST(ShapeTest, DefaultIsUnknownRank) {
  EXPECT_FALSE(Shape().hasRank());
  EXPECT_FALSE(Shape::unknownRank().hasRank());
  EXPECT_EQ(Shape(), Shape::unknownRank());
}

TEST(ShapeTest, ZeroDimIsAKnownRank) {
  // A 0-d tensor (a scalar) has rank 0, which is known, unlike Shape().
  Shape Scalar = sizes({});
  EXPECT_TRUE(Scalar.hasRank());
  EXPECT_EQ(Scalar.rank(), 0u);
  EXPECT_NE(Scalar, Shape::unknownRank());
}

TEST(ShapeTest, OfRankKnowsOnlyTheRank) {
  Shape S = Shape::ofRank(3);
  ASSERT_TRUE(S.hasRank());
  EXPECT_EQ(S.rank(), 3u);
  for (const Dim &D : S.dims())
    EXPECT_FALSE(D.isKnown());
}

//===----------------------------------------------------------------------===//
// equals: certain only when every size is
//===----------------------------------------------------------------------===//

TEST(ShapeTest, EqualsPlainSizes) {
  EXPECT_EQ(sizes({4, 3}).equals(sizes({4, 3})), Tri::True);
  EXPECT_EQ(sizes({4, 3}).equals(sizes({4, 5})), Tri::False);
  EXPECT_EQ(sizes({4, 3}).equals(sizes({3, 4})), Tri::False);
  EXPECT_EQ(sizes({}).equals(sizes({})), Tri::True);
}

TEST(ShapeTest, DifferentRanksAreCertainlyDifferent) {
  // Even when no size is known: LibTorch compares sizes() lists, and lists of
  // different lengths differ.
  EXPECT_EQ(Shape::ofRank(1).equals(Shape::ofRank(2)), Tri::False);
  EXPECT_EQ(sizes({4}).equals(sizes({4, 1})), Tri::False);
  EXPECT_EQ(sizes({}).equals(sizes({1})), Tri::False);
}

TEST(ShapeTest, OneCertainDifferenceDecides) {
  Shape A = Shape::of({c(4), q()}), B = Shape::of({c(5), q()});
  EXPECT_EQ(A.equals(B), Tri::False);
  EXPECT_EQ(Shape::of({q(), c(3)}).equals(sizes({4, 5})), Tri::False);
}

TEST(ShapeTest, UnknownSizesOrRankLeaveItOpen) {
  EXPECT_EQ(Shape::of({c(4), q()}).equals(sizes({4, 3})), Tri::Unknown);
  EXPECT_EQ(Shape::ofRank(2).equals(Shape::ofRank(2)), Tri::Unknown);
  EXPECT_EQ(Shape().equals(sizes({4})), Tri::Unknown);
  EXPECT_EQ(sizes({4}).equals(Shape()), Tri::Unknown);
  // Not even an unknown rank equals itself certainly.
  EXPECT_EQ(Shape().equals(Shape()), Tri::Unknown);
}

TEST(ShapeTest, EqualsWithSymbols) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n")), M = Dim::symbol(T.add("m"));
  EXPECT_EQ(Shape::of({N, c(3)}).equals(Shape::of({N, c(3)})), Tri::True);
  // Two names may or may not hold one size.
  EXPECT_EQ(Shape::of({N}).equals(Shape::of({M})), Tri::Unknown);
  EXPECT_EQ(Shape::of({N}).equals(sizes({4})), Tri::Unknown);
  // ... but a plain difference elsewhere settles it.
  EXPECT_EQ(Shape::of({N, c(3)}).equals(Shape::of({M, c(4)})), Tri::False);
}

//===----------------------------------------------------------------------===//
// numel
//===----------------------------------------------------------------------===//

TEST(ShapeTest, NumelOfPlainSizes) {
  EXPECT_EQ(sizes({2, 3, 4}).numel()->constant(), std::optional<int64_t>(24));
  EXPECT_EQ(sizes({0, 5}).numel()->constant(), std::optional<int64_t>(0));
}

TEST(ShapeTest, NumelOfZeroDimIsOne) {
  EXPECT_EQ(sizes({}).numel()->constant(), std::optional<int64_t>(1));
}

TEST(ShapeTest, NumelWithSymbolsIsAMonomial) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n")), M = Dim::symbol(T.add("m"));
  std::optional<Dim> Numel = Shape::of({N, c(5), M}).numel();
  ASSERT_TRUE(Numel);
  EXPECT_EQ(Numel->str(&T), "5*n*m");
  EXPECT_EQ(Numel->equals(N.times(M).times(c(5))), Tri::True);
}

TEST(ShapeTest, NumelNeedsEverySize) {
  EXPECT_FALSE(Shape().numel());
  EXPECT_FALSE(Shape::of({c(2), q()}).numel());
  EXPECT_FALSE(Shape::ofRank(1).numel());
}

TEST(ShapeTest, NumelOverflowIsUnknown) {
  int64_t Big = int64_t(1) << 40;
  EXPECT_FALSE(sizes({Big, Big}).numel());
}

//===----------------------------------------------------------------------===//
// join: what two paths agree on
//===----------------------------------------------------------------------===//

TEST(ShapeTest, JoinKeepsWhatBothPathsAgreeOn) {
  EXPECT_EQ(join(sizes({4, 3}), sizes({4, 3})), sizes({4, 3}));
  EXPECT_EQ(join(sizes({4, 3}), sizes({4, 5})), Shape::of({c(4), q()}));
  EXPECT_EQ(join(sizes({}), sizes({})), sizes({}));
}

TEST(ShapeTest, JoinOfDifferentRanksIsUnknownRank) {
  EXPECT_FALSE(join(sizes({4}), sizes({4, 1})).hasRank());
  EXPECT_FALSE(join(sizes({}), sizes({1})).hasRank());
  EXPECT_FALSE(join(Shape(), sizes({4})).hasRank());
  EXPECT_FALSE(join(sizes({4}), Shape()).hasRank());
}

TEST(ShapeTest, JoinKeepsIdenticalSymbolsOnly) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n")), M = Dim::symbol(T.add("m"));
  EXPECT_EQ(join(Shape::of({N, c(3)}), Shape::of({N, c(3)})).str(&T), "[n, 3]");
  // n and m might be equal at run time, but the join cannot name the size.
  EXPECT_EQ(join(Shape::of({N, c(3)}), Shape::of({M, c(3)})).str(&T), "[?, 3]");
  EXPECT_EQ(join(Shape::of({N}), sizes({4})).str(&T), "[?]");
}

//===----------------------------------------------------------------------===//
// str: LibTorch's spelling of sizes
//===----------------------------------------------------------------------===//

TEST(ShapeTest, StrSpellsSizesLikeLibTorch) {
  // c10 prints IntArrayRef as `[8, 1]`; a 0-d tensor's sizes as `[]`.
  EXPECT_EQ(sizes({8, 1}).str(nullptr), "[8, 1]");
  EXPECT_EQ(sizes({4, 3, 5, 6}).str(nullptr), "[4, 3, 5, 6]");
  EXPECT_EQ(sizes({5}).str(nullptr), "[5]");
  EXPECT_EQ(sizes({}).str(nullptr), "[]");
}

TEST(ShapeTest, StrMarksWhatIsUnknown) {
  EXPECT_EQ(Shape().str(nullptr), "[...]");
  EXPECT_EQ(Shape::of({c(4), q()}).str(nullptr), "[4, ?]");
  EXPECT_EQ(Shape::ofRank(2).str(nullptr), "[?, ?]");
}

TEST(ShapeTest, StrNamesSymbols) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("batch")), C = Dim::symbol(T.add("C"));
  Shape S = Shape::of({N, C.times(c(5)), c(1)});
  EXPECT_EQ(S.str(&T), "[batch, 5*C, 1]");
  // Without a table, symbols get placeholder names by id.
  EXPECT_EQ(S.str(nullptr), "[s0, 5*s1, 1]");
}

TEST(ShapeTest, PossibleSizes) {
  const int64_t Max = std::numeric_limits<int64_t>::max();
  SymbolTable T;
  EXPECT_TRUE(Shape().isPossible());
  EXPECT_TRUE(Shape::of({Dim::constant(Max)}).isPossible());
  EXPECT_TRUE(Shape::of({Dim::constant(0), Dim::constant(Max)}).isPossible());
  EXPECT_TRUE(Shape::of({Dim::constant(Max), Dim::unknown(),
                         Dim::symbol(T.add("n"))}).isPossible());
  // LibTorch throws: a negative size, more elements than int64 counts.
  EXPECT_FALSE(Shape::of({Dim::constant(2), Dim::constant(-1)}).isPossible());
  EXPECT_FALSE(Shape::of({Dim::constant(Max), Dim::constant(2)}).isPossible());
  EXPECT_FALSE(Shape::of({Dim::constant(3037000500), Dim::constant(3037000500)})
                   .isPossible());
}

} // namespace

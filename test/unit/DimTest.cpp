//===--- DimTest.cpp - Sizes that may be symbolic -------------------------===//

#include "core/Dim.h"

#include <gtest/gtest.h>

#include <limits>

using namespace torchtidy;

namespace {

TEST(DimTest, ConstantsCompareCertainly) {
  EXPECT_EQ(Dim::constant(8).equals(8), Tri::True);
  EXPECT_EQ(Dim::constant(8).equals(1), Tri::False);
}

TEST(DimTest, UnknownIsNeverCertain) {
  EXPECT_EQ(Dim::unknown().equals(8), Tri::Unknown);
  EXPECT_EQ(Dim::unknown().equals(Dim::unknown()), Tri::Unknown);
}

TEST(DimTest, SymbolEqualsOnlyItself) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n")), M = Dim::symbol(T.add("m"));
  EXPECT_EQ(N.equals(N), Tri::True);
  // Two names may hold the same size, or not: never assumed either way.
  EXPECT_EQ(N.equals(M), Tri::Unknown);
  EXPECT_EQ(N.equals(5), Tri::Unknown);
}

TEST(DimTest, ProductsAndExactQuotients) {
  SymbolTable T;
  Dim N = Dim::symbol(T.add("n")), C = Dim::symbol(T.add("c"));
  Dim NC5 = N.times(C).times(Dim::constant(5));
  EXPECT_EQ(NC5.str(&T), "5*n*c");
  std::optional<Dim> Q = NC5.dividedBy(C.times(Dim::constant(5)));
  ASSERT_TRUE(Q);
  EXPECT_EQ(Q->equals(N), Tri::True);
  EXPECT_FALSE(N.dividedBy(C));
  EXPECT_FALSE(Dim::constant(7).dividedBy(Dim::constant(2)));
}

TEST(DimTest, OverflowGivesUnknown) {
  Dim Big = Dim::constant(int64_t(1) << 62);
  EXPECT_FALSE(Big.times(Big).isKnown());
}

TEST(DimTest, QuotientThatOverflowsIsNothing) {
  // INT64_MIN / -1 does not fit (and traps on x86).
  Dim Min = Dim::constant(std::numeric_limits<int64_t>::min());
  EXPECT_FALSE(Min.dividedBy(Dim::constant(-1)));
  EXPECT_EQ(Min.dividedBy(Dim::constant(1))->constant(), Min.constant());
}

TEST(DimTest, ZeroTimesAnythingIsZero) {
  SymbolTable T;
  Dim Z = Dim::constant(0).times(Dim::symbol(T.add("n")));
  EXPECT_EQ(Z.constant(), std::optional<int64_t>(0));
}

} // namespace

//===--- DTypeTest.cpp - A tensor's element type --------------------------===//

#include "core/DType.h"

#include "TestShapes.h"

#include <gtest/gtest.h>

using namespace torchtidy;

namespace {

const DType Known[] = {
    DType::Byte,         DType::Char,          DType::Short,
    DType::Int,          DType::Long,          DType::Half,
    DType::Float,        DType::Double,        DType::ComplexHalf,
    DType::ComplexFloat, DType::ComplexDouble, DType::Bool,
    DType::BFloat16};

TEST(DTypeTest, NamesAreLibTorchs) {
  // c10::ScalarType's enumerator names, as LibTorch prints them in
  // "expected scalar type Long but found Float".
  EXPECT_EQ(dtypeName(DType::Long), "Long");
  EXPECT_EQ(dtypeName(DType::Float), "Float");
  EXPECT_EQ(dtypeName(DType::Int), "Int");
  EXPECT_EQ(dtypeName(DType::Byte), "Byte");
  EXPECT_EQ(dtypeName(DType::Char), "Char");
  EXPECT_EQ(dtypeName(DType::BFloat16), "BFloat16");
  EXPECT_EQ(dtypeName(DType::ComplexFloat), "ComplexFloat");
  EXPECT_EQ(dtypeName(DType::Unknown), "?");
}

TEST(DTypeTest, NamesRoundTrip) {
  for (DType T : Known)
    EXPECT_EQ(dtypeFromScalarTypeName(dtypeName(T)), T) << dtypeName(T);
}

TEST(DTypeTest, OtherNamesAreOther) {
  // Quantized and newer types: known to exist, not modelled.
  EXPECT_EQ(dtypeFromScalarTypeName("QInt8"), DType::Other);
  EXPECT_EQ(dtypeFromScalarTypeName("long"), DType::Other);
  EXPECT_EQ(dtypeFromScalarTypeName(""), DType::Other);
}

TEST(DTypeTest, Classes) {
  for (DType T : Known) {
    // Every known type is exactly one of integral, floating or complex.
    int Classes = (isIntegral(T) == Tri::True) + (isFloating(T) == Tri::True);
    bool Complex = T == DType::ComplexHalf || T == DType::ComplexFloat ||
                   T == DType::ComplexDouble;
    EXPECT_EQ(Classes, Complex ? 0 : 1) << dtypeName(T);
    EXPECT_NE(isIntegral(T), Tri::Unknown) << dtypeName(T);
    EXPECT_NE(isFloating(T), Tri::Unknown) << dtypeName(T);
    EXPECT_EQ(isLong(T), triOf(T == DType::Long)) << dtypeName(T);
  }
  EXPECT_EQ(isIntegral(DType::Bool), Tri::True);
  EXPECT_EQ(isFloating(DType::BFloat16), Tri::True);
  EXPECT_EQ(isFloating(DType::Half), Tri::True);
}

TEST(DTypeTest, UnknownIsNeverCertain) {
  EXPECT_EQ(isIntegral(DType::Unknown), Tri::Unknown);
  EXPECT_EQ(isFloating(DType::Unknown), Tri::Unknown);
  EXPECT_EQ(isLong(DType::Unknown), Tri::Unknown);
  EXPECT_EQ(isIntegral(DType::Other), Tri::Unknown);
  EXPECT_EQ(isFloating(DType::Other), Tri::Unknown);
  // Other is certainly not Long, though.
  EXPECT_EQ(isLong(DType::Other), Tri::False);
}

TEST(DTypeTest, Join) {
  EXPECT_EQ(join(DType::Long, DType::Long), DType::Long);
  EXPECT_EQ(join(DType::Long, DType::Float), DType::Unknown);
  EXPECT_EQ(join(DType::Unknown, DType::Float), DType::Unknown);
}

} // namespace

//===--- ShapeAnnotationTest.cpp - The grammar of shape annotations -------===//

#include "core/ShapeAnnotation.h"

#include <gtest/gtest.h>

#include <string>

using namespace torchtidy;

namespace {

/// The spec of \p Text, which must parse.
ShapeSpec spec(std::string_view Text) {
  SpecParse P = parseShapeSpec(Text);
  EXPECT_TRUE(P.ok()) << Text << ": " << (P.Error ? P.Error->Message : "");
  return P.Spec;
}

/// The error of \p Text, which must not parse.
SpecError error(std::string_view Text) {
  SpecParse P = parseShapeSpec(Text);
  EXPECT_FALSE(P.ok()) << Text << " parsed as " << P.Spec.str();
  return P.Error.value_or(SpecError{});
}

// ===== Well-formed annotations ===============================================

TEST(ShapeAnnotationTest, SizesAndNames) {
  ShapeSpec S = spec("[B, 10]");
  ASSERT_EQ(S.Dims.size(), 2u);
  EXPECT_EQ(S.Dims[0].K, SpecDim::Kind::Name);
  EXPECT_EQ(S.Dims[0].Name, "B");
  EXPECT_EQ(S.Dims[1].K, SpecDim::Kind::Size);
  EXPECT_EQ(S.Dims[1].Size, 10);
  EXPECT_EQ(S.Dims[1].Offset, 4u);
  EXPECT_EQ(S.Type, DType::Unknown);
  EXPECT_FALSE(S.variadicIndex());
  EXPECT_EQ(S.fixedRank(), 2u);
}

TEST(ShapeAnnotationTest, ZeroDimTensor) {
  EXPECT_TRUE(spec("[]").Dims.empty());
  EXPECT_TRUE(spec("[ ]").Dims.empty());
  EXPECT_EQ(spec("[] long").Type, DType::Long);
}

TEST(ShapeAnnotationTest, AnyDim) {
  ShapeSpec S = spec("[_, C]");
  EXPECT_EQ(S.Dims[0].K, SpecDim::Kind::Any);
  // A name may start with '_' and hold digits.
  EXPECT_EQ(spec("[_b2]").Dims[0].K, SpecDim::Kind::Name);
  EXPECT_EQ(spec("[_b2]").Dims[0].Name, "_b2");
}

TEST(ShapeAnnotationTest, VariadicDims) {
  ShapeSpec S = spec("[*batch, C]");
  ASSERT_EQ(S.variadicIndex(), std::optional<std::size_t>(0));
  EXPECT_EQ(S.Dims[0].Name, "batch");
  EXPECT_EQ(S.fixedRank(), 1u);
  ShapeSpec E = spec("[N, ..., C]");
  EXPECT_EQ(E.variadicIndex(), std::optional<std::size_t>(1));
  EXPECT_TRUE(E.Dims[1].Name.empty());
  // `*_` is an anonymous variadic dim, like `...`.
  EXPECT_TRUE(spec("[*_]").Dims[0].Name.empty());
  EXPECT_EQ(spec("[*_]").Dims[0].K, SpecDim::Kind::Variadic);
}

TEST(ShapeAnnotationTest, EveryDTypeWord) {
  struct {
    const char *Word;
    DType T;
  } Words[] = {{"long", DType::Long},     {"int64", DType::Long},
               {"int", DType::Int},       {"int32", DType::Int},
               {"float", DType::Float},   {"float32", DType::Float},
               {"double", DType::Double}, {"float64", DType::Double},
               {"half", DType::Half},     {"bfloat16", DType::BFloat16},
               {"bool", DType::Bool},     {"uint8", DType::Byte}};
  for (const auto &W : Words)
    EXPECT_EQ(spec(std::string("[8] ") + W.Word).Type, W.T) << W.Word;
}

TEST(ShapeAnnotationTest, BlanksAnywhere) {
  ShapeSpec S = spec("  [ B ,C\t,\n 1 ]  float  ");
  EXPECT_EQ(S.str(), "[B, C, 1] float");
}

TEST(ShapeAnnotationTest, TextAfterSemicolonIsAComment) {
  EXPECT_EQ(spec("[B, C]; logits before softmax").str(), "[B, C]");
  EXPECT_EQ(spec("[B] long;class indices").str(), "[B] long");
}

TEST(ShapeAnnotationTest, CanonicalSpelling) {
  EXPECT_EQ(spec("[*batch,_,8] int64").str(), "[*batch, _, 8] long");
  EXPECT_EQ(spec("[...]").str(), "[...]");
  EXPECT_EQ(spec("[]").str(), "[]");
}

TEST(ShapeAnnotationTest, LargestSize) {
  EXPECT_EQ(spec("[9223372036854775807]").Dims[0].Size, INT64_MAX);
  EXPECT_EQ(spec("[007]").Dims[0].Size, 7);
}

TEST(ShapeAnnotationTest, SixtyFourDims) {
  std::string S = "[";
  for (int I = 0; I < 64; ++I)
    S += I ? ", 1" : "1";
  EXPECT_EQ(spec(S + "]").Dims.size(), 64u);
}

// ===== Errors and their columns ==============================================

TEST(ShapeAnnotationTest, MissingOpeningBracket) {
  SpecError E = error("B, C");
  EXPECT_EQ(E.Offset, 0u);
  EXPECT_EQ(E.Message, "expected '[' to start the shape");
  EXPECT_EQ(error("").Offset, 0u);
  EXPECT_EQ(error("  (B, C)").Offset, 2u);
}

TEST(ShapeAnnotationTest, Unterminated) {
  SpecError E = error("[B, C");
  EXPECT_EQ(E.Offset, 5u);
  EXPECT_EQ(E.Message, "missing ']' at the end of the shape");
  EXPECT_EQ(error("[").Offset, 1u);
  EXPECT_EQ(error("[B,").Offset, 3u);
}

TEST(ShapeAnnotationTest, MissingComma) {
  SpecError E = error("[B C]");
  EXPECT_EQ(E.Offset, 3u);
  EXPECT_EQ(E.Message, "expected ',' or ']' after a dim");
  EXPECT_EQ(error("[8B]").Offset, 2u);
}

TEST(ShapeAnnotationTest, EmptyDim) {
  SpecError E = error("[B, , C]");
  EXPECT_EQ(E.Offset, 4u);
  EXPECT_EQ(E.Message, "expected a size, a name, '_', '*name' or '...'");
  EXPECT_EQ(error("[B,]").Offset, 3u);
  EXPECT_EQ(error("[,]").Offset, 1u);
}

TEST(ShapeAnnotationTest, NegativeSize) {
  SpecError E = error("[B, -1]");
  EXPECT_EQ(E.Offset, 4u);
  EXPECT_EQ(E.Message, "a size cannot be negative");
}

TEST(ShapeAnnotationTest, SizeTooLarge) {
  SpecError E = error("[9223372036854775808]");
  EXPECT_EQ(E.Offset, 1u);
  EXPECT_EQ(E.Message, "size is too large");
  EXPECT_FALSE(parseShapeSpec("[99999999999999999999999999999999]").ok());
}

TEST(ShapeAnnotationTest, TwoVariadicDims) {
  SpecError E = error("[*a, C, ...]");
  EXPECT_EQ(E.Offset, 8u);
  EXPECT_EQ(E.Message, "only one dim may be variadic ('*name' or '...')");
}

TEST(ShapeAnnotationTest, BadVariadicSpelling) {
  EXPECT_EQ(error("[*, C]").Message, "expected a name after '*'");
  EXPECT_EQ(error("[*, C]").Offset, 2u);
  EXPECT_EQ(error("[* b]").Offset, 2u);
  EXPECT_EQ(error("[.., C]").Message, "expected '...'");
  EXPECT_EQ(error("[.., C]").Offset, 1u);
}

TEST(ShapeAnnotationTest, UnknownDType) {
  SpecError E = error("[B] flaot");
  EXPECT_EQ(E.Offset, 4u);
  EXPECT_EQ(E.Message, "unknown dtype 'flaot' (long, int, float, double, "
                       "half, bfloat16, bool or uint8)");
}

TEST(ShapeAnnotationTest, DTypeSuggestions) {
  EXPECT_EQ(error("[B] Long").Message,
            "unknown dtype 'Long'; did you mean 'long'?");
  EXPECT_EQ(error("[B] kFloat").Message,
            "unknown dtype 'kFloat'; did you mean 'float'?");
  EXPECT_EQ(error("[B] torch::kLong").Message,
            "unknown dtype 'torch::kLong'; did you mean 'long'?");
  EXPECT_EQ(error("[B] kByte").Message,
            "unknown dtype 'kByte'; did you mean 'uint8'?");
}

TEST(ShapeAnnotationTest, TextAfterTheShape) {
  SpecError E = error("[B, C] float logits");
  EXPECT_EQ(E.Offset, 13u);
  EXPECT_EQ(E.Message,
            "unexpected text after the shape (a ';' may separate a comment)");
  EXPECT_EQ(error("[B] [C]").Offset, 4u);
  EXPECT_EQ(error("[B] - logits").Offset, 4u);
}

TEST(ShapeAnnotationTest, TooManyDims) {
  std::string S = "[";
  for (int I = 0; I < 65; ++I)
    S += I ? ", 1" : "1";
  SpecError E = error(S + "]");
  EXPECT_EQ(E.Message, "too many dims (at most 64)");
  EXPECT_EQ(E.Offset, 1u + 64 * 3);
}

TEST(ShapeAnnotationTest, NonAsciiIsAnError) {
  // "[B, Ç]": the error is at the first byte of the character.
  SpecError E = error("[B, \xC3\x87]");
  EXPECT_EQ(E.Offset, 4u);
  EXPECT_EQ(error("\xEF\xBC\xBB"
                  "B]")
                .Offset,
            0u); // a fullwidth '['
  EXPECT_EQ(error(std::string("[B\0]", 4)).Offset, 2u);
}

TEST(ShapeAnnotationTest, HugeInputIsLinear) {
  std::string S(1 << 20, '[');
  EXPECT_EQ(error(S).Offset, 1u);
  std::string Names = "[" + std::string(1 << 20, 'B') + "]";
  EXPECT_EQ(spec(Names).Dims[0].Name.size(), 1u << 20);
}

// ===== Annotations in comments ===============================================

TEST(ShapeAnnotationTest, CommentForms) {
  for (std::string_view C :
       {"// shape: [B, C]", "//shape:[B, C]", "/// shape: [B, C]",
        "//! shape: [B, C]", "/* shape: [B, C] */", "/** shape: [B, C] */",
        "/*shape: [B, C]*/", "//\tshape:\t[B, C]  \r", "///< shape: [B, C]",
        "/**< shape: [B, C] */"}) {
    std::optional<CommentAnnotation> A = findCommentAnnotation(C);
    ASSERT_TRUE(A) << C;
    EXPECT_EQ(A->Kind, CommentKind::Shape) << C;
    EXPECT_EQ(A->Spec, "[B, C]") << C;
    EXPECT_EQ(C.substr(A->SpecOffset, 6), "[B, C]") << C;
  }
}

TEST(ShapeAnnotationTest, ReturnsComment) {
  std::optional<CommentAnnotation> A =
      findCommentAnnotation("// returns shape: [N, C] float");
  ASSERT_TRUE(A);
  EXPECT_EQ(A->Kind, CommentKind::Returns);
  EXPECT_EQ(A->Spec, "[N, C] float");
  EXPECT_EQ(A->SpecOffset, 18u);
  EXPECT_TRUE(findCommentAnnotation("/* returns  shape: [] */"));
}

TEST(ShapeAnnotationTest, OtherCommentsHoldNone) {
  for (std::string_view C :
       {"// the shape: [B, C]", "// Shape: [B]", "// shapes: [B]",
        "// returns: [B]", "// returnsshape: [B]", "// returns", "/**/", "/*/",
        "//", "", "shape: [B]", "# shape: [B]", "// NOLINT"})
    EXPECT_FALSE(findCommentAnnotation(C)) << C;
}

TEST(ShapeAnnotationTest, MalformedCommentIsStillAnAnnotation) {
  std::optional<CommentAnnotation> A = findCommentAnnotation("// shape: [B, C");
  ASSERT_TRUE(A);
  EXPECT_EQ(A->Spec, "[B, C");
  std::optional<CommentAnnotation> Empty =
      findCommentAnnotation("/* shape: */");
  ASSERT_TRUE(Empty);
  EXPECT_EQ(Empty->Spec, "");
  // An unterminated block comment runs to the end of its text.
  std::optional<CommentAnnotation> Open =
      findCommentAnnotation("/* shape: [B]");
  ASSERT_TRUE(Open);
  EXPECT_EQ(Open->Spec, "[B]");
}

// ===== Quoting ===============================================================

TEST(ShapeAnnotationTest, QuotingKeepsTextShortAndPrintable) {
  EXPECT_EQ(quoteForDiagnostic("[B, C"), "[B, C");
  EXPECT_EQ(quoteForDiagnostic("[B\x01]"), "[B\\x01]");
  EXPECT_EQ(quoteForDiagnostic("[\xC3\x87]"), "[\xC3\x87]"); // valid UTF-8 kept
  EXPECT_EQ(quoteForDiagnostic("[\xC3]"), "[\\xc3]");        // a lone lead byte
  EXPECT_EQ(quoteForDiagnostic("[\xFF\xFE]"), "[\\xff\\xfe]");
  EXPECT_EQ(quoteForDiagnostic(std::string(100, 'B'), 10),
            std::string(10, 'B') + "...");
  // Never cut inside a character.
  EXPECT_EQ(quoteForDiagnostic("ab\xE2\x82\xAC", 4), "ab...");
}

} // namespace

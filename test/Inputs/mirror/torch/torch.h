// A small mirror of LibTorch 1.13's declarations (Debian's libtorch-dev),
// for the fast lit suite. It keeps what the checks see: namespaces, class
// and function names, parameter names and default arguments, the
// ModuleHolder wrapper and the options structs. Nothing here runs; the
// real-header suite (test/real) guards against drift.
#ifndef TORCH_TIDY_MIRROR_TORCH_H
#define TORCH_TIDY_MIRROR_TORCH_H

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace c10 {

enum class ScalarType : int8_t {
  Byte, Char, Short, Int, Long, Half, Float, Double, ComplexHalf,
  ComplexFloat, ComplexDouble, Bool, QInt8, QUInt8, QInt32, BFloat16,
  Undefined, NumOptions
};
constexpr ScalarType kByte = ScalarType::Byte;
constexpr ScalarType kChar = ScalarType::Char;
constexpr ScalarType kShort = ScalarType::Short;
constexpr ScalarType kInt = ScalarType::Int;
constexpr ScalarType kLong = ScalarType::Long;
constexpr ScalarType kHalf = ScalarType::Half;
constexpr ScalarType kFloat = ScalarType::Float;
constexpr ScalarType kDouble = ScalarType::Double;
constexpr ScalarType kBool = ScalarType::Bool;
constexpr ScalarType kBFloat16 = ScalarType::BFloat16;

struct nullopt_t {
  constexpr explicit nullopt_t(int) {}
};
constexpr nullopt_t nullopt{0};

template <class T> class optional {
public:
  constexpr optional() noexcept {}
  constexpr optional(nullopt_t) noexcept {}
  template <typename U = T,
            typename = std::enable_if_t<std::is_constructible<T, U &&>::value>>
  constexpr optional(U &&u) : has_(true), value_(std::forward<U>(u)) {}
  constexpr bool has_value() const { return has_; }

private:
  bool has_ = false;
  T value_{};
};

// c10/util/variant.h (converting constructor only).
template <class... Ts> class variant {
public:
  variant() = default;
  template <class T, typename = std::enable_if_t<
                         (std::is_constructible<Ts, T &&>::value || ...)>>
  variant(T &&t) {}
};

template <typename T> class ArrayRef {
public:
  constexpr ArrayRef() : Data(nullptr), Length(0) {}
  constexpr ArrayRef(const T &OneElt) : Data(&OneElt), Length(1) {}
  constexpr ArrayRef(const T *data, size_t length) : Data(data), Length(length) {}
  template <typename A>
  ArrayRef(const std::vector<T, A> &Vec) : Data(Vec.data()), Length(Vec.size()) {}
  constexpr ArrayRef(const std::initializer_list<T> &Vec)
      : Data(Vec.begin() == Vec.end() ? nullptr : Vec.begin()), Length(Vec.size()) {}
  constexpr size_t size() const { return Length; }
  constexpr const T &operator[](size_t Index) const { return Data[Index]; }
  constexpr const T *begin() const { return Data; }
  constexpr const T *end() const { return Data + Length; }
  std::vector<T> vec() const { return std::vector<T>(Data, Data + Length); }

private:
  const T *Data;
  size_t Length;
};
using IntArrayRef = ArrayRef<int64_t>;
// ATen/core/IListRef.h (the unboxed form only): cat's list of tensors.
template <typename T> class IListRef {
public:
  IListRef() {}
  IListRef(const ArrayRef<T> &unboxed) {}
  IListRef(const std::initializer_list<T> &list) {}
  template <typename... UnboxedConstructorArgs,
            typename = std::enable_if_t<
                std::is_constructible<ArrayRef<T>, UnboxedConstructorArgs...>::value>>
  IListRef(UnboxedConstructorArgs &&...args) {}
};
// c10/util/OptionalArrayRef.h: the dims of sum / mean.
template <typename T> class OptionalArrayRef final {
public:
  constexpr OptionalArrayRef() noexcept {}
  constexpr OptionalArrayRef(nullopt_t) noexcept {}
  constexpr OptionalArrayRef(const T &value) noexcept {}
  template <typename U = ArrayRef<T>,
            std::enable_if_t<!std::is_same<std::decay_t<U>, OptionalArrayRef>::value &&
                                 std::is_constructible<ArrayRef<T>, U &&>::value &&
                                 std::is_convertible<U &&, ArrayRef<T>>::value &&
                                 !std::is_convertible<U &&, T>::value,
                             bool> = false>
  constexpr OptionalArrayRef(U &&value) noexcept {}
  constexpr OptionalArrayRef(const std::initializer_list<T> &Vec) {}
};
using OptionalIntArrayRef = OptionalArrayRef<int64_t>;
using string_view = std::string_view;

enum class DeviceType : int8_t { CPU = 0, CUDA = 1 };
constexpr DeviceType kCPU = DeviceType::CPU;
constexpr DeviceType kCUDA = DeviceType::CUDA;
struct Device {
  Device(DeviceType type, int8_t index = -1) : type_(type), index_(index) {}
  Device(const std::string &device_string);

private:
  DeviceType type_;
  int8_t index_;
};

enum class MemoryFormat : int8_t { Contiguous, Preserve, ChannelsLast };

class Scalar {
public:
  Scalar() : Scalar(int64_t(0)) {}
  template <typename T,
            typename std::enable_if<std::is_integral<T>::value, bool>::type * = nullptr>
  Scalar(T vv) : i(vv) {}
  Scalar(double vv) : d(vv) {}
  Scalar(float vv) : d(vv) {}

private:
  int64_t i = 0;
  double d = 0;
};

struct TensorOptions {
  TensorOptions() {}
  /* implicit */ TensorOptions(ScalarType dtype) : dtype_(dtype) {}
  /* implicit */ TensorOptions(Device device) {}
  /* implicit */ TensorOptions(DeviceType device_type) {}
  TensorOptions dtype(optional<ScalarType> dtype) const noexcept { return *this; }
  TensorOptions device(optional<Device> device) const noexcept { return *this; }
  TensorOptions requires_grad(optional<bool> requires_grad) const noexcept { return *this; }

private:
  ScalarType dtype_ = ScalarType::Float;
};
inline TensorOptions dtype(ScalarType dtype) { return TensorOptions().dtype(dtype); }
inline TensorOptions device(Device device) { return TensorOptions().device(device); }
inline TensorOptions requires_grad(bool requires_grad = true) {
  return TensorOptions().requires_grad(requires_grad);
}

} // namespace c10

namespace at {
// As in c10/macros/Macros.h.
using namespace c10;

namespace Reduction {
enum Reduction { None, Mean, Sum, END };
} // namespace Reduction

// ATen/core/Dimname.h: the named dims of sum / mean. A braced {0, n} also
// converts to DimnameList(nullptr, n), so x.sum({0, 2}) is ambiguous.
struct Dimname {
  static Dimname wildcard();

private:
  Dimname() = default;
};
using DimnameList = c10::ArrayRef<Dimname>;

class TensorBase {
public:
  IntArrayRef sizes() const;
  int64_t size(int64_t dim) const;
  int64_t dim() const;
  int64_t numel() const;
  ScalarType scalar_type() const;
  bool defined() const;
};

// ATen/core/Generator.h
struct Generator {
  Generator() = default;
};
namespace indexing {
struct TensorIndex;
} // namespace indexing

// ATen/core/TensorBody.h
class Tensor : public TensorBase {
public:
  Tensor() = default;
  Tensor(const Tensor &) = default;
  Tensor(Tensor &&) = default;
  Tensor &operator=(const Tensor &x) & = default;
  Tensor &operator=(Tensor &&x) & = default;
  template <typename T> T item() const;
  Tensor &operator=(Scalar v) &&;

  // Shape ops.
  Tensor view(IntArrayRef size) const;
  Tensor view(ScalarType dtype) const;
  Tensor reshape(IntArrayRef shape) const;
  Tensor view_as(const Tensor &other) const;
  Tensor reshape_as(const Tensor &other) const;
  Tensor expand_as(const Tensor &other) const;
  Tensor expand(IntArrayRef size, bool implicit = false) const;
  Tensor repeat(IntArrayRef repeats) const;
  Tensor unsqueeze(int64_t dim) const;
  Tensor &unsqueeze_(int64_t dim) const;
  Tensor squeeze() const;
  Tensor squeeze(int64_t dim) const;
  Tensor &squeeze_() const;
  Tensor &squeeze_(int64_t dim) const;
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor unflatten(int64_t dim, IntArrayRef sizes) const;
  Tensor permute(IntArrayRef dims) const;
  Tensor transpose(int64_t dim0, int64_t dim1) const;
  Tensor &transpose_(int64_t dim0, int64_t dim1) const;
  Tensor swapaxes(int64_t axis0, int64_t axis1) const;
  Tensor &swapaxes_(int64_t axis0, int64_t axis1) const;
  Tensor swapdims(int64_t dim0, int64_t dim1) const;
  Tensor &swapdims_(int64_t dim0, int64_t dim1) const;
  Tensor t() const;
  Tensor &t_() const;

  // Reductions.
  Tensor argmax(c10::optional<int64_t> dim = c10::nullopt, bool keepdim = false) const;
  Tensor argmin(c10::optional<int64_t> dim = c10::nullopt, bool keepdim = false) const;
  Tensor max() const;
  std::tuple<Tensor, Tensor> max(int64_t dim, bool keepdim = false) const;
  Tensor max(const Tensor &other) const;
  Tensor min() const;
  std::tuple<Tensor, Tensor> min(int64_t dim, bool keepdim = false) const;
  Tensor min(const Tensor &other) const;
  Tensor sum(c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor sum(OptionalIntArrayRef dim, bool keepdim = false,
             c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor sum(DimnameList dim, bool keepdim = false,
             c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor mean(c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor mean(OptionalIntArrayRef dim, bool keepdim = false,
              c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor mean(DimnameList dim, bool keepdim = false,
              c10::optional<ScalarType> dtype = c10::nullopt) const;
  std::tuple<Tensor, Tensor> sort(int64_t dim = -1, bool descending = false) const;
  std::tuple<Tensor, Tensor> sort(c10::optional<bool> stable, int64_t dim = -1,
                                  bool descending = false) const;
  Tensor argsort(int64_t dim = -1, bool descending = false) const;
  Tensor argsort(bool stable, int64_t dim = -1, bool descending = false) const;
  std::tuple<Tensor, Tensor> topk(int64_t k, int64_t dim = -1, bool largest = true,
                                  bool sorted = true) const;

  // Indexing.
  Tensor select(int64_t dim, int64_t index) const;
  Tensor narrow(int64_t dim, int64_t start, int64_t length) const;
  Tensor narrow(int64_t dim, const Tensor &start, int64_t length) const;
  Tensor slice(int64_t dim = 0, c10::optional<int64_t> start = c10::nullopt,
               c10::optional<int64_t> end = c10::nullopt, int64_t step = 1) const;
  Tensor index(ArrayRef<at::indexing::TensorIndex> indices) const;
  Tensor index(std::initializer_list<at::indexing::TensorIndex> indices) const;
  Tensor &index_put_(std::initializer_list<at::indexing::TensorIndex> indices,
                     const Scalar &v);
  Tensor index_select(int64_t dim, const Tensor &index) const;
  Tensor gather(int64_t dim, const Tensor &index, bool sparse_grad = false) const;
  Tensor operator[](Scalar index) const;
  Tensor operator[](Tensor index) const;
  Tensor operator[](int64_t index) const;

  // Matrix products.
  Tensor matmul(const Tensor &other) const;
  Tensor mm(const Tensor &mat2) const;
  Tensor bmm(const Tensor &mat2) const;

  // Dtype conversions.
  Tensor to(TensorOptions options = {}, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor to(Device device, ScalarType dtype, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor to(ScalarType dtype, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor to(const Tensor &other, bool non_blocking = false, bool copy = false,
            c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor toType(ScalarType t) const;
  Tensor type_as(const Tensor &other) const;

  // Sizes and dtype kept.
  Tensor cpu() const;
  Tensor cuda() const;
  Tensor clone(c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor detach() const;
  Tensor &detach_() const;
  Tensor contiguous(MemoryFormat memory_format = MemoryFormat::Contiguous) const;
  Tensor relu() const;
  Tensor &relu_() const;
  Tensor abs() const;
  Tensor &abs_() const;
  Tensor neg() const;
  Tensor &neg_() const;
  Tensor clamp(const c10::optional<Scalar> &min,
               const c10::optional<Scalar> &max = c10::nullopt) const;
  Tensor clamp(const c10::optional<Tensor> &min = {},
               const c10::optional<Tensor> &max = {}) const;
  Tensor &clamp_(const c10::optional<Scalar> &min,
                 const c10::optional<Scalar> &max = c10::nullopt) const;
  Tensor &clamp_(const c10::optional<Tensor> &min = {},
                 const c10::optional<Tensor> &max = {}) const;
  Tensor &masked_fill_(const Tensor &mask, const Scalar &value) const;
  Tensor masked_fill(const Tensor &mask, const Scalar &value) const;
  Tensor &masked_fill_(const Tensor &mask, const Tensor &value) const;
  Tensor masked_fill(const Tensor &mask, const Tensor &value) const;
  Tensor sign() const;
  Tensor &zero_() const;
  Tensor &fill_(const Scalar &value) const;
  Tensor &fill_(const Tensor &value) const;
  Tensor &normal_(double mean = 0, double std = 1,
                  c10::optional<Generator> generator = c10::nullopt) const;
  Tensor &uniform_(double from = 0, double to = 1,
                   c10::optional<Generator> generator = c10::nullopt) const;
  const Tensor &requires_grad_(bool _requires_grad = true) const;
  const Tensor &resize_(IntArrayRef size,
                        c10::optional<MemoryFormat> memory_format = c10::nullopt) const;
  Tensor &copy_(const Tensor &src, bool non_blocking = false) const;

  // Sizes kept, a floating result.
  Tensor sigmoid() const;
  Tensor &sigmoid_() const;
  Tensor tanh() const;
  Tensor &tanh_() const;
  Tensor exp() const;
  Tensor &exp_() const;
  Tensor log() const;
  Tensor &log_() const;
  Tensor sqrt() const;
  Tensor &sqrt_() const;
  Tensor log_softmax(int64_t dim, c10::optional<ScalarType> dtype = c10::nullopt) const;
  Tensor softmax(int64_t dim, c10::optional<ScalarType> dtype = c10::nullopt) const;

  // Broadcasting binary ops.
  Tensor add(const Tensor &other, const Scalar &alpha = 1) const;
  Tensor &add_(const Tensor &other, const Scalar &alpha = 1) const;
  Tensor add(const Scalar &other, const Scalar &alpha = 1) const;
  Tensor &add_(const Scalar &other, const Scalar &alpha = 1) const;
  Tensor sub(const Tensor &other, const Scalar &alpha = 1) const;
  Tensor &sub_(const Tensor &other, const Scalar &alpha = 1) const;
  Tensor sub(const Scalar &other, const Scalar &alpha = 1) const;
  Tensor &sub_(const Scalar &other, const Scalar &alpha = 1) const;
  Tensor mul(const Tensor &other) const;
  Tensor &mul_(const Tensor &other) const;
  Tensor mul(const Scalar &other) const;
  Tensor &mul_(const Scalar &other) const;
  Tensor div(const Tensor &other) const;
  Tensor &div_(const Tensor &other) const;
  Tensor div(const Tensor &other, c10::optional<c10::string_view> rounding_mode) const;
  Tensor &div_(const Tensor &other, c10::optional<c10::string_view> rounding_mode) const;
  Tensor div(const Scalar &other) const;
  Tensor &div_(const Scalar &other) const;
  Tensor div(const Scalar &other, c10::optional<c10::string_view> rounding_mode) const;
  Tensor &div_(const Scalar &other, c10::optional<c10::string_view> rounding_mode) const;
  Tensor pow(const Tensor &exponent) const;
  Tensor pow(const Scalar &exponent) const;
  Tensor &pow_(const Scalar &exponent) const;
  Tensor &pow_(const Tensor &exponent) const;
  Tensor remainder(const Scalar &other) const;
  Tensor &remainder_(const Scalar &other) const;
  Tensor remainder(const Tensor &other) const;
  Tensor &remainder_(const Tensor &other) const;
  Tensor maximum(const Tensor &other) const;
  Tensor minimum(const Tensor &other) const;
  Tensor where(const Tensor &condition, const Tensor &other) const;
  Tensor ne(const Scalar &other) const;
  Tensor ne(const Tensor &other) const;
  Tensor eq(const Scalar &other) const;
  Tensor eq(const Tensor &other) const;
  Tensor ge(const Scalar &other) const;
  Tensor ge(const Tensor &other) const;
  Tensor le(const Scalar &other) const;
  Tensor le(const Tensor &other) const;
  Tensor gt(const Scalar &other) const;
  Tensor gt(const Tensor &other) const;
  Tensor lt(const Scalar &other) const;
  Tensor lt(const Tensor &other) const;

  // Operators (members).
  Tensor operator-() const;
  Tensor &operator+=(const Tensor &other);
  Tensor &operator+=(Scalar other);
  Tensor &operator-=(const Tensor &other);
  Tensor &operator-=(Scalar other);
  Tensor &operator*=(const Tensor &other);
  Tensor &operator*=(Scalar other);
  Tensor &operator/=(const Tensor &other);
  Tensor &operator/=(Scalar other);
};
using TensorList = ArrayRef<Tensor>;
using ITensorListRef = c10::IListRef<Tensor>;

// ATen/TensorOperators.h: each operator for Tensor/Tensor, Tensor/Scalar and
// Scalar/Tensor.
#define TORCH_TIDY_MIRROR_OPERATOR(op)                                          \
  Tensor operator op(const Tensor &x, const Tensor &y);                        \
  Tensor operator op(const Tensor &x, const Scalar &y);                        \
  Tensor operator op(const Scalar &x, const Tensor &y);
TORCH_TIDY_MIRROR_OPERATOR(+)
TORCH_TIDY_MIRROR_OPERATOR(*)
TORCH_TIDY_MIRROR_OPERATOR(-)
TORCH_TIDY_MIRROR_OPERATOR(/)
TORCH_TIDY_MIRROR_OPERATOR(%)
TORCH_TIDY_MIRROR_OPERATOR(<)
TORCH_TIDY_MIRROR_OPERATOR(<=)
TORCH_TIDY_MIRROR_OPERATOR(>)
TORCH_TIDY_MIRROR_OPERATOR(>=)
TORCH_TIDY_MIRROR_OPERATOR(==)
TORCH_TIDY_MIRROR_OPERATOR(!=)
#undef TORCH_TIDY_MIRROR_OPERATOR

inline Tensor nll_loss(const Tensor &self, const Tensor &target,
                       const c10::optional<Tensor> &weight = {},
                       int64_t reduction = at::Reduction::Mean,
                       int64_t ignore_index = -100);
inline Tensor nll_loss_nd(const Tensor &self, const Tensor &target,
                          const c10::optional<Tensor> &weight = {},
                          int64_t reduction = at::Reduction::Mean,
                          int64_t ignore_index = -100);
inline Tensor nll_loss2d(const Tensor &self, const Tensor &target,
                         const c10::optional<Tensor> &weight = {},
                         int64_t reduction = at::Reduction::Mean,
                         int64_t ignore_index = -100);
inline Tensor cross_entropy_loss(const Tensor &self, const Tensor &target,
                                 const c10::optional<Tensor> &weight = {},
                                 int64_t reduction = at::Reduction::Mean,
                                 int64_t ignore_index = -100,
                                 double label_smoothing = 0.0);
// The other losses (ATen/ops/*.h).
inline Tensor l1_loss(const Tensor &self, const Tensor &target,
                      int64_t reduction = at::Reduction::Mean);
inline Tensor kl_div(const Tensor &self, const Tensor &target,
                     int64_t reduction = at::Reduction::Mean,
                     bool log_target = false);
inline Tensor mse_loss(const Tensor &self, const Tensor &target,
                       int64_t reduction = at::Reduction::Mean);
inline Tensor binary_cross_entropy(const Tensor &self, const Tensor &target,
                                   const c10::optional<Tensor> &weight = {},
                                   int64_t reduction = at::Reduction::Mean);
inline Tensor binary_cross_entropy_with_logits(
    const Tensor &self, const Tensor &target,
    const c10::optional<Tensor> &weight = {},
    const c10::optional<Tensor> &pos_weight = {},
    int64_t reduction = at::Reduction::Mean);
inline Tensor hinge_embedding_loss(const Tensor &self, const Tensor &target,
                                   double margin = 1.0,
                                   int64_t reduction = at::Reduction::Mean);
inline Tensor multi_margin_loss(const Tensor &self, const Tensor &target,
                                const Scalar &p = 1, const Scalar &margin = 1,
                                const c10::optional<Tensor> &weight = {},
                                int64_t reduction = at::Reduction::Mean);
inline Tensor cosine_embedding_loss(const Tensor &input1, const Tensor &input2,
                                    const Tensor &target, double margin = 0.0,
                                    int64_t reduction = at::Reduction::Mean);
inline Tensor smooth_l1_loss(const Tensor &self, const Tensor &target,
                             int64_t reduction = at::Reduction::Mean,
                             double beta = 1.0);
inline Tensor huber_loss(const Tensor &self, const Tensor &target,
                         int64_t reduction = at::Reduction::Mean,
                         double delta = 1.0);
inline Tensor multilabel_margin_loss(const Tensor &self, const Tensor &target,
                                     int64_t reduction = at::Reduction::Mean);
inline Tensor soft_margin_loss(const Tensor &self, const Tensor &target,
                               int64_t reduction = at::Reduction::Mean);
inline Tensor triplet_margin_loss(const Tensor &anchor, const Tensor &positive,
                                  const Tensor &negative, double margin = 1.0,
                                  double p = 2, double eps = 1e-06,
                                  bool swap = false,
                                  int64_t reduction = at::Reduction::Mean);
inline Tensor ctc_loss(const Tensor &log_probs, const Tensor &targets,
                       IntArrayRef input_lengths, IntArrayRef target_lengths,
                       int64_t blank = 0,
                       int64_t reduction = at::Reduction::Mean,
                       bool zero_infinity = false);
inline Tensor ctc_loss(const Tensor &log_probs, const Tensor &targets,
                       const Tensor &input_lengths,
                       const Tensor &target_lengths, int64_t blank = 0,
                       int64_t reduction = at::Reduction::Mean,
                       bool zero_infinity = false);
inline Tensor poisson_nll_loss(const Tensor &input, const Tensor &target,
                               bool log_input, bool full, double eps,
                               int64_t reduction);
inline Tensor margin_ranking_loss(const Tensor &input1, const Tensor &input2,
                                  const Tensor &target, double margin = 0.0,
                                  int64_t reduction = at::Reduction::Mean);

// ATen/ops/*.h: the free functions, the tensor operated on first.
Tensor stack(TensorList tensors, int64_t dim = 0);
Tensor cat(const ITensorListRef &tensors, int64_t dim = 0);
Tensor one_hot(const Tensor &self, int64_t num_classes = -1);
Tensor randn(IntArrayRef size, TensorOptions options = {});
// Shape ops.
Tensor reshape(const Tensor &self, IntArrayRef shape);
Tensor squeeze(const Tensor &self);
Tensor squeeze(const Tensor &self, int64_t dim);
Tensor unsqueeze(const Tensor &self, int64_t dim);
Tensor flatten(const Tensor &self, int64_t start_dim = 0, int64_t end_dim = -1);
Tensor unflatten(const Tensor &self, int64_t dim, IntArrayRef sizes);
Tensor permute(const Tensor &self, IntArrayRef dims);
Tensor transpose(const Tensor &self, int64_t dim0, int64_t dim1);
Tensor swapaxes(const Tensor &self, int64_t axis0, int64_t axis1);
Tensor swapdims(const Tensor &self, int64_t dim0, int64_t dim1);
Tensor t(const Tensor &self);
// Reductions.
Tensor argmax(const Tensor &self, c10::optional<int64_t> dim = c10::nullopt,
              bool keepdim = false);
Tensor argmin(const Tensor &self, c10::optional<int64_t> dim = c10::nullopt,
              bool keepdim = false);
std::tuple<Tensor, Tensor> max(const Tensor &self, int64_t dim, bool keepdim = false);
Tensor max(const Tensor &self);
Tensor max(const Tensor &self, const Tensor &other);
std::tuple<Tensor, Tensor> min(const Tensor &self, int64_t dim, bool keepdim = false);
Tensor min(const Tensor &self);
Tensor min(const Tensor &self, const Tensor &other);
Tensor sum(const Tensor &self, c10::optional<ScalarType> dtype = c10::nullopt);
Tensor sum(const Tensor &self, OptionalIntArrayRef dim, bool keepdim = false,
           c10::optional<ScalarType> dtype = c10::nullopt);
Tensor sum(const Tensor &self, DimnameList dim, bool keepdim = false,
           c10::optional<ScalarType> dtype = c10::nullopt);
Tensor mean(const Tensor &self, c10::optional<ScalarType> dtype = c10::nullopt);
Tensor mean(const Tensor &self, OptionalIntArrayRef dim, bool keepdim = false,
            c10::optional<ScalarType> dtype = c10::nullopt);
Tensor mean(const Tensor &self, DimnameList dim, bool keepdim = false,
            c10::optional<ScalarType> dtype = c10::nullopt);
std::tuple<Tensor, Tensor> sort(const Tensor &self, int64_t dim = -1,
                                bool descending = false);
std::tuple<Tensor, Tensor> sort(const Tensor &self, c10::optional<bool> stable,
                                int64_t dim = -1, bool descending = false);
Tensor argsort(const Tensor &self, int64_t dim = -1, bool descending = false);
Tensor argsort(const Tensor &self, bool stable, int64_t dim = -1, bool descending = false);
std::tuple<Tensor, Tensor> topk(const Tensor &self, int64_t k, int64_t dim = -1,
                                bool largest = true, bool sorted = true);
// Indexing.
Tensor select(const Tensor &self, int64_t dim, int64_t index);
Tensor narrow(const Tensor &self, int64_t dim, int64_t start, int64_t length);
Tensor narrow(const Tensor &self, int64_t dim, const Tensor &start, int64_t length);
Tensor slice(const Tensor &self, int64_t dim = 0,
             c10::optional<int64_t> start = c10::nullopt,
             c10::optional<int64_t> end = c10::nullopt, int64_t step = 1);
Tensor index_select(const Tensor &self, int64_t dim, const Tensor &index);
Tensor gather(const Tensor &self, int64_t dim, const Tensor &index,
              bool sparse_grad = false);
// Matrix products.
Tensor matmul(const Tensor &self, const Tensor &other);
Tensor mm(const Tensor &self, const Tensor &mat2);
Tensor bmm(const Tensor &self, const Tensor &mat2);
// Sizes and dtype kept.
Tensor clone(const Tensor &self, c10::optional<MemoryFormat> memory_format = c10::nullopt);
Tensor detach(const Tensor &self);
Tensor &detach_(Tensor &self);
Tensor relu(const Tensor &self);
Tensor &relu_(Tensor &self);
Tensor abs(const Tensor &self);
Tensor &abs_(Tensor &self);
Tensor neg(const Tensor &self);
Tensor &neg_(Tensor &self);
Tensor clamp(const Tensor &self, const c10::optional<Scalar> &min,
             const c10::optional<Scalar> &max = c10::nullopt);
Tensor clamp(const Tensor &self, const c10::optional<Tensor> &min = {},
             const c10::optional<Tensor> &max = {});
Tensor masked_fill(const Tensor &self, const Tensor &mask, const Scalar &value);
Tensor masked_fill(const Tensor &self, const Tensor &mask, const Tensor &value);
Tensor dropout(const Tensor &input, double p, bool train);
// Sizes kept, a floating result.
Tensor sigmoid(const Tensor &self);
Tensor &sigmoid_(Tensor &self);
Tensor tanh(const Tensor &self);
Tensor &tanh_(Tensor &self);
Tensor exp(const Tensor &self);
Tensor &exp_(Tensor &self);
Tensor log(const Tensor &self);
Tensor &log_(Tensor &self);
Tensor sqrt(const Tensor &self);
Tensor &sqrt_(Tensor &self);
Tensor softmax(const Tensor &self, int64_t dim,
               c10::optional<ScalarType> dtype = c10::nullopt);
Tensor log_softmax(const Tensor &self, int64_t dim,
                   c10::optional<ScalarType> dtype = c10::nullopt);
// Broadcasting binary ops.
Tensor add(const Tensor &self, const Tensor &other, const Scalar &alpha = 1);
Tensor add(const Tensor &self, const Scalar &other, const Scalar &alpha = 1);
Tensor sub(const Tensor &self, const Tensor &other, const Scalar &alpha = 1);
Tensor sub(const Tensor &self, const Scalar &other, const Scalar &alpha = 1);
Tensor mul(const Tensor &self, const Tensor &other);
Tensor mul(const Tensor &self, const Scalar &other);
Tensor div(const Tensor &self, const Tensor &other);
Tensor div(const Tensor &self, const Tensor &other,
           c10::optional<c10::string_view> rounding_mode);
Tensor div(const Tensor &self, const Scalar &other);
Tensor div(const Tensor &self, const Scalar &other,
           c10::optional<c10::string_view> rounding_mode);
Tensor pow(const Tensor &self, const Tensor &exponent);
Tensor pow(const Scalar &self, const Tensor &exponent);
Tensor pow(const Tensor &self, const Scalar &exponent);
Tensor remainder(const Tensor &self, const Scalar &other);
Tensor remainder(const Tensor &self, const Tensor &other);
Tensor remainder(const Scalar &self, const Tensor &other);
Tensor maximum(const Tensor &self, const Tensor &other);
Tensor minimum(const Tensor &self, const Tensor &other);
Tensor where(const Tensor &condition, const Tensor &self, const Tensor &other);
Tensor where(const Tensor &condition, const Scalar &self, const Tensor &other);
Tensor where(const Tensor &condition, const Tensor &self, const Scalar &other);
Tensor where(const Tensor &condition, const Scalar &self, const Scalar &other);
std::vector<Tensor> where(const Tensor &condition);
Tensor eq(const Tensor &self, const Scalar &other);
Tensor eq(const Tensor &self, const Tensor &other);
Tensor ne(const Tensor &self, const Scalar &other);
Tensor ne(const Tensor &self, const Tensor &other);
Tensor lt(const Tensor &self, const Scalar &other);
Tensor lt(const Tensor &self, const Tensor &other);
Tensor le(const Tensor &self, const Scalar &other);
Tensor le(const Tensor &self, const Tensor &other);
Tensor gt(const Tensor &self, const Scalar &other);
Tensor gt(const Tensor &self, const Tensor &other);
Tensor ge(const Tensor &self, const Scalar &other);
Tensor ge(const Tensor &self, const Tensor &other);
// Sizes read off a tensor (ATen/Functions.h).
inline int64_t numel(const Tensor &tensor);
inline int64_t size(const Tensor &tensor, int64_t dim);
// Pooling.
Tensor max_pool1d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride = {},
                  IntArrayRef padding = 0, IntArrayRef dilation = 1,
                  bool ceil_mode = false);
Tensor max_pool2d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride = {},
                  IntArrayRef padding = 0, IntArrayRef dilation = 1,
                  bool ceil_mode = false);
Tensor max_pool3d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride = {},
                  IntArrayRef padding = 0, IntArrayRef dilation = 1,
                  bool ceil_mode = false);
Tensor avg_pool1d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride = {},
                  IntArrayRef padding = 0, bool ceil_mode = false,
                  bool count_include_pad = true);
Tensor avg_pool2d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride = {},
                  IntArrayRef padding = 0, bool ceil_mode = false,
                  bool count_include_pad = true,
                  c10::optional<int64_t> divisor_override = c10::nullopt);
Tensor avg_pool3d(const Tensor &self, IntArrayRef kernel_size, IntArrayRef stride = {},
                  IntArrayRef padding = 0, bool ceil_mode = false,
                  bool count_include_pad = true,
                  c10::optional<int64_t> divisor_override = c10::nullopt);
Tensor adaptive_avg_pool1d(const Tensor &self, IntArrayRef output_size);
Tensor adaptive_avg_pool2d(const Tensor &self, IntArrayRef output_size);
Tensor adaptive_avg_pool3d(const Tensor &self, IntArrayRef output_size);
// Factories of ATen (torch:: has its own, below).
Tensor linspace(const Scalar &start, const Scalar &end, int64_t steps,
                TensorOptions options = {});

// ATen/TensorIndexing.h
namespace indexing {
constexpr c10::nullopt_t None = c10::nullopt;
struct EllipsisIndexType final {
  EllipsisIndexType() {}
};
extern const EllipsisIndexType Ellipsis;
struct Slice final {
public:
  Slice(c10::optional<int64_t> start_index = c10::nullopt,
        c10::optional<int64_t> stop_index = c10::nullopt,
        c10::optional<int64_t> step_index = c10::nullopt) {}
};
struct TensorIndex final {
  TensorIndex(c10::nullopt_t) {}
  TensorIndex(at::indexing::EllipsisIndexType) {}
  TensorIndex(const char *str) : TensorIndex(at::indexing::Ellipsis) {}
  TensorIndex(int64_t integer) {}
  TensorIndex(int integer) : TensorIndex((int64_t)integer) {}
  template <class T,
            class = typename std::enable_if<std::is_same<bool, T>::value>::type>
  TensorIndex(T boolean) {}
  TensorIndex(Slice slice) {}
  TensorIndex(Tensor tensor) {}
};
} // namespace indexing
} // namespace at

namespace torch {
using namespace at;

namespace enumtype {
struct kNone {};
struct kMean {};
struct kSum {};
struct kValid {};
struct kSame {};
struct kZeros {};
struct kBatchMean {};
} // namespace enumtype
const enumtype::kNone kNone{};
const enumtype::kMean kMean{};
const enumtype::kSum kSum{};
const enumtype::kValid kValid{};
const enumtype::kSame kSame{};
const enumtype::kZeros kZeros{};

// torch/expanding_array.h
template <size_t D, typename T = int64_t> class ExpandingArray {
public:
  /*implicit*/ ExpandingArray(std::initializer_list<T> list) {}
  /*implicit*/ ExpandingArray(std::vector<T> vec) {}
  /*implicit*/ ExpandingArray(at::ArrayRef<T> values) {}
  /*implicit*/ ExpandingArray(T single_size) {}
  operator at::ArrayRef<T>() const;
};
template <size_t D, typename T = int64_t>
class ExpandingArrayWithOptionalElem : public ExpandingArray<D, c10::optional<T>> {
public:
  using ExpandingArray<D, c10::optional<T>>::ExpandingArray;
  /*implicit*/ ExpandingArrayWithOptionalElem(std::initializer_list<T> list)
      : ExpandingArrayWithOptionalElem(at::ArrayRef<T>(list)) {}
  /*implicit*/ ExpandingArrayWithOptionalElem(std::vector<T> vec)
      : ExpandingArrayWithOptionalElem(at::ArrayRef<T>(vec)) {}
  /*implicit*/ ExpandingArrayWithOptionalElem(at::ArrayRef<T> values)
      : ExpandingArray<D, c10::optional<T>>(0) {}
  /*implicit*/ ExpandingArrayWithOptionalElem(T single_size)
      : ExpandingArray<D, c10::optional<T>>(0) {}
};

// torch/types.h
using Dtype = at::ScalarType;
const enumtype::kBatchMean kBatchMean{};

// Factories (torch/csrc/autograd/generated/variable_factories.h).
inline at::Tensor randn(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor rand(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor zeros(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor ones(at::IntArrayRef size, at::TensorOptions options = {});
inline at::Tensor empty(at::IntArrayRef size, at::TensorOptions options = {},
                        c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor full(at::IntArrayRef size, const at::Scalar &fill_value,
                       at::TensorOptions options = {});
inline at::Tensor randint(int64_t high, at::IntArrayRef size,
                          at::TensorOptions options = at::kLong);
inline at::Tensor randint(int64_t low, int64_t high, at::IntArrayRef size,
                          at::TensorOptions options = at::kLong);
inline at::Tensor arange(const at::Scalar &end, at::TensorOptions options = {});
inline at::Tensor arange(const at::Scalar &start, const at::Scalar &end,
                         at::TensorOptions options = {});
inline at::Tensor arange(const at::Scalar &start, const at::Scalar &end,
                         const at::Scalar &step, at::TensorOptions options = {});
inline at::Tensor zeros_like(const at::Tensor &self, at::TensorOptions options = {},
                             c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor ones_like(const at::Tensor &self, at::TensorOptions options = {},
                            c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor empty_like(const at::Tensor &self, at::TensorOptions options = {},
                             c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor full_like(const at::Tensor &self, const at::Scalar &fill_value,
                            at::TensorOptions options = {},
                            c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor rand_like(const at::Tensor &self, at::TensorOptions options = {},
                            c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor randn_like(const at::Tensor &self, at::TensorOptions options = {},
                             c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor randint_like(const at::Tensor &self, int64_t high,
                               at::TensorOptions options = {},
                               c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor randint_like(const at::Tensor &self, int64_t low, int64_t high,
                               at::TensorOptions options = {},
                               c10::optional<at::MemoryFormat> memory_format = c10::nullopt);
inline at::Tensor linspace(const at::Scalar &start, const at::Scalar &end, int64_t steps,
                           at::TensorOptions options = {});
inline at::Tensor eye(int64_t n, at::TensorOptions options = {});
inline at::Tensor eye(int64_t n, int64_t m, at::TensorOptions options = {});
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes, at::IntArrayRef strides,
                            const at::TensorOptions &options = at::TensorOptions());
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes,
                            const at::TensorOptions &options = at::TensorOptions());

namespace detail {
// torch/csrc/api/include/torch/detail/TensorDataContainer.h (the types of
// AT_FORALL_SCALAR_TYPES_AND3(Bool, Half, BFloat16), complex ones left out).
struct TensorDataContainer {
  TensorDataContainer();
  TensorDataContainer(uint8_t value);
  TensorDataContainer(int8_t value);
  TensorDataContainer(int16_t value);
  TensorDataContainer(int value);
  TensorDataContainer(int64_t value);
  TensorDataContainer(float value);
  TensorDataContainer(double value);
  TensorDataContainer(bool value);
  TensorDataContainer(std::initializer_list<TensorDataContainer> init_list);
  TensorDataContainer(at::ArrayRef<uint8_t> values);
  TensorDataContainer(at::ArrayRef<int8_t> values);
  TensorDataContainer(at::ArrayRef<int16_t> values);
  TensorDataContainer(at::ArrayRef<int> values);
  TensorDataContainer(at::ArrayRef<int64_t> values);
  TensorDataContainer(at::ArrayRef<float> values);
  TensorDataContainer(at::ArrayRef<double> values);
  TensorDataContainer(at::ArrayRef<bool> values);
  TensorDataContainer(const std::vector<uint8_t> &values);
  TensorDataContainer(const std::vector<int8_t> &values);
  TensorDataContainer(const std::vector<int16_t> &values);
  TensorDataContainer(const std::vector<int> &values);
  TensorDataContainer(const std::vector<int64_t> &values);
  TensorDataContainer(const std::vector<float> &values);
  TensorDataContainer(const std::vector<double> &values);
};
} // namespace detail
inline at::Tensor tensor(detail::TensorDataContainer tensor_data_container,
                         const at::TensorOptions &options = {});

namespace nn {

template <typename Contained> class ModuleHolder;

class Module {
public:
  virtual ~Module() = default;
  template <typename ModuleType>
  std::shared_ptr<ModuleType> register_module(std::string name,
                                              std::shared_ptr<ModuleType> module);
  template <typename ModuleType>
  std::shared_ptr<ModuleType> register_module(std::string name,
                                              ModuleHolder<ModuleType> module_holder);
};

template <typename Derived> class Cloneable : public Module {};

namespace detail_ {
template <typename T> T &&declval_();
} // namespace detail_

template <typename Contained> class ModuleHolder {
protected:
  std::shared_ptr<Contained> impl_;

public:
  using ContainedType = Contained;
  ModuleHolder() : impl_(std::make_shared<Contained>()) {}
  /* implicit */ ModuleHolder(std::nullptr_t) : impl_(nullptr) {}
  template <typename Head, typename... Tail>
  explicit ModuleHolder(Head &&head, Tail &&...tail)
      : impl_(new Contained(std::forward<Head>(head), std::forward<Tail>(tail)...)) {}
  /* implicit */ ModuleHolder(std::shared_ptr<Contained> module) : impl_(std::move(module)) {}
  Contained *operator->() { return impl_.get(); }
  const Contained *operator->() const { return impl_.get(); }
  template <typename... Args>
  auto operator()(Args &&...args)
      -> decltype(detail_::declval_<Contained>().forward(std::forward<Args>(args)...)) {
    return impl_->forward(std::forward<Args>(args)...);
  }
};

#define TORCH_MODULE(Name)                                                     \
  class Name : public torch::nn::ModuleHolder<Name##Impl> {                    \
  public:                                                                      \
    using torch::nn::ModuleHolder<Name##Impl>::ModuleHolder;                   \
    using Impl = Name##Impl;                                                   \
  }

#define TORCH_ARG(T, name)                                                     \
public:                                                                        \
  inline auto name(const T &new_##name)->decltype(*this) {                     \
    this->name##_ = new_##name;                                                \
    return *this;                                                              \
  }                                                                            \
  inline const T &name() const noexcept { return this->name##_; }              \
                                                                               \
private:                                                                       \
  T name##_

struct reduction_t {
  reduction_t(enumtype::kNone) {}
  reduction_t(enumtype::kMean) {}
  reduction_t(enumtype::kSum) {}
  reduction_t(enumtype::kBatchMean) {}
};

// As in torch/enum.h.
#define TORCH_OPTIONS_CTOR_VARIANT_ARG3(OPTIONS_NAME, ARG_NAME, TYPE1, TYPE2,  \
                                        TYPE3)                                 \
  OPTIONS_NAME() {}                                                            \
  OPTIONS_NAME(torch::enumtype::TYPE1 ARG_NAME) : ARG_NAME##_(torch::TYPE1) {} \
  OPTIONS_NAME(torch::enumtype::TYPE2 ARG_NAME) : ARG_NAME##_(torch::TYPE2) {} \
  OPTIONS_NAME(torch::enumtype::TYPE3 ARG_NAME) : ARG_NAME##_(torch::TYPE3) {}
#define TORCH_OPTIONS_CTOR_VARIANT_ARG4(OPTIONS_NAME, ARG_NAME, TYPE1, TYPE2,  \
                                        TYPE3, TYPE4)                          \
  OPTIONS_NAME() {}                                                            \
  OPTIONS_NAME(torch::enumtype::TYPE1 ARG_NAME) : ARG_NAME##_(torch::TYPE1) {} \
  OPTIONS_NAME(torch::enumtype::TYPE2 ARG_NAME) : ARG_NAME##_(torch::TYPE2) {} \
  OPTIONS_NAME(torch::enumtype::TYPE3 ARG_NAME) : ARG_NAME##_(torch::TYPE3) {} \
  OPTIONS_NAME(torch::enumtype::TYPE4 ARG_NAME) : ARG_NAME##_(torch::TYPE4) {}

struct LinearOptions {
  LinearOptions(int64_t in_features, int64_t out_features)
      : in_features_(in_features), out_features_(out_features) {}
  TORCH_ARG(int64_t, in_features);
  TORCH_ARG(int64_t, out_features);
  TORCH_ARG(bool, bias) = true;
};

class LinearImpl : public Cloneable<LinearImpl> {
public:
  LinearImpl(int64_t in_features, int64_t out_features)
      : LinearImpl(LinearOptions(in_features, out_features)) {}
  explicit LinearImpl(const LinearOptions &options_) : options(options_) {}
  Tensor forward(const Tensor &input);
  LinearOptions options;
};
TORCH_MODULE(Linear);


// torch/nn/options/conv.h, modules/conv.h
template <size_t D> struct ConvOptions {
  using padding_t = c10::variant<ExpandingArray<D>, enumtype::kValid, enumtype::kSame>;
  ConvOptions(int64_t in_channels, int64_t out_channels,
              ExpandingArray<D> kernel_size)
      : in_channels_(in_channels), out_channels_(out_channels),
        kernel_size_(kernel_size) {}
  TORCH_ARG(int64_t, in_channels);
  TORCH_ARG(int64_t, out_channels);
  TORCH_ARG(ExpandingArray<D>, kernel_size);
  TORCH_ARG(ExpandingArray<D>, stride) = 1;
  TORCH_ARG(padding_t, padding) = 0;

public:
  decltype(auto) padding(std::initializer_list<int64_t> il) {
    return padding(IntArrayRef{il});
  }
  TORCH_ARG(ExpandingArray<D>, dilation) = 1;
  TORCH_ARG(int64_t, groups) = 1;
  TORCH_ARG(bool, bias) = true;
};
using Conv1dOptions = ConvOptions<1>;
using Conv2dOptions = ConvOptions<2>;
using Conv3dOptions = ConvOptions<3>;
class Conv1dImpl : public Cloneable<Conv1dImpl> {
public:
  Conv1dImpl(int64_t input_channels, int64_t output_channels,
             ExpandingArray<1> kernel_size)
      : Conv1dImpl(Conv1dOptions(input_channels, output_channels, kernel_size)) {}
  explicit Conv1dImpl(Conv1dOptions options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv1d);
class Conv2dImpl : public Cloneable<Conv2dImpl> {
public:
  Conv2dImpl(int64_t input_channels, int64_t output_channels,
             ExpandingArray<2> kernel_size)
      : Conv2dImpl(Conv2dOptions(input_channels, output_channels, kernel_size)) {}
  explicit Conv2dImpl(Conv2dOptions options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv2d);
class Conv3dImpl : public Cloneable<Conv3dImpl> {
public:
  Conv3dImpl(int64_t input_channels, int64_t output_channels,
             ExpandingArray<3> kernel_size)
      : Conv3dImpl(Conv3dOptions(input_channels, output_channels, kernel_size)) {}
  explicit Conv3dImpl(Conv3dOptions options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Conv3d);

// torch/nn/options/pooling.h, modules/pooling.h
template <size_t D> struct AvgPoolOptions {
  AvgPoolOptions(ExpandingArray<D> kernel_size)
      : kernel_size_(kernel_size), stride_(kernel_size) {}
  TORCH_ARG(ExpandingArray<D>, kernel_size);
  TORCH_ARG(ExpandingArray<D>, stride);
  TORCH_ARG(ExpandingArray<D>, padding) = 0;
  TORCH_ARG(bool, ceil_mode) = false;
  TORCH_ARG(bool, count_include_pad) = true;
  TORCH_ARG(c10::optional<int64_t>, divisor_override) = c10::nullopt;
};
using AvgPool1dOptions = AvgPoolOptions<1>;
using AvgPool2dOptions = AvgPoolOptions<2>;
using AvgPool3dOptions = AvgPoolOptions<3>;
template <size_t D> struct MaxPoolOptions {
  MaxPoolOptions(ExpandingArray<D> kernel_size)
      : kernel_size_(kernel_size), stride_(kernel_size) {}
  TORCH_ARG(ExpandingArray<D>, kernel_size);
  TORCH_ARG(ExpandingArray<D>, stride);
  TORCH_ARG(ExpandingArray<D>, padding) = 0;
  TORCH_ARG(ExpandingArray<D>, dilation) = 1;
  TORCH_ARG(bool, ceil_mode) = false;
};
using MaxPool1dOptions = MaxPoolOptions<1>;
using MaxPool2dOptions = MaxPoolOptions<2>;
using MaxPool3dOptions = MaxPoolOptions<3>;
template <typename output_size_t> struct AdaptiveMaxPoolOptions {
  AdaptiveMaxPoolOptions(output_size_t output_size) : output_size_(output_size) {}
  TORCH_ARG(output_size_t, output_size);
};
using AdaptiveMaxPool1dOptions = AdaptiveMaxPoolOptions<ExpandingArray<1>>;
using AdaptiveMaxPool2dOptions = AdaptiveMaxPoolOptions<ExpandingArrayWithOptionalElem<2>>;
using AdaptiveMaxPool3dOptions = AdaptiveMaxPoolOptions<ExpandingArrayWithOptionalElem<3>>;
template <typename output_size_t> struct AdaptiveAvgPoolOptions {
  AdaptiveAvgPoolOptions(output_size_t output_size) : output_size_(output_size) {}
  TORCH_ARG(output_size_t, output_size);
};
using AdaptiveAvgPool1dOptions = AdaptiveAvgPoolOptions<ExpandingArray<1>>;
using AdaptiveAvgPool2dOptions = AdaptiveAvgPoolOptions<ExpandingArrayWithOptionalElem<2>>;
using AdaptiveAvgPool3dOptions = AdaptiveAvgPoolOptions<ExpandingArrayWithOptionalElem<3>>;

template <size_t D, typename Derived> class AvgPoolImpl : public Cloneable<Derived> {
public:
  AvgPoolImpl(ExpandingArray<D> kernel_size) : AvgPoolImpl(AvgPoolOptions<D>(kernel_size)) {}
  explicit AvgPoolImpl(const AvgPoolOptions<D> &options_);
  AvgPoolOptions<D> options;
};
class AvgPool1dImpl : public AvgPoolImpl<1, AvgPool1dImpl> {
public:
  using AvgPoolImpl<1, AvgPool1dImpl>::AvgPoolImpl;
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AvgPool1d);
class AvgPool2dImpl : public AvgPoolImpl<2, AvgPool2dImpl> {
public:
  using AvgPoolImpl<2, AvgPool2dImpl>::AvgPoolImpl;
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AvgPool2d);
class AvgPool3dImpl : public AvgPoolImpl<3, AvgPool3dImpl> {
public:
  using AvgPoolImpl<3, AvgPool3dImpl>::AvgPoolImpl;
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AvgPool3d);

template <size_t D, typename Derived> class MaxPoolImpl : public Cloneable<Derived> {
public:
  MaxPoolImpl(ExpandingArray<D> kernel_size) : MaxPoolImpl(MaxPoolOptions<D>(kernel_size)) {}
  explicit MaxPoolImpl(const MaxPoolOptions<D> &options_);
  MaxPoolOptions<D> options;
};
class MaxPool1dImpl : public MaxPoolImpl<1, MaxPool1dImpl> {
public:
  using MaxPoolImpl<1, MaxPool1dImpl>::MaxPoolImpl;
  Tensor forward(const Tensor &input);
  std::tuple<Tensor, Tensor> forward_with_indices(const Tensor &input);
};
TORCH_MODULE(MaxPool1d);
class MaxPool2dImpl : public MaxPoolImpl<2, MaxPool2dImpl> {
public:
  using MaxPoolImpl<2, MaxPool2dImpl>::MaxPoolImpl;
  Tensor forward(const Tensor &input);
  std::tuple<Tensor, Tensor> forward_with_indices(const Tensor &input);
};
TORCH_MODULE(MaxPool2d);
class MaxPool3dImpl : public MaxPoolImpl<3, MaxPool3dImpl> {
public:
  using MaxPoolImpl<3, MaxPool3dImpl>::MaxPoolImpl;
  Tensor forward(const Tensor &input);
  std::tuple<Tensor, Tensor> forward_with_indices(const Tensor &input);
};
TORCH_MODULE(MaxPool3d);

template <size_t D, typename output_size_t, typename Derived>
class AdaptiveMaxPoolImpl : public Cloneable<Derived> {
public:
  AdaptiveMaxPoolImpl(output_size_t output_size)
      : AdaptiveMaxPoolImpl(AdaptiveMaxPoolOptions<output_size_t>(output_size)) {}
  explicit AdaptiveMaxPoolImpl(const AdaptiveMaxPoolOptions<output_size_t> &options_)
      : options(options_) {}
  AdaptiveMaxPoolOptions<output_size_t> options;
};
class AdaptiveMaxPool1dImpl
    : public AdaptiveMaxPoolImpl<1, ExpandingArray<1>, AdaptiveMaxPool1dImpl> {
public:
  using AdaptiveMaxPoolImpl<1, ExpandingArray<1>, AdaptiveMaxPool1dImpl>::AdaptiveMaxPoolImpl;
  Tensor forward(const Tensor &input);
  std::tuple<Tensor, Tensor> forward_with_indices(const Tensor &input);
};
TORCH_MODULE(AdaptiveMaxPool1d);
class AdaptiveMaxPool2dImpl
    : public AdaptiveMaxPoolImpl<2, ExpandingArrayWithOptionalElem<2>, AdaptiveMaxPool2dImpl> {
public:
  using AdaptiveMaxPoolImpl<2, ExpandingArrayWithOptionalElem<2>,
                            AdaptiveMaxPool2dImpl>::AdaptiveMaxPoolImpl;
  Tensor forward(const Tensor &input);
  std::tuple<Tensor, Tensor> forward_with_indices(const Tensor &input);
};
TORCH_MODULE(AdaptiveMaxPool2d);
class AdaptiveMaxPool3dImpl
    : public AdaptiveMaxPoolImpl<3, ExpandingArrayWithOptionalElem<3>, AdaptiveMaxPool3dImpl> {
public:
  using AdaptiveMaxPoolImpl<3, ExpandingArrayWithOptionalElem<3>,
                            AdaptiveMaxPool3dImpl>::AdaptiveMaxPoolImpl;
  Tensor forward(const Tensor &input);
  std::tuple<Tensor, Tensor> forward_with_indices(const Tensor &input);
};
TORCH_MODULE(AdaptiveMaxPool3d);

template <size_t D, typename output_size_t, typename Derived>
class AdaptiveAvgPoolImpl : public Cloneable<Derived> {
public:
  AdaptiveAvgPoolImpl(output_size_t output_size)
      : AdaptiveAvgPoolImpl(AdaptiveAvgPoolOptions<output_size_t>(output_size)) {}
  explicit AdaptiveAvgPoolImpl(const AdaptiveAvgPoolOptions<output_size_t> &options_)
      : options(options_) {}
  AdaptiveAvgPoolOptions<output_size_t> options;
};
class AdaptiveAvgPool1dImpl
    : public AdaptiveAvgPoolImpl<1, ExpandingArray<1>, AdaptiveAvgPool1dImpl> {
public:
  using AdaptiveAvgPoolImpl<1, ExpandingArray<1>, AdaptiveAvgPool1dImpl>::AdaptiveAvgPoolImpl;
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AdaptiveAvgPool1d);
class AdaptiveAvgPool2dImpl
    : public AdaptiveAvgPoolImpl<2, ExpandingArrayWithOptionalElem<2>, AdaptiveAvgPool2dImpl> {
public:
  using AdaptiveAvgPoolImpl<2, ExpandingArrayWithOptionalElem<2>,
                            AdaptiveAvgPool2dImpl>::AdaptiveAvgPoolImpl;
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AdaptiveAvgPool2d);
class AdaptiveAvgPool3dImpl
    : public AdaptiveAvgPoolImpl<3, ExpandingArrayWithOptionalElem<3>, AdaptiveAvgPool3dImpl> {
public:
  using AdaptiveAvgPoolImpl<3, ExpandingArrayWithOptionalElem<3>,
                            AdaptiveAvgPool3dImpl>::AdaptiveAvgPoolImpl;
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(AdaptiveAvgPool3d);

// torch/nn/options/embedding.h, modules/embedding.h
struct EmbeddingOptions {
  EmbeddingOptions(int64_t num_embeddings, int64_t embedding_dim);
  TORCH_ARG(int64_t, num_embeddings);
  TORCH_ARG(int64_t, embedding_dim);
};
class EmbeddingImpl : public Cloneable<EmbeddingImpl> {
public:
  EmbeddingImpl(int64_t num_embeddings, int64_t embedding_dim)
      : EmbeddingImpl(EmbeddingOptions(num_embeddings, embedding_dim)) {}
  explicit EmbeddingImpl(EmbeddingOptions options_);
  Tensor forward(const Tensor &indices);
};
TORCH_MODULE(Embedding);

// torch/nn/options/linear.h (FlattenOptions), modules/linear.h
struct FlattenOptions {
  TORCH_ARG(int64_t, start_dim) = 1;
  TORCH_ARG(int64_t, end_dim) = -1;
};
class FlattenImpl : public Cloneable<FlattenImpl> {
public:
  explicit FlattenImpl(const FlattenOptions &options_ = {});
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Flatten);

// Activations and other modules that keep sizes (torch/nn/options/activation.h,
// dropout.h, batchnorm.h, normalization.h; torch/nn/modules/...).
struct ReLUOptions {
  /* implicit */ ReLUOptions(bool inplace = false);
  TORCH_ARG(bool, inplace);
};
class ReLUImpl : public Cloneable<ReLUImpl> {
public:
  explicit ReLUImpl(const ReLUOptions &options_ = {});
  Tensor forward(Tensor input);
};
TORCH_MODULE(ReLU);
struct LeakyReLUOptions {
  TORCH_ARG(double, negative_slope) = 1e-2;
  TORCH_ARG(bool, inplace) = false;
};
class LeakyReLUImpl : public Cloneable<LeakyReLUImpl> {
public:
  explicit LeakyReLUImpl(const LeakyReLUOptions &options_ = {});
  Tensor forward(Tensor input);
};
TORCH_MODULE(LeakyReLU);
struct GELUOptions {
  TORCH_ARG(std::string, approximate) = "none";
};
class GELUImpl : public Cloneable<GELUImpl> {
public:
  explicit GELUImpl(GELUOptions options_ = {});
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(GELU);
class SigmoidImpl : public Cloneable<SigmoidImpl> {
public:
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Sigmoid);
class TanhImpl : public Cloneable<TanhImpl> {
public:
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Tanh);
class LogSigmoidImpl : public Cloneable<LogSigmoidImpl> {
public:
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(LogSigmoid);
class SoftsignImpl : public Cloneable<SoftsignImpl> {
public:
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Softsign);
class TanhshrinkImpl : public Cloneable<TanhshrinkImpl> {
public:
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Tanhshrink);
struct SoftminOptions {
  SoftminOptions(int64_t dim);
};
class SoftminImpl : public Cloneable<SoftminImpl> {
public:
  explicit SoftminImpl(int64_t dim);
  explicit SoftminImpl(const SoftminOptions &options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Softmin);
class IdentityImpl : public Cloneable<IdentityImpl> {
public:
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Identity);
struct SoftmaxOptions {
  SoftmaxOptions(int64_t dim);
  TORCH_ARG(int64_t, dim);
};
class SoftmaxImpl : public Cloneable<SoftmaxImpl> {
public:
  explicit SoftmaxImpl(int64_t dim) : SoftmaxImpl(SoftmaxOptions(dim)) {}
  explicit SoftmaxImpl(const SoftmaxOptions &options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(Softmax);
struct LogSoftmaxOptions {
  LogSoftmaxOptions(int64_t dim);
  TORCH_ARG(int64_t, dim);
};
class LogSoftmaxImpl : public Cloneable<LogSoftmaxImpl> {
public:
  explicit LogSoftmaxImpl(int64_t dim) : LogSoftmaxImpl(LogSoftmaxOptions(dim)) {}
  explicit LogSoftmaxImpl(const LogSoftmaxOptions &options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(LogSoftmax);
struct DropoutOptions {
  /* implicit */ DropoutOptions(double p = 0.5);
  TORCH_ARG(double, p);
  TORCH_ARG(bool, inplace) = false;
};
namespace detail {
template <typename Derived> class _DropoutNd : public Cloneable<Derived> {
public:
  _DropoutNd(double p) : _DropoutNd(DropoutOptions().p(p)) {}
  explicit _DropoutNd(const DropoutOptions &options_ = {}) : options(options_) {}
  DropoutOptions options;
};
} // namespace detail
class DropoutImpl : public detail::_DropoutNd<DropoutImpl> {
public:
  using detail::_DropoutNd<DropoutImpl>::_DropoutNd;
  Tensor forward(Tensor input);
};
TORCH_MODULE(Dropout);
struct BatchNormOptions {
  /* implicit */ BatchNormOptions(int64_t num_features);
  TORCH_ARG(int64_t, num_features);
};
template <size_t D, typename Derived, typename DerivedOptions>
class NormImplBase : public Cloneable<Derived> {
public:
  NormImplBase(const DerivedOptions &options_) : options(options_) {}
  DerivedOptions options;
};
template <size_t D, typename Derived>
class BatchNormImplBase : public NormImplBase<D, Derived, BatchNormOptions> {
public:
  using NormImplBase<D, Derived, BatchNormOptions>::NormImplBase;
  Tensor forward(const Tensor &input);
};
class BatchNorm1dImpl : public BatchNormImplBase<1, BatchNorm1dImpl> {
public:
  using BatchNormImplBase<1, BatchNorm1dImpl>::BatchNormImplBase;
};
TORCH_MODULE(BatchNorm1d);
class BatchNorm2dImpl : public BatchNormImplBase<2, BatchNorm2dImpl> {
public:
  using BatchNormImplBase<2, BatchNorm2dImpl>::BatchNormImplBase;
};
TORCH_MODULE(BatchNorm2d);
struct LayerNormOptions {
  /* implicit */ LayerNormOptions(std::vector<int64_t> normalized_shape);
  TORCH_ARG(std::vector<int64_t>, normalized_shape);
};
class LayerNormImpl : public Cloneable<LayerNormImpl> {
public:
  LayerNormImpl(std::vector<int64_t> normalized_shape)
      : LayerNormImpl(LayerNormOptions(normalized_shape)) {}
  explicit LayerNormImpl(const LayerNormOptions &options_);
  Tensor forward(const Tensor &input);
};
TORCH_MODULE(LayerNorm);

// torch/nn/modules/container/sequential.h
class SequentialImpl : public Cloneable<SequentialImpl> {
public:
  SequentialImpl() = default;
  template <typename... Modules> explicit SequentialImpl(Modules &&...modules);
  template <typename ReturnType = Tensor, typename... InputTypes>
  ReturnType forward(InputTypes &&...inputs);
  template <typename ModuleType> void push_back(ModuleHolder<ModuleType> module_holder);
};
class Sequential : public torch::nn::ModuleHolder<SequentialImpl> {
public:
  using torch::nn::ModuleHolder<SequentialImpl>::ModuleHolder;
  Sequential() : ModuleHolder() {}
};

struct CrossEntropyLossOptions {
  using reduction_t = torch::nn::reduction_t;
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(int64_t, ignore_index) = -100;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(double, label_smoothing) = 0.0;
};
class CrossEntropyLossImpl : public Cloneable<CrossEntropyLossImpl> {
public:
  explicit CrossEntropyLossImpl(const CrossEntropyLossOptions &options_ = {});
  Tensor forward(const Tensor &input, const Tensor &target);
  CrossEntropyLossOptions options;
};
TORCH_MODULE(CrossEntropyLoss);

struct NLLLossOptions {
  using reduction_t = torch::nn::reduction_t;
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(int64_t, ignore_index) = -100;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
class NLLLossImpl : public Cloneable<NLLLossImpl> {
public:
  explicit NLLLossImpl(const NLLLossOptions &options_ = {});
  Tensor forward(const Tensor &input, const Tensor &target);
  NLLLossOptions options;
};
TORCH_MODULE(NLLLoss);

// The other losses: options (torch/nn/options/loss.h) and modules
// (torch/nn/modules/loss.h).
struct L1LossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(L1LossOptions, reduction, kNone, kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct KLDivLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG4(KLDivLossOptions, reduction, kNone,
                                  kBatchMean, kSum, kMean)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(bool, log_target) = false;
};
struct MSELossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(MSELossOptions, reduction, kNone, kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct BCELossOptions {
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct HingeEmbeddingLossOptions {
  TORCH_ARG(double, margin) = 1.0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MultiMarginLossOptions {
  TORCH_ARG(int64_t, p) = 1;
  TORCH_ARG(double, margin) = 1.0;
  TORCH_ARG(Tensor, weight) = Tensor();
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct CosineEmbeddingLossOptions {
  TORCH_ARG(double, margin) = 0.0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MultiLabelMarginLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(MultiLabelMarginLossOptions, reduction, kNone,
                                  kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct SoftMarginLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(SoftMarginLossOptions, reduction, kNone,
                                  kMean, kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MultiLabelSoftMarginLossOptions {
  TORCH_ARG(Tensor, weight) = Tensor();
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct TripletMarginLossOptions {
  TORCH_ARG(double, margin) = 1.0;
  TORCH_ARG(double, p) = 2.0;
  TORCH_ARG(double, eps) = 1e-6;
  TORCH_ARG(bool, swap) = false;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct CTCLossOptions {
  TORCH_ARG(int64_t, blank) = 0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(bool, zero_infinity) = false;
};
struct SmoothL1LossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(SmoothL1LossOptions, reduction, kNone, kMean,
                                  kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(double, beta) = 1.0;
};
struct HuberLossOptions {
  TORCH_OPTIONS_CTOR_VARIANT_ARG3(HuberLossOptions, reduction, kNone, kMean,
                                  kSum)
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(double, delta) = 1.0;
};
struct PoissonNLLLossOptions {
  TORCH_ARG(bool, log_input) = true;
  TORCH_ARG(bool, full) = false;
  TORCH_ARG(double, eps) = 1e-8;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct MarginRankingLossOptions {
  TORCH_ARG(double, margin) = 0;
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
};
struct BCEWithLogitsLossOptions {
  TORCH_ARG(Tensor, weight) = {};
  TORCH_ARG(reduction_t, reduction) = torch::kMean;
  TORCH_ARG(Tensor, pos_weight) = {};
};

#define TORCH_TIDY_MIRROR_LOSS(Name)                                           \
  class Name##Impl : public Cloneable<Name##Impl> {                            \
  public:                                                                      \
    explicit Name##Impl(const Name##Options &options_ = {});                   \
    Tensor forward(const Tensor &input, const Tensor &target);                 \
    Name##Options options;                                                     \
  };                                                                           \
  TORCH_MODULE(Name)
TORCH_TIDY_MIRROR_LOSS(L1Loss);
TORCH_TIDY_MIRROR_LOSS(KLDivLoss);
TORCH_TIDY_MIRROR_LOSS(MSELoss);
TORCH_TIDY_MIRROR_LOSS(BCELoss);
TORCH_TIDY_MIRROR_LOSS(HingeEmbeddingLoss);
TORCH_TIDY_MIRROR_LOSS(MultiMarginLoss);
TORCH_TIDY_MIRROR_LOSS(SmoothL1Loss);
TORCH_TIDY_MIRROR_LOSS(HuberLoss);
TORCH_TIDY_MIRROR_LOSS(MultiLabelMarginLoss);
TORCH_TIDY_MIRROR_LOSS(SoftMarginLoss);
TORCH_TIDY_MIRROR_LOSS(MultiLabelSoftMarginLoss);
TORCH_TIDY_MIRROR_LOSS(BCEWithLogitsLoss);
#undef TORCH_TIDY_MIRROR_LOSS

class CosineEmbeddingLossImpl : public Cloneable<CosineEmbeddingLossImpl> {
public:
  explicit CosineEmbeddingLossImpl(const CosineEmbeddingLossOptions &options_ = {});
  Tensor forward(const Tensor &input1, const Tensor &input2, const Tensor &target);
  CosineEmbeddingLossOptions options;
};
TORCH_MODULE(CosineEmbeddingLoss);

class TripletMarginLossImpl : public Cloneable<TripletMarginLossImpl> {
public:
  explicit TripletMarginLossImpl(const TripletMarginLossOptions &options_ = {});
  Tensor forward(const Tensor &anchor, const Tensor &positive, const Tensor &negative);
  TripletMarginLossOptions options;
};
TORCH_MODULE(TripletMarginLoss);

class CTCLossImpl : public Cloneable<CTCLossImpl> {
public:
  explicit CTCLossImpl(const CTCLossOptions &options_ = {});
  Tensor forward(const Tensor &log_probs, const Tensor &targets,
                 const Tensor &input_lengths, const Tensor &target_lengths);
  CTCLossOptions options;
};
TORCH_MODULE(CTCLoss);

class PoissonNLLLossImpl : public Cloneable<PoissonNLLLossImpl> {
public:
  explicit PoissonNLLLossImpl(const PoissonNLLLossOptions &options_ = {});
  Tensor forward(const Tensor &log_input, const Tensor &targets);
  PoissonNLLLossOptions options;
};
TORCH_MODULE(PoissonNLLLoss);

class MarginRankingLossImpl : public Cloneable<MarginRankingLossImpl> {
public:
  explicit MarginRankingLossImpl(const MarginRankingLossOptions &options_ = {});
  Tensor forward(const Tensor &input1, const Tensor &input2, const Tensor &targets);
  MarginRankingLossOptions options;
};
TORCH_MODULE(MarginRankingLoss);

namespace functional {
using CrossEntropyFuncOptions = CrossEntropyLossOptions;
using NLLLossFuncOptions = NLLLossOptions;
inline Tensor cross_entropy(const Tensor &input, const Tensor &target,
                            const CrossEntropyFuncOptions &options = {});
inline Tensor nll_loss(const Tensor &input, const Tensor &target,
                       const NLLLossFuncOptions &options = {});
inline Tensor one_hot(const Tensor &tensor, int64_t num_classes = -1);

// torch/nn/functional/pooling.h, activation.h, dropout.h
using MaxPool1dFuncOptions = MaxPool1dOptions;
using MaxPool2dFuncOptions = MaxPool2dOptions;
using MaxPool3dFuncOptions = MaxPool3dOptions;
using AvgPool1dFuncOptions = AvgPool1dOptions;
using AvgPool2dFuncOptions = AvgPool2dOptions;
using AvgPool3dFuncOptions = AvgPool3dOptions;
using AdaptiveAvgPool1dFuncOptions = AdaptiveAvgPool1dOptions;
using AdaptiveAvgPool2dFuncOptions = AdaptiveAvgPool2dOptions;
using AdaptiveAvgPool3dFuncOptions = AdaptiveAvgPool3dOptions;
inline Tensor max_pool1d(const Tensor &input, const MaxPool1dFuncOptions &options);
inline Tensor max_pool2d(const Tensor &input, const MaxPool2dFuncOptions &options);
inline Tensor max_pool3d(const Tensor &input, const MaxPool3dFuncOptions &options);
inline Tensor avg_pool1d(const Tensor &input, const AvgPool1dFuncOptions &options);
inline Tensor avg_pool2d(const Tensor &input, const AvgPool2dFuncOptions &options);
inline Tensor avg_pool3d(const Tensor &input, const AvgPool3dFuncOptions &options);
inline Tensor adaptive_avg_pool1d(const Tensor &input,
                                  const AdaptiveAvgPool1dFuncOptions &options);
inline Tensor adaptive_avg_pool2d(const Tensor &input,
                                  const AdaptiveAvgPool2dFuncOptions &options);
inline Tensor adaptive_avg_pool3d(const Tensor &input,
                                  const AdaptiveAvgPool3dFuncOptions &options);
using ReLUFuncOptions = ReLUOptions;
inline Tensor relu(Tensor input, const ReLUFuncOptions &options = {});
struct SoftmaxFuncOptions {
  SoftmaxFuncOptions(int64_t dim);
  TORCH_ARG(int64_t, dim);
  TORCH_ARG(c10::optional<torch::Dtype>, dtype) = c10::nullopt;
};
inline Tensor softmax(const Tensor &input, const SoftmaxFuncOptions &options);
struct LogSoftmaxFuncOptions {
  LogSoftmaxFuncOptions(int64_t dim);
  TORCH_ARG(int64_t, dim);
  TORCH_ARG(c10::optional<torch::Dtype>, dtype) = c10::nullopt;
};
inline Tensor log_softmax(const Tensor &input, const LogSoftmaxFuncOptions &options);
struct DropoutFuncOptions {
  TORCH_ARG(double, p) = 0.5;
  TORCH_ARG(bool, training) = true;
  TORCH_ARG(bool, inplace) = false;
};
inline Tensor dropout(Tensor input, const DropoutFuncOptions &options = {});
// The other losses (torch/nn/functional/loss.h).
using L1LossFuncOptions = L1LossOptions;
using KLDivFuncOptions = KLDivLossOptions;
using MSELossFuncOptions = MSELossOptions;
using BinaryCrossEntropyFuncOptions = BCELossOptions;
using HingeEmbeddingLossFuncOptions = HingeEmbeddingLossOptions;
using MultiMarginLossFuncOptions = MultiMarginLossOptions;
using CosineEmbeddingLossFuncOptions = CosineEmbeddingLossOptions;
using MultilabelMarginLossFuncOptions = MultiLabelMarginLossOptions;
using SoftMarginLossFuncOptions = SoftMarginLossOptions;
using MultilabelSoftMarginLossFuncOptions = MultiLabelSoftMarginLossOptions;
using TripletMarginLossFuncOptions = TripletMarginLossOptions;
using CTCLossFuncOptions = CTCLossOptions;
using SmoothL1LossFuncOptions = SmoothL1LossOptions;
using HuberLossFuncOptions = HuberLossOptions;
using PoissonNLLLossFuncOptions = PoissonNLLLossOptions;
using MarginRankingLossFuncOptions = MarginRankingLossOptions;
using BinaryCrossEntropyWithLogitsFuncOptions = BCEWithLogitsLossOptions;
inline Tensor l1_loss(const Tensor &input, const Tensor &target,
                      const L1LossFuncOptions &options = {});
inline Tensor kl_div(const Tensor &input, const Tensor &target,
                     const KLDivFuncOptions &options = {});
inline Tensor mse_loss(const Tensor &input, const Tensor &target,
                       const MSELossFuncOptions &options = {});
inline Tensor binary_cross_entropy(const Tensor &input, const Tensor &target,
                                   const BinaryCrossEntropyFuncOptions &options = {});
inline Tensor hinge_embedding_loss(const Tensor &input, const Tensor &target,
                                   const HingeEmbeddingLossFuncOptions &options = {});
inline Tensor multi_margin_loss(const Tensor &input, const Tensor &target,
                                const MultiMarginLossFuncOptions &options = {});
inline Tensor cosine_embedding_loss(const Tensor &input1, const Tensor &input2,
                                    const Tensor &target,
                                    const CosineEmbeddingLossFuncOptions &options = {});
inline Tensor smooth_l1_loss(const Tensor &input, const Tensor &target,
                             const SmoothL1LossFuncOptions &options = {},
                             double beta = 1.);
inline Tensor huber_loss(const Tensor &input, const Tensor &target,
                         const HuberLossFuncOptions &options = {});
inline Tensor multilabel_margin_loss(const Tensor &input, const Tensor &target,
                                     const MultilabelMarginLossFuncOptions &options = {});
inline Tensor soft_margin_loss(const Tensor &input, const Tensor &target,
                               const SoftMarginLossFuncOptions &options = {});
inline Tensor multilabel_soft_margin_loss(
    const Tensor &input, const Tensor &target,
    const MultilabelSoftMarginLossFuncOptions &options = {});
inline Tensor triplet_margin_loss(const Tensor &anchor, const Tensor &positive,
                                  const Tensor &negative,
                                  const TripletMarginLossFuncOptions &options = {});
inline Tensor ctc_loss(const Tensor &log_probs, const Tensor &targets,
                       const Tensor &input_lengths, const Tensor &target_lengths,
                       const CTCLossFuncOptions &options = {});
inline Tensor poisson_nll_loss(const Tensor &input, const Tensor &target,
                               const PoissonNLLLossFuncOptions &options = {});
inline Tensor margin_ranking_loss(const Tensor &input1, const Tensor &input2,
                                  const Tensor &target,
                                  const MarginRankingLossFuncOptions &options = {});
inline Tensor binary_cross_entropy_with_logits(
    const Tensor &input, const Tensor &target,
    const BinaryCrossEntropyWithLogitsFuncOptions &options = {});
} // namespace functional

} // namespace nn
} // namespace torch

// torch/data: datasets, transforms, samplers and loaders, as LibTorch 1.13
// declares them (torch/csrc/api/include/torch/data/).
namespace torch {
namespace data {
namespace example {
using NoTarget = void;
} // namespace example
template <typename Data = at::Tensor, typename Target = at::Tensor>
struct Example {
  using DataType = Data;
  using TargetType = Target;
  Example() = default;
  Example(Data data, Target target)
      : data(std::move(data)), target(std::move(target)) {}
  Data data;
  Target target;
};
template <typename Data> struct Example<Data, example::NoTarget> {
  using DataType = Data;
  using TargetType = example::NoTarget;
  Example() = default;
  /* implicit */ Example(Data data) : data(std::move(data)) {}
  operator Data &() { return data; }
  operator const Data &() const { return data; }
  Data data;
};
using TensorExample = Example<at::Tensor, example::NoTarget>;

namespace datasets {
template <typename S, typename T> class MapDataset;
template <typename D, typename T> MapDataset<D, T> map(D, T);
template <typename Self, typename Batch = std::vector<Example<>>,
          typename BatchRequest = c10::ArrayRef<size_t>>
class BatchDataset {
public:
  using SelfType = Self;
  using BatchType = Batch;
  using BatchRequestType = BatchRequest;
  constexpr static bool is_stateful = false;
  virtual ~BatchDataset() = default;
  virtual Batch get_batch(BatchRequest request) = 0;
  virtual c10::optional<size_t> size() const = 0;
  template <typename TransformType>
  MapDataset<Self, TransformType> map(TransformType transform) & {
    return datasets::map(static_cast<Self &>(*this), std::move(transform));
  }
  template <typename TransformType>
  MapDataset<Self, TransformType> map(TransformType transform) && {
    return datasets::map(std::move(static_cast<Self &>(*this)),
                         std::move(transform));
  }
};
template <typename Self, typename SingleExample = Example<>>
class Dataset : public BatchDataset<Self, std::vector<SingleExample>> {
public:
  using ExampleType = SingleExample;
  virtual ExampleType get(size_t index) = 0;
  std::vector<ExampleType> get_batch(c10::ArrayRef<size_t> indices) override {
    return {};
  }
};
template <typename SourceDataset, typename AppliedTransform>
class MapDataset
    : public BatchDataset<MapDataset<SourceDataset, AppliedTransform>,
                          typename AppliedTransform::OutputBatchType,
                          typename SourceDataset::BatchRequestType> {
public:
  using DatasetType = SourceDataset;
  using TransformType = AppliedTransform;
  using BatchRequestType = typename SourceDataset::BatchRequestType;
  using OutputBatchType = typename TransformType::OutputBatchType;
  MapDataset(DatasetType dataset, TransformType transform)
      : dataset_(std::move(dataset)), transform_(std::move(transform)) {}
  OutputBatchType get_batch(BatchRequestType indices) override {
    return transform_.apply_batch(dataset_.get_batch(std::move(indices)));
  }
  c10::optional<size_t> size() const noexcept override { return dataset_.size(); }

private:
  SourceDataset dataset_;
  AppliedTransform transform_;
};
template <typename D, typename T> MapDataset<D, T> map(D dataset, T transform) {
  return MapDataset<D, T>(std::move(dataset), std::move(transform));
}
class MNIST : public Dataset<MNIST> {
public:
  enum class Mode { kTrain, kTest };
  explicit MNIST(const std::string &root, Mode mode = Mode::kTrain);
  Example<> get(size_t index) override;
  c10::optional<size_t> size() const override;
  bool is_train() const noexcept;
  const at::Tensor &images() const;
  const at::Tensor &targets() const;

private:
  at::Tensor images_, targets_;
};
struct TensorDataset : public Dataset<TensorDataset, TensorExample> {
  explicit TensorDataset(const std::vector<at::Tensor> &tensors);
  explicit TensorDataset(at::Tensor tensor) : tensor(std::move(tensor)) {}
  TensorExample get(size_t index) override;
  c10::optional<size_t> size() const override;
  at::Tensor tensor;
};
} // namespace datasets

namespace transforms {
template <typename InputBatch, typename OutputBatch> class BatchTransform {
public:
  using InputBatchType = InputBatch;
  using OutputBatchType = OutputBatch;
  virtual ~BatchTransform() = default;
  virtual OutputBatch apply_batch(InputBatch input_batch) = 0;
};
template <typename Input, typename Output>
class Transform
    : public BatchTransform<std::vector<Input>, std::vector<Output>> {
public:
  using InputType = Input;
  using OutputType = Output;
  virtual OutputType apply(InputType input) = 0;
  std::vector<Output> apply_batch(std::vector<Input> input_batch) override {
    return {};
  }
};
template <typename T, typename BatchType = std::vector<T>>
using Collation = BatchTransform<BatchType, T>;
template <typename T = Example<>> struct Stack;
template <> struct Stack<Example<>> : public Collation<Example<>> {
  Example<> apply_batch(std::vector<Example<>> examples) override { return {}; }
};
template <> struct Stack<TensorExample> : public Collation<TensorExample> {
  TensorExample apply_batch(std::vector<TensorExample> examples) override {
    return {};
  }
};
template <typename Target = at::Tensor>
class TensorTransform
    : public Transform<Example<at::Tensor, Target>, Example<at::Tensor, Target>> {
public:
  using E = Example<at::Tensor, Target>;
  virtual at::Tensor operator()(at::Tensor input) = 0;
  E apply(E input) override { return input; }
};
template <typename Input, typename Output = Input>
class Lambda : public Transform<Input, Output> {
public:
  using typename Transform<Input, Output>::InputType;
  using typename Transform<Input, Output>::OutputType;
  using FunctionType = std::function<Output(Input)>;
  explicit Lambda(FunctionType function) : function_(std::move(function)) {}
  OutputType apply(InputType input) override { return function_(std::move(input)); }

private:
  FunctionType function_;
};
template <typename Target = at::Tensor>
class TensorLambda : public TensorTransform<Target> {
public:
  using FunctionType = std::function<at::Tensor(at::Tensor)>;
  explicit TensorLambda(FunctionType function) : function_(std::move(function)) {}
  at::Tensor operator()(at::Tensor input) override { return function_(std::move(input)); }

private:
  FunctionType function_;
};
template <typename Target = at::Tensor>
struct Normalize : public TensorTransform<Target> {
  Normalize(c10::ArrayRef<double> mean, c10::ArrayRef<double> stddev);
  at::Tensor operator()(at::Tensor input) override { return input; }
  at::Tensor mean, stddev;
};
} // namespace transforms

namespace samplers {
class Sampler {
public:
  using BatchRequestType = std::vector<size_t>;
  virtual ~Sampler() = default;
};
class RandomSampler : public Sampler {
public:
  explicit RandomSampler(int64_t size, c10::ScalarType index_dtype = c10::ScalarType::Long);
};
class SequentialSampler : public Sampler {
public:
  explicit SequentialSampler(size_t size);
};
} // namespace samplers

struct DataLoaderOptions {
  DataLoaderOptions() = default;
  /* implicit */ DataLoaderOptions(size_t batch_size) : batch_size_(batch_size) {}
  TORCH_ARG(size_t, batch_size) = 1;
  TORCH_ARG(size_t, workers) = 0;
  TORCH_ARG(bool, enforce_ordering) = true;
  TORCH_ARG(bool, drop_last) = false;
};

template <typename Batch> class Iterator {
public:
  Batch &operator*();
  Batch *operator->();
  Iterator &operator++();
  bool operator==(const Iterator &other) const;
  bool operator!=(const Iterator &other) const;
};
template <typename Dataset, typename Batch, typename BatchRequest>
class DataLoaderBase {
public:
  using BatchType = Batch;
  virtual ~DataLoaderBase() = default;
  Iterator<Batch> begin();
  Iterator<Batch> end();
};
template <typename Dataset, typename Sampler>
class StatelessDataLoader
    : public DataLoaderBase<Dataset, typename Dataset::BatchType,
                            typename Sampler::BatchRequestType> {
public:
  StatelessDataLoader(Dataset dataset, Sampler sampler, DataLoaderOptions options);
};
template <typename Sampler = samplers::RandomSampler, typename Dataset>
std::unique_ptr<StatelessDataLoader<Dataset, Sampler>>
make_data_loader(Dataset dataset, DataLoaderOptions options = DataLoaderOptions());
template <typename Dataset, typename Sampler>
std::unique_ptr<StatelessDataLoader<Dataset, Sampler>>
make_data_loader(Dataset dataset, Sampler sampler, DataLoaderOptions options);
} // namespace data
} // namespace torch

#endif // TORCH_TIDY_MIRROR_TORCH_H

// The byte form index/ keeps derived data in (a reader's report record, the
// kept register): strings as [u64 length][bytes], optionals with a presence
// byte, integers as 8 bytes or, where they are many, as varints. A Reader
// never reads past its bytes: each call says whether the value was whole.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace gransk::index::detail {

class Writer {
 public:
  void u64(uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void i64(int64_t v) { u64(static_cast<uint64_t>(v)); }
  void byte(bool b) { out_ += static_cast<char>(b); }
  void real(double v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void str(const std::string& s) {
    u64(s.size());
    out_ += s;
  }
  void opt(const std::optional<std::string>& s) {
    byte(s.has_value());
    if (s) str(*s);
  }
  void opt(const std::optional<int>& v) {
    byte(v.has_value());
    if (v) i64(*v);
  }
  void opt(const std::optional<int64_t>& v) {
    byte(v.has_value());
    if (v) i64(*v);
  }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void raw(std::string_view s) { out_ += s; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool u64(uint64_t& v) {
    if (in_.size() < sizeof v) return false;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return true;
  }
  bool i64(int64_t& v) {
    uint64_t u = 0;
    if (!u64(u)) return false;
    v = static_cast<int64_t>(u);
    return true;
  }
  bool integer(int& v) {
    int64_t w = 0;
    if (!i64(w)) return false;
    v = static_cast<int>(w);
    return true;
  }
  bool real(double& v) {
    if (in_.size() < sizeof v) return false;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return true;
  }
  bool str(std::string& s) {
    uint64_t n = 0;
    if (!u64(n) || n > in_.size()) return false;
    s.assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  bool present(bool& p) {
    if (in_.empty() || static_cast<unsigned char>(in_[0]) > 1) return false;
    p = in_[0] == 1;
    in_.remove_prefix(1);
    return true;
  }
  bool opt(std::optional<std::string>& s) {
    bool p = false;
    if (!present(p)) return false;
    if (!p) return s.reset(), true;
    s.emplace();
    return str(*s);
  }
  bool opt(std::optional<int>& v) {
    bool p = false;
    if (!present(p)) return false;
    if (!p) return v.reset(), true;
    v.emplace();
    return integer(*v);
  }
  bool opt(std::optional<int64_t>& v) {
    bool p = false;
    if (!present(p)) return false;
    if (!p) return v.reset(), true;
    v.emplace();
    return i64(*v);
  }
  bool varint(uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64 && !in_.empty(); shift += 7) {
      const auto b = static_cast<unsigned char>(in_[0]);
      in_.remove_prefix(1);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  // `n` bytes as they stand (a token's text).
  bool raw(uint64_t n, std::string& s) {
    if (n > in_.size()) return false;
    s.assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  // A count of things each at least one byte long cannot exceed what is left.
  bool count(uint64_t& n) { return u64(n) && n <= in_.size(); }
  size_t left() const { return in_.size(); }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace gransk::index::detail

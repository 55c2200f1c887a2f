// The binary form of a ReportRecord: fields in declaration order; strings as
// [u64 length][bytes], optionals with a presence byte, integers as 8 bytes;
// an entry's index tokens, being many, as varints.
#include <cstring>

#include "gransk/index/report_record.h"

namespace gransk::index {
namespace {

constexpr uint32_t kMagic = 0x47524b33;  // "GRK3": a version bump changes it

class Writer {
 public:
  void u64(uint64_t v) { out_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void str(const std::string& s) {
    u64(s.size());
    out_ += s;
  }
  void opt(const std::optional<std::string>& s) {
    out_ += static_cast<char>(s.has_value());
    if (s) str(*s);
  }
  void opt(const std::optional<int>& v) {
    out_ += static_cast<char>(v.has_value());
    if (v) u64(static_cast<uint64_t>(static_cast<int64_t>(*v)));
  }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>((v & 0x7f) | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  // Index tokens, compactly (a report has tens of thousands): a colocated
  // token shares the span of the one before, so it carries only its text.
  void tokens(const std::optional<std::vector<IndexToken>>& ts) {
    out_ += static_cast<char>(ts.has_value());
    if (!ts) return;
    varint(ts->size());
    for (const IndexToken& t : *ts) {
      out_ += static_cast<char>(t.colocated);
      varint(t.text.size());
      out_ += t.text;
      if (!t.colocated) varint(t.begin), varint(t.end - t.begin);
    }
  }
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
  bool integer(int& v) {
    uint64_t u = 0;
    if (!u64(u)) return false;
    v = static_cast<int>(static_cast<int64_t>(u));
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
  // `limit`: the text the spans point into; a span beyond it is malformed.
  bool tokens(std::optional<std::vector<IndexToken>>& ts, size_t limit) {
    bool p = false;
    if (!present(p)) return false;
    if (!p) return ts.reset(), true;
    uint64_t n = 0;
    if (!varint(n) || n > in_.size()) return false;
    ts.emplace();
    ts->reserve(n);
    size_t begin = 0, end = 0;
    for (uint64_t i = 0; i < n; ++i) {
      bool colocated = false;
      uint64_t len = 0;
      if (!present(colocated) || !varint(len) || len > in_.size()) return false;
      IndexToken& t = ts->emplace_back();
      t.text.assign(in_.data(), len);
      in_.remove_prefix(len);
      t.colocated = colocated;
      if (!colocated) {
        uint64_t b = 0, l = 0;
        if (!varint(b) || !varint(l) || b > limit || l > limit - b) return false;
        begin = b, end = b + l;
      } else if (i == 0) {
        return false;  // nothing before it to share a span with
      }
      t.begin = begin, t.end = end;
    }
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace

std::string encode(const ReportRecord& r) {
  Writer w;
  w.u64(kMagic);
  w.opt(r.organisation), w.opt(r.org_kind), w.opt(r.kommunkod), w.opt(r.year);
  w.opt(r.date), w.opt(r.firm), w.opt(r.title), w.opt(r.addressee), w.opt(r.overall_assessment);
  w.str(r.report_type);
  w.u64(static_cast<uint64_t>(r.pages));
  w.str(r.body);
  w.opt(r.follows_up_year), w.opt(r.follows_up_title);
  w.u64(r.entries.size());
  for (const StoredEntry& e : r.entries) {
    w.str(e.type), w.str(e.text), w.opt(e.verdict), w.opt(e.due), w.opt(e.rule_id);
    w.u64(static_cast<uint64_t>(e.page)), w.u64(e.span_begin), w.u64(e.span_end);
    w.str(e.section);
    w.tokens(e.index_tokens);
  }
  w.u64(r.warnings.size());
  for (const std::string& s : r.warnings) w.str(s);
  w.str(r.ocr);
  return w.take();
}

bool decode(std::string_view bytes, ReportRecord& r) {
  Reader in(bytes);
  uint64_t magic = 0, n = 0;
  r = ReportRecord{};
  if (!in.u64(magic) || magic != kMagic) return false;
  bool ok = in.opt(r.organisation) && in.opt(r.org_kind) && in.opt(r.kommunkod) &&
            in.opt(r.year) && in.opt(r.date) && in.opt(r.firm) && in.opt(r.title) &&
            in.opt(r.addressee) && in.opt(r.overall_assessment) && in.str(r.report_type) &&
            in.integer(r.pages) && in.str(r.body) && in.opt(r.follows_up_year) &&
            in.opt(r.follows_up_title) && in.u64(n) && n <= bytes.size();
  for (uint64_t i = 0; ok && i < n; ++i) {
    StoredEntry& e = r.entries.emplace_back();
    ok = in.str(e.type) && in.str(e.text) && in.opt(e.verdict) && in.opt(e.due) &&
         in.opt(e.rule_id) && in.integer(e.page) && in.u64(e.span_begin) && in.u64(e.span_end) &&
         in.str(e.section) && in.tokens(e.index_tokens, e.text.size());
  }
  ok = ok && in.u64(n) && n <= bytes.size();
  for (uint64_t i = 0; ok && i < n; ++i) ok = in.str(r.warnings.emplace_back());
  return ok && in.str(r.ocr) && in.done();
}

}  // namespace gransk::index

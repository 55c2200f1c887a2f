// The binary form of a ReportRecord: fields in declaration order, in the byte
// form of binary_codec.h; an entry's index tokens, being many, as varints.
#include "binary_codec.h"
#include "gransk/index/report_record.h"

namespace gransk::index {
namespace {

using detail::Reader;
using detail::Writer;

constexpr uint32_t kMagic = 0x47524b33;  // "GRK3": a version bump changes it

// Index tokens, compactly (a report has tens of thousands): a colocated token
// shares the span of the one before, so it carries only its text.
void write_tokens(Writer& w, const std::optional<std::vector<IndexToken>>& ts) {
  w.byte(ts.has_value());
  if (!ts) return;
  w.varint(ts->size());
  for (const IndexToken& t : *ts) {
    w.byte(t.colocated);
    w.varint(t.text.size());
    w.raw(t.text);
    if (!t.colocated) w.varint(t.begin), w.varint(t.end - t.begin);
  }
}

// `limit`: the text the spans point into; a span beyond it is malformed.
bool read_tokens(Reader& in, std::optional<std::vector<IndexToken>>& ts, size_t limit) {
  bool p = false;
  if (!in.present(p)) return false;
  if (!p) return ts.reset(), true;
  uint64_t n = 0;
  if (!in.varint(n) || n > in.left()) return false;
  ts.emplace();
  ts->reserve(n);
  size_t begin = 0, end = 0;
  for (uint64_t i = 0; i < n; ++i) {
    bool colocated = false;
    uint64_t len = 0;
    IndexToken& t = ts->emplace_back();
    if (!in.present(colocated) || !in.varint(len) || !in.raw(len, t.text)) return false;
    t.colocated = colocated;
    if (!colocated) {
      uint64_t b = 0, l = 0;
      if (!in.varint(b) || !in.varint(l) || b > limit || l > limit - b) return false;
      begin = b, end = b + l;
    } else if (i == 0) {
      return false;  // nothing before it to share a span with
    }
    t.begin = begin, t.end = end;
  }
  return true;
}

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
    write_tokens(w, e.index_tokens);
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
  bool ok = in.opt(r.organisation) && in.opt(r.org_kind) && in.opt(r.kommunkod) && in.opt(r.year) &&
            in.opt(r.date) && in.opt(r.firm) && in.opt(r.title) && in.opt(r.addressee) &&
            in.opt(r.overall_assessment) && in.str(r.report_type) && in.integer(r.pages) &&
            in.str(r.body) && in.opt(r.follows_up_year) && in.opt(r.follows_up_title) &&
            in.count(n);
  for (uint64_t i = 0; ok && i < n; ++i) {
    StoredEntry& e = r.entries.emplace_back();
    ok = in.str(e.type) && in.str(e.text) && in.opt(e.verdict) && in.opt(e.due) &&
         in.opt(e.rule_id) && in.integer(e.page) && in.u64(e.span_begin) && in.u64(e.span_end) &&
         in.str(e.section) && read_tokens(in, e.index_tokens, e.text.size());
  }
  ok = ok && in.count(n);
  for (uint64_t i = 0; ok && i < n; ++i) ok = in.str(r.warnings.emplace_back());
  return ok && in.str(r.ocr) && in.done();
}

}  // namespace gransk::index

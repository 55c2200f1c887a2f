#include "gransk/index/report_record.h"

#include "gransk/corpus/vocabulary.h"
#include "gransk/extractor/extractor.h"

namespace gransk::index {
namespace {

void add_finding(ReportRecord& out, corpus::EntryType type, const std::string& text,
                 std::optional<std::string> verdict, std::optional<std::string> due,
                 const corpus::Provenance& p) {
  StoredEntry e;
  e.type = corpus::key(type);
  e.text = text;
  e.verdict = std::move(verdict);
  e.due = std::move(due);
  e.rule_id = p.rule_id;
  e.page = p.page;
  e.span_begin = p.span.begin;
  e.span_end = p.span.end;
  out.entries.push_back(std::move(e));
}

std::string section_at(const nlp::CleanDocument& clean, uint64_t offset) {
  for (const nlp::CleanBlock& blk : clean.blocks)
    if (offset >= blk.span.begin && offset < blk.span.end) return clean.sections[blk.section].title;
  return {};
}

}  // namespace

ReportRecord record_of(const corpus::Analysis& a) {
  const corpus::Report& r = a.report;
  ReportRecord out;
  if (r.organisation) {
    out.organisation = r.organisation->name;
    out.org_kind = r.organisation->kind;
    out.kommunkod = r.organisation->code;
  }
  out.year = r.year;
  out.date = r.date;
  out.firm = r.auditor;
  out.report_type = r.report_type;
  out.title = r.title;
  out.addressee = r.addressee;
  out.overall_assessment = r.overall_assessment;
  out.pages = static_cast<int>(a.document.pages.size());
  out.body = a.clean.text;
  if (r.follows_up) {
    out.follows_up_year = r.follows_up->year;
    out.follows_up_title = r.follows_up->title;
  }
  out.warnings = a.document.warnings;
  out.ocr = extractor::ocr_summary(a.document);

  for (const auto& q : r.questions)
    add_finding(out, corpus::EntryType::Question, q.text, q.assessment, {}, q.where);
  if (r.overall_assessment && r.overall_where)
    add_finding(out, corpus::EntryType::Assessment, *r.overall_assessment, {}, {},
                *r.overall_where);
  for (const auto& x : r.recommendations)
    add_finding(out, corpus::EntryType::Recommendation, x.text, {}, {}, x.where);
  for (const auto& f : r.followups)
    add_finding(out, corpus::EntryType::FollowUp, f.earlier_recommendation,
                f.status.empty() ? std::nullopt : std::optional<std::string>(f.status), {},
                f.where);
  for (const auto& q : r.response_requests)
    add_finding(out, corpus::EntryType::ResponseRequest, q.text, {}, q.due, q.where);
  for (StoredEntry& e : out.entries) e.section = section_at(a.clean, e.span_begin);

  // Passages: every paragraph, list item and table row, with its section.
  for (const nlp::CleanBlock& b : a.clean.blocks) {
    if (b.kind == extractor::BlockKind::Heading) continue;
    const std::string& section = a.clean.sections[b.section].title;
    auto passage = [&](uint64_t begin, uint64_t end, std::string text) {
      StoredEntry e;
      e.type = "text";
      e.text = std::move(text);
      e.page = b.page;
      e.span_begin = begin;
      e.span_end = end;
      e.section = section;
      out.entries.push_back(std::move(e));
    };
    if (b.kind == extractor::BlockKind::Table) {
      for (const auto& row : b.rows) {
        if (row.empty()) continue;
        std::string text =
            a.clean.text.substr(row.front().begin, row.back().end - row.front().begin);
        for (char& c : text)
          if (c == '\t' || c == '\n') c = ' ';
        passage(row.front().begin, row.back().end, std::move(text));
      }
      continue;
    }
    passage(b.span.begin, b.span.end, a.clean.text.substr(b.span.begin, b.span.size()));
  }
  return out;
}

void add_index_tokens(ReportRecord& record) {
  for (StoredEntry& e : record.entries) e.index_tokens = analyse_for_index(e.text);
}

}  // namespace gransk::index

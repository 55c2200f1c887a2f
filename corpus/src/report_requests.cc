// Response requests: what the revisorer ask the board to answer, and by when.
// A request in running text or a table cell is its whole sentence; one in a
// list point is the point. Requests that name only the answer beside points that
// carry the date, and requests read twice, are one.
#include <algorithm>
#include <set>

#include "report_internal.h"

namespace gransk::corpus::detail {
namespace {

// The sentence of running text a span stands in, or of the table cell (the
// cell itself when it holds no whole sentence around the span); null in a list
// point or a heading.
const nlp::Span* sentence_around(const nlp::CleanDocument& clean, nlp::Span span, nlp::Span& cell) {
  const auto in = [&](nlp::Span outer) {
    return outer.begin <= span.begin && span.end <= outer.end;
  };
  const auto block = std::find_if(clean.blocks.begin(), clean.blocks.end(),
                                  [&](const nlp::CleanBlock& b) { return in(b.span); });
  if (block == clean.blocks.end()) return nullptr;
  const nlp::Span* within = nullptr;
  if (block->kind == extractor::BlockKind::Table) {
    for (const auto& row : block->rows)
      for (const nlp::Span& c : row)
        if (in(c)) {
          cell = c;
          within = &cell;
        }
    if (!within) return nullptr;
  } else if (block->kind != extractor::BlockKind::Paragraph) {
    return nullptr;
  }
  const auto sentence = std::find_if(clean.sentences.begin(), clean.sentences.end(), [&](auto s) {
    return in(s) && (!within || (within->begin <= s.begin && s.end <= within->end));
  });
  return sentence != clean.sentences.end() ? &*sentence : within;
}

}  // namespace

void read_response_requests(const nlp::CleanDocument& clean, const std::vector<Finding>& findings,
                            Report& r) {
  for (const Finding& f : findings) {
    if (f.tag != "response_request") continue;
    const rules::Field* due = f.field("due");
    const rules::Field* rest = f.field("rest");  // "… där det framgår vilka åtgärder …"
    std::optional<std::string> due_date =
        due ? parse_swedish_date(due->text, r.year.value_or(0)) : std::nullopt;
    // "senast den 15 mars" in a letter of December: the March after it.
    if (due_date && r.date && *due_date < *r.date && words_of(due->text).size() == 2)
      due_date =
          std::to_string(std::atoi(due_date->substr(0, 4).c_str()) + 1) + due_date->substr(4);
    r.response_requests.push_back({rest ? f.text + " " + rest->text : f.text, due_date, where(f)});
  }
  // "Revisorerna emotser nämndens yttrande senast den 15 mars" after a list of
  // what the answer must say: the list's points take that date, and the
  // sentence that only names the answer is no request of its own.
  std::optional<std::string> only_due;
  bool one_due = true;
  for (const ResponseRequest& q : r.response_requests)
    if (q.due) {
      if (only_due && *only_due != *q.due) one_due = false;
      only_due = q.due;
    }
  const bool undated = std::any_of(r.response_requests.begin(), r.response_requests.end(),
                                   [](const ResponseRequest& q) { return !q.due; });
  if (only_due && one_due && undated) {
    r.response_requests.erase(std::remove_if(r.response_requests.begin(), r.response_requests.end(),
                                             [](const ResponseRequest& q) {
                                               return q.due && words_of(q.text).size() <= 4;
                                             }),
                              r.response_requests.end());
    for (ResponseRequest& q : r.response_requests)
      if (!q.due) q.due = only_due;
  }
  // A request written in running text or a table cell is its whole sentence,
  // who asks and by when included ("Revisorerna emotser ett yttrande … senast
  // 2013-06-30."); a list point is the point itself.
  for (ResponseRequest& q : r.response_requests)
    if (nlp::Span cell; const nlp::Span* sentence = sentence_around(clean, q.where.span, cell)) {
      q.text =
          nlp::normalize(std::string_view(clean.text).substr(sentence->begin, sentence->size()));
      q.where.span = *sentence;
    }
  // "Revisorerna emotser nämndens yttrande senast den 15 mars." beside list
  // points that carry that date: the frame of the points, no request of its own.
  auto in_point = [&](const ResponseRequest& q) {
    for (const nlp::CleanBlock& b : clean.blocks)
      if (b.span.begin <= q.where.span.begin && q.where.span.begin < b.span.end)
        return b.kind == extractor::BlockKind::ListItem;
    return false;
  };
  std::set<std::string> point_dues;
  for (const ResponseRequest& q : r.response_requests)
    if (q.due && in_point(q)) point_dues.insert(*q.due);
  r.response_requests.erase(std::remove_if(r.response_requests.begin(), r.response_requests.end(),
                                           [&](const ResponseRequest& q) {
                                             return q.due && point_dues.count(*q.due) &&
                                                    !in_point(q);
                                           }),
                            r.response_requests.end());
  // Two rules that read one sentence give one request, and a request read
  // inside another ("ett skriftligt svar … på rapportens rekommendationer"
  // within "Region Skånes revisorer önskar ett skriftligt svar … senast den 28
  // februari 2023.") is part of it when their dates agree: the outer one is
  // kept, with the date either gave.
  auto within = [](const nlp::Span& inner, const nlp::Span& outer) {
    return outer.begin <= inner.begin && inner.end <= outer.end;
  };
  for (size_t i = 0; i < r.response_requests.size(); ++i)
    for (size_t j = i + 1; j < r.response_requests.size();) {
      ResponseRequest& a = r.response_requests[i];
      ResponseRequest& b = r.response_requests[j];
      const bool a_in_b = within(a.where.span, b.where.span);
      const bool b_in_a = within(b.where.span, a.where.span);
      const bool agree = !a.due || !b.due || *a.due == *b.due;
      if (!(a_in_b && b_in_a) && !((a_in_b || b_in_a) && agree)) {
        ++j;
        continue;
      }
      if (a_in_b && !b_in_a) std::swap(a, b);
      if (!a.due) a.due = b.due;
      r.response_requests.erase(r.response_requests.begin() + static_cast<long>(j));
    }
}

}  // namespace gransk::corpus::detail

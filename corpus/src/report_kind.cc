// The kind of document (granskning, uppföljande granskning, förstudie, a
// board's answer, annat …): it decides whether a document's findings are its
// own (a non-audit quotes, it does not find). And the letterhead a word
// processor sets as a running header or footer ("Malmö stad", "Ernst & Young
// AB"): furniture to the text, but it names the organisation, the firm and the
// kind of document, read a little less surely.
#include <set>

#include "report_internal.h"

namespace gransk::corpus::detail {

// The organisations and firms named in a document's running headers and
// footers, and the kind of document ("Årsrapport 2019 Hägersten-Liljeholmens
// stadsdelsnämnd" over every page), each distinct line read once as a line of
// its first page.
std::vector<Finding> letterhead_findings(const extractor::Document& doc,
                                         const rules::RuleSet& rules) {
  extractor::Document head;
  std::set<std::string> seen;
  for (const extractor::Page& p : doc.pages)
    for (const std::string& line : p.furniture)
      if (line.size() > 3 && seen.insert(line).second) {
        extractor::Block b;
        b.kind = extractor::BlockKind::Paragraph;
        b.page = 1;
        b.text = line;
        head.blocks.push_back(std::move(b));
      }
  if (head.blocks.empty()) return {};
  head.pages.resize(1);
  head.pages[0].number = 1;
  extractor::Section root;
  root.end_block = static_cast<int>(head.blocks.size());
  head.sections = {root};
  std::vector<Finding> out;
  for (Finding& f : rules::match(rules, nlp::clean(head)))
    if (f.tag == "organisation" || f.tag == "auditor" || f.tag == "report_type") {
      f.block = -1;  // not a block of the document's own text
      f.span = {};
      f.section = 0;
      f.priority -= 1;
      out.push_back(std::move(f));
    }
  return out;
}

std::string report_type_of(const nlp::CleanDocument& clean, const std::vector<Finding>& findings,
                           const std::vector<Finding>& letterhead) {
  const size_t markers = of_tag(findings, "audit_marker").size();
  const bool audit_marked = markers >= 2;
  // A cover that says "Förstudie" by a firm is one, even if short on markers.
  const bool firm_named = !of_tag(findings, "auditor").empty();
  // A non-audit's kind is printed where a title stands (a heading, the top of
  // its first page, the first line of a page); the same words in passing ("…
  // inriktats mot: Riskbedömningar, Internkontrollplan, …" set as lines by a
  // word processor) do not outweigh the marks of an audit.
  auto in_title_position = [&](const Finding& f) {
    if (f.block < 0) return true;
    const auto& b = clean.blocks[static_cast<size_t>(f.block)];
    if (b.kind == extractor::BlockKind::Heading || (f.page == 1 && f.block < 12)) return true;
    return f.block == 0 || clean.blocks[static_cast<size_t>(f.block) - 1].page != b.page;
  };
  std::vector<const Finding*> kinds = of_tag(findings, "report_type", 3);
  for (const Finding* f : of_tag(letterhead, "report_type")) kinds.push_back(f);
  if (audit_marked)
    std::erase_if(kinds, [&](const Finding* f) {
      return !is_audit_type(f->value) && !in_title_position(*f);
    });
  if (const Finding* t = best(kinds);
      t && (audit_marked || !is_audit_type(t->value) ||
            (t->value != "granskning" && (markers >= 1 || firm_named)) ||
            (firm_named && markers >= 1 && t->priority >= 10)))  // a firm's "Revisionsrapport"
    return t->value;
  return audit_marked ? "granskning" : "annat";
}

}  // namespace gransk::corpus::detail

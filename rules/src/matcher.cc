// Applies rules to the units of a clean document and records where each hit is.
#include <re2/re2.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "gransk/rules/rules.h"
#include "sections.h"

namespace gransk::rules {
namespace {

using extractor::BlockKind;

struct UnitText {
  nlp::Span span;
  int block = -1;
  int lead_in_block = -1;
};

int block_at(const nlp::CleanDocument& d, size_t offset) {
  auto it = std::upper_bound(d.blocks.begin(), d.blocks.end(), offset,
                             [](size_t o, const nlp::CleanBlock& b) { return o < b.span.begin; });
  if (it == d.blocks.begin()) return d.blocks.empty() ? -1 : 0;
  return static_cast<int>(std::distance(d.blocks.begin(), it)) - 1;
}

// The paragraph a list hangs from: the nearest block before the list run.
int lead_in_of(const nlp::CleanDocument& d, int block) {
  int b = block - 1;
  while (b >= 0 && d.blocks[b].kind == BlockKind::ListItem) --b;
  return b;
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t'))
    s.remove_suffix(1);
  return std::string(s);
}

// A list a word processor set as plain paragraphs (no bullet glyph, no
// indent kept): the short paragraphs right after a paragraph that ends with a
// colon, up to the next heading, list, lead-in or long paragraph, are its
// items. A list that has bullets is that list: the paragraphs after it are
// text again (signatures, "Datum som ovan"). Returns the lead-in's block, or
// -1 when `block` is no such item.
int unmarked_item_lead_in(const nlp::CleanDocument& d, int block) {
  constexpr size_t kItemChars = 400;  // an item is a sentence or two, not a passage
  constexpr int kItems = 15;
  auto text_of = [&](int b) {
    return trimmed(
        std::string_view(d.text).substr(d.blocks[b].span.begin, d.blocks[b].span.size()));
  };
  auto is_item = [&](int b) {
    if (d.blocks[b].kind != BlockKind::Paragraph) return false;
    const std::string t = text_of(b);
    // Four words at least: "KPMG AB", "Datum som ovan" are no items.
    return t.size() <= kItemChars && !t.empty() && t.back() != ':' &&
           std::count(t.begin(), t.end(), ' ') >= 3;
  };
  if (!is_item(block)) return -1;
  for (int b = block - 1; b >= 0 && block - b <= kItems; --b) {
    if (d.blocks[b].kind != BlockKind::Paragraph) return -1;
    const std::string t = text_of(b);
    if (!t.empty() && t.back() == ':') return b;
    if (!is_item(b)) return -1;
  }
  return -1;
}

std::vector<UnitText> units(const nlp::CleanDocument& d, Unit unit) {
  std::vector<UnitText> out;
  switch (unit) {
    case Unit::Document:
      out.push_back({{0, d.text.size()}, d.blocks.empty() ? -1 : 0, -1});
      break;
    case Unit::Sentence:
      for (const nlp::Span& s : d.sentences) {
        const int b = block_at(d, s.begin);
        out.push_back({s, b, b > 0 ? b - 1 : -1});
      }
      break;
    default:
      for (int i = 0; i < static_cast<int>(d.blocks.size()); ++i) {
        const BlockKind k = d.blocks[i].kind;
        const bool wanted = unit == Unit::Block ||
                            (unit == Unit::ListItem && k == BlockKind::ListItem) ||
                            (unit == Unit::Heading && k == BlockKind::Heading) ||
                            (unit == Unit::Table && k == BlockKind::Table);
        if (wanted)
          out.push_back({d.blocks[i].span, i, unit == Unit::ListItem ? lead_in_of(d, i) : i - 1});
        else if (unit == Unit::ListItem)
          if (const int lead = unmarked_item_lead_in(d, i); lead >= 0)
            out.push_back({d.blocks[i].span, i, lead});
      }
  }
  return out;
}

// Named groups of one match, with spans in the document.
void add_fields(const RE2& re, const std::vector<re2::StringPiece>& groups, const char* base,
                size_t base_offset, std::vector<Field>& out) {
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    const re2::StringPiece g = groups[static_cast<size_t>(index)];
    if (g.data() == nullptr) continue;
    const size_t begin = base_offset + static_cast<size_t>(g.data() - base);
    out.push_back({name, trimmed(std::string_view(g.data(), g.size())), {begin, begin + g.size()}});
  }
}

int row_of(const nlp::CleanBlock& b, size_t offset) {
  for (size_t r = 0; r < b.rows.size(); ++r)
    if (!b.rows[r].empty() && offset >= b.rows[r].front().begin && offset <= b.rows[r].back().end)
      return static_cast<int>(r);
  return -1;
}

}  // namespace

namespace detail {

bool in_section(const nlp::CleanDocument& d, int section, const RE2& re) {
  for (int s = section; s >= 0; s = d.sections[s].parent)
    if (d.sections[s].heading_block >= 0 && RE2::PartialMatch(d.sections[s].title, re)) return true;
  return false;
}

}  // namespace detail

using detail::in_section;

const Field* Finding::field(const std::string& name) const {
  for (const Field& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

namespace {

// `seconds`, when given, receives each rule's own time (its unit list included).
std::vector<Finding> match_rules(const RuleSet& set, const nlp::CleanDocument& d,
                                 std::vector<double>* seconds) {
  std::vector<Finding> out;
  // Rules share the few kinds of unit: each list is built once per document.
  std::map<Unit, std::vector<UnitText>> units_by_kind;
  if (seconds) seconds->assign(set.rules.size(), 0.0);
  // "The first pages" are the first with text: a blank page a word processor
  // puts before the cover (or a cover that is one image) moves no cover rule.
  const int blank_before = d.blocks.empty() ? 0 : std::max(0, d.blocks.front().page - 1);
  for (size_t r = 0; r < set.rules.size(); ++r) {
    const Rule& rule = set.rules[r];
    const auto started = std::chrono::steady_clock::now();
    struct Clock {  // adds the rule's time however its loop ends
      std::vector<double>* seconds;
      size_t r;
      std::chrono::steady_clock::time_point started;
      ~Clock() {
        if (seconds)
          (*seconds)[r] =
              std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      }
    } clock{seconds, r, started};
    auto [cached, fresh] = units_by_kind.try_emplace(rule.unit);
    if (fresh) cached->second = units(d, rule.unit);
    const int n = rule.re->NumberOfCapturingGroups() + 1;
    const auto& names = rule.re->NamedCapturingGroups();
    const auto text_it = names.find("text");
    const int text_group = text_it == names.end() ? 0 : text_it->second;
    for (const UnitText& u : cached->second) {
      if (rule.max_page > 0 && u.block >= 0 &&
          d.blocks[u.block].page > rule.max_page + blank_before)
        continue;
      const int section = u.block >= 0 ? d.blocks[u.block].section : 0;
      size_t body_from = u.span.begin;  // tables with a header: the rows after it
      if (rule.header_re) {
        if (u.block < 0 || d.blocks[u.block].rows.empty() || d.blocks[u.block].rows[0].empty())
          continue;
        const auto& head = d.blocks[u.block].rows[0];
        const re2::StringPiece h(d.text.data() + head.front().begin,
                                 head.back().end - head.front().begin);
        if (!RE2::PartialMatch(h, *rule.header_re)) continue;
        body_from = head.back().end;
      }
      if (rule.section_re && !in_section(d, section, *rule.section_re)) continue;
      if (rule.first_in_section &&
          (u.block < 1 || d.sections[section].heading_block != u.block - 1 ||
           (rule.section_re && !RE2::PartialMatch(d.sections[section].title, *rule.section_re))))
        continue;
      std::vector<Field> lead_fields;
      if (rule.lead_in_re) {
        if (u.lead_in_block < 0) continue;
        const nlp::Span ls = d.blocks[u.lead_in_block].span;
        const re2::StringPiece lead(d.text.data() + ls.begin, ls.size());
        std::vector<re2::StringPiece> lg(
            static_cast<size_t>(rule.lead_in_re->NumberOfCapturingGroups()) + 1);
        if (!rule.lead_in_re->Match(lead, 0, lead.size(), RE2::UNANCHORED, lg.data(),
                                    static_cast<int>(lg.size())))
          continue;
        add_fields(*rule.lead_in_re, lg, lead.data(), ls.begin, lead_fields);
      }
      const re2::StringPiece text(d.text.data() + u.span.begin, u.span.size());
      // Most units match no rule: ask the DFA first, without captures.
      if (!rule.re->Match(text, 0, text.size(), RE2::UNANCHORED, nullptr, 0)) continue;
      std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
      size_t pos = 0;
      while (pos <= text.size() &&
             rule.re->Match(text, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
        const size_t end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
        pos = end > pos ? end : pos + 1;
        const re2::StringPiece main = groups[static_cast<size_t>(text_group)];
        if (main.data() == nullptr) continue;
        if (u.span.begin + static_cast<size_t>(main.data() - text.data()) < body_from) continue;
        if (rule.unless_re && RE2::PartialMatch(main, *rule.unless_re)) continue;
        Finding f;
        f.rule_id = rule.id;
        f.tag = rule.tag;
        f.value = rule.value;
        f.priority = rule.priority;
        f.confidence = rule.confidence;
        f.span.begin = u.span.begin + static_cast<size_t>(main.data() - text.data());
        f.span.end = f.span.begin + main.size();
        f.text = trimmed(std::string_view(main.data(), main.size()));
        f.block = block_at(d, f.span.begin);
        f.page = f.block >= 0 ? d.blocks[f.block].page : 0;
        f.section = f.block >= 0 ? d.blocks[f.block].section : 0;
        if (f.block >= 0 && d.blocks[f.block].kind == BlockKind::Table)
          f.row = row_of(d.blocks[f.block], f.span.begin);
        f.fields = lead_fields;
        add_fields(*rule.re, groups, text.data(), u.span.begin, f.fields);
        if (!f.text.empty()) out.push_back(std::move(f));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace

std::vector<Finding> match(const RuleSet& set, const nlp::CleanDocument& d) {
  return match_rules(set, d, nullptr);
}

std::vector<double> rule_seconds(const RuleSet& set, const nlp::CleanDocument& d) {
  std::vector<double> seconds;
  match_rules(set, d, &seconds);
  return seconds;
}

}  // namespace gransk::rules

// Why a text the gold expects was not found: for `gransk eval -v`.
#include <re2/re2.h>

#include <algorithm>

#include "gransk/rules/rules.h"
#include "sections.h"

namespace gransk::rules {
namespace {

int block_containing(const nlp::CleanDocument& d, size_t offset) {
  for (size_t i = 0; i < d.blocks.size(); ++i)
    if (offset >= d.blocks[i].span.begin && offset < d.blocks[i].span.end)
      return static_cast<int>(i);
  return -1;
}

const char* unit_name(Unit u) {
  switch (u) {
    case Unit::Sentence:
      return "mening";
    case Unit::Block:
      return "stycke";
    case Unit::ListItem:
      return "listpunkt";
    case Unit::Heading:
      return "rubrik";
    case Unit::Table:
      return "tabell";
    case Unit::Document:
      return "dokument";
  }
  return "";
}

const char* kind_name(extractor::BlockKind k) {
  switch (k) {
    case extractor::BlockKind::Heading:
      return "rubrik";
    case extractor::BlockKind::ListItem:
      return "listpunkt";
    case extractor::BlockKind::Table:
      return "tabell";
    default:
      return "stycke";
  }
}

}  // namespace

using detail::in_section;

std::string explain_miss(const RuleSet& set, const nlp::CleanDocument& d, nlp::Span span,
                         const std::string& tag) {
  const int b = block_containing(d, span.begin);
  if (b < 0) return "texten finns inte i dokumentets brödtext";
  const nlp::CleanBlock& block = d.blocks[b];
  const std::string where =
      std::string(kind_name(block.kind)) + " på s. " + std::to_string(block.page);
  const re2::StringPiece text(d.text.data() + block.span.begin, block.span.size());
  std::string closest;
  for (const Rule& r : set.rules) {
    if (r.tag != tag) continue;
    // The pattern against the block that holds the text (a sentence rule reads
    // part of it; a partial match is what "closest" means here).
    if (!RE2::PartialMatch(text, *r.re)) continue;
    std::string why;
    if (r.unit == Unit::ListItem && block.kind != extractor::BlockKind::ListItem)
      why = "texten är ingen listpunkt";
    else if (r.unit == Unit::Table && block.kind != extractor::BlockKind::Table)
      why = "texten står inte i en tabell";
    else if (r.unit == Unit::Heading && block.kind != extractor::BlockKind::Heading)
      why = "texten är ingen rubrik";
    else if (r.section_re && !in_section(d, block.section, *r.section_re))
      why = "avsnittet matchar inte section";
    else if (r.max_page > 0 && block.page > r.max_page)
      why = "sidan ligger efter max_page";
    else if (r.lead_in_re)
      why = "inledningen före listan matchar inte lead_in";
    else if (r.header_re)
      why = "tabellhuvudet matchar inte header";
    else if (r.unless_re)
      why = "unless uteslöt den, eller dokumenttypen tillåter inga egna fynd";
    else
      why =
          "mönstret matchade, men fyndet slogs ihop eller sorterades bort (dokumenttyp, dubblett)";
    closest = r.id + " (" + unit_name(r.unit) + "): " + why;
    break;
  }
  if (closest.empty()) return "ingen regel för " + tag + " matchade texten (" + where + ")";
  return "närmast " + closest + " (" + where + ")";
}

}  // namespace gransk::rules

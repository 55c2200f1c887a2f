#include "hand_built_report.h"

#include <algorithm>

#include "gransk/nlp/nlp.h"
#include "gransk/rules/rules.h"

namespace gransk::test {

extractor::Block block(extractor::BlockKind kind, const std::string& text, int page, int level) {
  extractor::Block b;
  b.kind = kind;
  b.page = page;
  b.text = text;
  b.level = level;
  if (kind == extractor::BlockKind::ListItem) b.number = "•";
  return b;
}

corpus::Report report_of(std::vector<extractor::Block> blocks) {
  return report_of(std::move(blocks), {});
}

corpus::Report report_of(std::vector<extractor::Block> blocks, std::vector<std::string> furniture) {
  extractor::Document doc;
  int pages = 1;
  for (const extractor::Block& b : blocks) pages = std::max(pages, b.page);
  doc.pages.resize(static_cast<size_t>(pages));
  for (int p = 0; p < pages; ++p) {
    doc.pages[static_cast<size_t>(p)].number = p + 1;
    doc.pages[static_cast<size_t>(p)].furniture = furniture;
  }
  doc.blocks = std::move(blocks);
  const int n = static_cast<int>(doc.blocks.size());

  extractor::Section root;
  root.end_block = n;
  doc.sections = {root};
  std::vector<int> open = {0};  // the sections a new heading may nest in, outermost first
  for (int i = 0; i < n; ++i) {
    const extractor::Block& b = doc.blocks[static_cast<size_t>(i)];
    if (b.kind != extractor::BlockKind::Heading) continue;
    while (open.size() > 1 && doc.sections[static_cast<size_t>(open.back())].level >= b.level) {
      doc.sections[static_cast<size_t>(open.back())].end_block = i;
      open.pop_back();
    }
    extractor::Section s;
    s.heading = i;
    s.level = b.level;
    s.first_block = i;
    s.end_block = n;
    doc.sections.push_back(s);
    const int index = static_cast<int>(doc.sections.size()) - 1;
    doc.sections[static_cast<size_t>(open.back())].children.push_back(index);
    open.push_back(index);
  }

  static const rules::RuleSet set = rules::load_rules({rules::default_rules_dir()});
  const nlp::CleanDocument clean = nlp::clean(doc);
  return corpus::build_report(doc, clean, set, rules::match(set, clean));
}

}  // namespace gransk::test

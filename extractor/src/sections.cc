#include "sections.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace gransk::extractor::detail {

void build_sections(Document& doc) {
  // Unnumbered headings: the largest size is level 1, the next level 2, ...
  std::set<double, std::greater<>> sizes;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Heading && b.level == 0) sizes.insert(std::round(b.font_size));
  for (Block& b : doc.blocks) {
    if (b.kind != BlockKind::Heading || b.level != 0) continue;
    const auto it = sizes.find(std::round(b.font_size));
    b.level = 1 + static_cast<int>(std::distance(sizes.begin(), it));
  }

  // "Bilaga 1. Källförteckning" in a smaller size after "6 Rekommendationer"
  // is an appendix beside the chapters, not a part of the last one.
  for (Block& b : doc.blocks)
    if (b.kind == BlockKind::Heading && (b.text.rfind("Bilaga", 0) == 0 ||
                                         b.text.rfind("BILAGA", 0) == 0))
      b.level = 1;

  doc.sections.clear();
  Section root;
  root.first_block = 0;
  root.end_block = static_cast<int>(doc.blocks.size());
  doc.sections.push_back(root);
  std::vector<int> stack = {0};
  for (int i = 0; i < static_cast<int>(doc.blocks.size()); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::Heading) continue;
    while (stack.size() > 1 && doc.sections[stack.back()].level >= b.level) {
      doc.sections[stack.back()].end_block = i;
      stack.pop_back();
    }
    Section s;
    s.heading = i;
    s.level = b.level;
    s.first_block = i;
    s.end_block = static_cast<int>(doc.blocks.size());
    const int id = static_cast<int>(doc.sections.size());
    doc.sections[stack.back()].children.push_back(id);
    doc.sections.push_back(s);
    stack.push_back(id);
  }
}

}  // namespace gransk::extractor::detail

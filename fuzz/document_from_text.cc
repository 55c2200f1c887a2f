#include "document_from_text.h"

#include "sections.h"  // the extractor's own section builder: the same tree as from a PDF

namespace gransk::fuzz {
namespace {

using extractor::Block;
using extractor::BlockKind;

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::vector<std::string> cells_of(std::string_view row) {
  std::vector<std::string> cells;
  row.remove_prefix(1);
  for (size_t bar; (bar = row.find('|')) != std::string_view::npos; row.remove_prefix(bar + 1))
    cells.emplace_back(trim(row.substr(0, bar)));
  cells.emplace_back(trim(row));
  return cells;
}

Block block_of(std::string_view line, int page) {
  Block b;
  b.page = page;
  b.font_size = 10;
  if (line.starts_with('#')) {
    b.kind = BlockKind::Heading;
    size_t depth = 0;
    while (depth < line.size() && line[depth] == '#') ++depth;
    b.level = static_cast<int>(depth);
    b.font_size = 20.0 - static_cast<double>(depth);
    line = trim(line.substr(depth));
    const size_t space = line.find(' ');
    if (space != std::string_view::npos && !line.empty() && line[0] >= '0' && line[0] <= '9') {
      b.number = std::string(line.substr(0, space));
      line = trim(line.substr(space));
    }
  } else if (line.starts_with('-')) {
    b.kind = BlockKind::ListItem;
    b.number = "•";
    line = trim(line.substr(1));
  } else if (line.starts_with('^')) {
    b.kind = BlockKind::Footnote;
    line.remove_prefix(1);
    const size_t space = std::min(line.find(' '), line.size());
    b.number = std::string(line.substr(0, space));
    line = trim(line.substr(space));
    b.font_size = 7;
  }
  b.text = std::string(line);
  return b;
}

}  // namespace

extractor::Document document_from_text(std::string_view text) {
  extractor::Document doc;
  doc.path = "fuzz.pdf";
  int page = 1;
  while (!text.empty()) {
    const size_t nl = std::min(text.find('\n'), text.size());
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(std::min(nl + 1, text.size()));
    while (line.starts_with('\f')) {
      ++page;
      line.remove_prefix(1);
    }
    if (line.starts_with('|')) {
      std::vector<std::string> cells = cells_of(line);
      if (doc.blocks.empty() || doc.blocks.back().kind != BlockKind::Table ||
          doc.blocks.back().page != page) {
        Block t;
        t.kind = BlockKind::Table;
        t.page = page;
        t.font_size = 10;
        doc.blocks.push_back(std::move(t));
      }
      doc.blocks.back().rows.push_back({std::move(cells)});
      continue;
    }
    if (trim(line).empty()) continue;
    doc.blocks.push_back(block_of(line, page));
  }
  for (int p = 1; p <= page; ++p) doc.pages.push_back({p, 595, 842, 0, {}});
  if (!doc.blocks.empty() && doc.blocks.front().kind == BlockKind::Heading)
    doc.info["Title"] = doc.blocks.front().text;
  extractor::detail::build_sections(doc);
  return doc;
}

}  // namespace gransk::fuzz

// Lays a Document's blocks out as one clean text with spans.
#include <algorithm>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {

using extractor::BlockKind;

CleanDocument clean(const extractor::Document& doc) {
  CleanDocument out;
  std::vector<int> clean_index(doc.blocks.size(), -1);

  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const extractor::Block& b = doc.blocks[i];
    if (b.kind == BlockKind::Footnote) {
      out.footnotes.push_back({b.number, b.page, normalize(b.text)});
      continue;
    }
    CleanBlock cb;
    cb.kind = b.kind;
    cb.page = b.page;
    cb.level = b.level;
    cb.number = b.number;
    if (!out.text.empty()) out.text += '\n';
    cb.span.begin = out.text.size();
    if (b.kind == BlockKind::Table) {
      for (size_t r = 0; r < b.rows.size(); ++r) {
        if (r > 0) out.text += '\n';
        std::vector<Span> cells;
        for (size_t c = 0; c < b.rows[r].cells.size(); ++c) {
          if (c > 0) out.text += '\t';
          const size_t begin = out.text.size();
          out.text += normalize(b.rows[r].cells[c]);
          cells.push_back({begin, out.text.size()});
        }
        cb.rows.push_back(std::move(cells));
      }
    } else {
      for (const extractor::NoteRef& n : b.notes) {
        const size_t offset = cb.span.begin + normalize(b.text.substr(0, n.offset)).size();
        out.footnote_refs.push_back({offset, n.note, b.page});
      }
      out.text += normalize(b.text);
    }
    cb.span.end = out.text.size();
    clean_index[i] = static_cast<int>(out.blocks.size());
    out.blocks.push_back(std::move(cb));
  }

  // Sections: same tree, spans over the clean text.
  for (const extractor::Section& s : doc.sections) {
    CleanSection cs;
    cs.level = s.level;
    cs.heading_block = s.heading >= 0 ? clean_index[s.heading] : -1;
    int first = -1, last = -1;
    for (int b = s.first_block; b < s.end_block; ++b) {
      if (clean_index[b] < 0) continue;
      if (first < 0) first = clean_index[b];
      last = clean_index[b];
    }
    if (first >= 0) cs.span = {out.blocks[first].span.begin, out.blocks[last].span.end};
    if (cs.heading_block >= 0) {
      const CleanBlock& h = out.blocks[cs.heading_block];
      cs.title = out.text.substr(h.span.begin, h.span.size());
      cs.number = h.number;
      cs.page = h.page;
    }
    cs.children = s.children;
    out.sections.push_back(std::move(cs));
  }
  for (size_t s = 0; s < out.sections.size(); ++s) {
    for (int c : out.sections[s].children) out.sections[c].parent = static_cast<int>(s);
    const extractor::Section& es = doc.sections[s];
    // Deeper sections come later in the list, so the deepest one wins.
    for (int b = es.first_block; b < es.end_block; ++b)
      if (clean_index[b] >= 0) out.blocks[clean_index[b]].section = static_cast<int>(s);
  }

  for (const extractor::Page& p : doc.pages) {
    PageSpan ps;
    ps.number = p.number;
    ps.furniture = p.furniture;
    bool any = false;
    for (const CleanBlock& b : out.blocks) {
      if (b.page != p.number) continue;
      if (!any) ps.span.begin = b.span.begin;
      ps.span.end = b.span.end;
      any = true;
    }
    if (!any) ps.span = {out.text.size(), out.text.size()};
    out.pages.push_back(std::move(ps));
  }

  out.sentences = split_sentences(out.text);
  return out;
}

}  // namespace gransk::nlp

#include "document_json.h"

#include <QJsonArray>
#include <QString>

namespace gransk::cli {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QJsonArray span(const nlp::Span& s) {
  return QJsonArray{static_cast<qint64>(s.begin), static_cast<qint64>(s.end)};
}

QString slice(const nlp::CleanDocument& c, const nlp::Span& s) {
  return q(c.text.substr(s.begin, s.size()));
}

QJsonArray outline_json(const std::vector<extractor::OutlineItem>& items) {
  QJsonArray out;
  for (const auto& i : items) {
    QJsonObject o{{"title", q(i.title)}};
    if (i.page > 0) o["page"] = i.page;
    if (!i.children.empty()) o["children"] = outline_json(i.children);
    out.append(o);
  }
  return out;
}

QJsonObject section_json(const nlp::CleanDocument& c, int index) {
  const nlp::CleanSection& s = c.sections[index];
  QJsonObject o;
  if (s.heading_block >= 0) {
    o["number"] = q(s.number);
    o["title"] = q(s.title);
    o["level"] = s.level;
    o["page"] = s.page;
  }
  o["span"] = span(s.span);
  QJsonArray children;
  for (int child : s.children) children.append(section_json(c, child));
  if (!children.isEmpty()) o["sections"] = children;
  return o;
}

}  // namespace

QJsonObject document_json(const extractor::Document& doc, const nlp::CleanDocument& c) {
  QJsonObject info;
  for (const auto& [k, v] : doc.info) info[q(k)] = q(v);

  QJsonArray pages;
  for (const nlp::PageSpan& p : c.pages) {
    QJsonArray furniture;
    for (const std::string& f : p.furniture) furniture.append(q(f));
    pages.append(
        QJsonObject{{"number", p.number}, {"span", span(p.span)}, {"furniture", furniture}});
  }

  QJsonArray paragraphs, lists, tables, headings;
  QJsonObject list;
  QJsonArray items;
  auto close_list = [&] {
    if (items.isEmpty()) return;
    list["items"] = items;
    lists.append(list);
    list = {};
    items = {};
  };
  for (const nlp::CleanBlock& b : c.blocks) {
    if (b.kind != extractor::BlockKind::ListItem) close_list();
    QJsonObject o{{"page", b.page}, {"span", span(b.span)}, {"section", b.section}};
    switch (b.kind) {
      case extractor::BlockKind::Heading:
        o["text"] = slice(c, b.span);
        o["number"] = q(b.number);
        o["level"] = b.level;
        headings.append(o);
        break;
      case extractor::BlockKind::Paragraph:
        o["text"] = slice(c, b.span);
        paragraphs.append(o);
        break;
      case extractor::BlockKind::ListItem:
        if (items.isEmpty()) {
          list = QJsonObject{{"page", b.page}, {"section", b.section}};
          list["span"] = span(b.span);
        } else {
          list["span"] = QJsonArray{list["span"].toArray()[0], static_cast<qint64>(b.span.end)};
        }
        o["text"] = slice(c, b.span);
        o["marker"] = q(b.number);
        items.append(o);
        break;
      case extractor::BlockKind::Table: {
        QJsonArray rows;
        for (const auto& row : b.rows) {
          QJsonArray cells;
          for (const nlp::Span& cell : row)
            cells.append(QJsonObject{{"text", slice(c, cell)}, {"span", span(cell)}});
          rows.append(cells);
        }
        o["rows"] = rows;
        tables.append(o);
        break;
      }
      case extractor::BlockKind::Footnote:
        break;
    }
  }
  close_list();

  QJsonArray footnotes, refs, sentences;
  for (const nlp::Footnote& f : c.footnotes)
    footnotes.append(QJsonObject{{"number", q(f.number)}, {"page", f.page}, {"text", q(f.text)}});
  for (const nlp::FootnoteRef& r : c.footnote_refs)
    refs.append(
        QJsonObject{{"offset", static_cast<qint64>(r.offset)}, {"note", r.note}, {"page", r.page}});
  for (const nlp::Span& s : c.sentences) sentences.append(span(s));

  return QJsonObject{
      {"file", q(doc.path)},    {"offsets", "byte offsets into text (UTF-8), [begin, end)"},
      {"info", info},           {"outline", outline_json(doc.outline)},
      {"pages", pages},         {"sections", section_json(c, 0)},
      {"headings", headings},   {"paragraphs", paragraphs},
      {"lists", lists},         {"tables", tables},
      {"footnotes", footnotes}, {"footnote_refs", refs},
      {"sentences", sentences}, {"text", q(c.text)},
  };
}

}  // namespace gransk::cli

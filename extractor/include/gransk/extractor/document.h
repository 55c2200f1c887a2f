// The extractor's output: a PDF's text with its layout, in reading order.
// All text is UTF-8. Coordinates are PDF points in the reading frame of the
// text (rotated pages are turned upright), origin top-left.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gransk::extractor {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
};

// A footnote marker that was glued to a word ("NIS2" + raised "11").
struct NoteRef {
  size_t offset = 0;  // byte offset into the owning block's text, just after the word
  int note = 0;
};

struct Word {
  std::string text;
  Box box;
  double font_size = 0;
  std::string font;  // PostScript name without the subset prefix
  bool bold = false;
  int rotation = 0;  // 0..3 quarter turns, as Poppler reports it
  bool space_after = false;
  int note = 0;  // footnote marker glued after this word, 0 if none
};

// Words on one baseline with no column gap between them.
struct Line {
  std::vector<Word> words;
  Box box;
  double font_size = 0;
  bool bold = false;
  std::string text() const;
};

enum class BlockKind { Heading, Paragraph, ListItem, Table, Footnote };

struct TableRow {
  std::vector<std::string> cells;
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  int page = 0;  // 1-based
  Box box;
  double font_size = 0;
  std::string text;             // joined and de-hyphenated; empty for tables
  std::vector<NoteRef> notes;   // footnote markers removed from `text`
  int level = 0;                // headings: 1 = top
  std::string number;           // headings: "3.1.4"; footnotes: "11"; list items: the bullet
  std::vector<TableRow> rows;   // tables
  std::vector<double> columns;  // tables: x where each column starts
  std::vector<Line> lines;      // the lines (with their words) the block was made of
};

// A heading and what lies under it. Blocks are indices into Document::blocks.
struct Section {
  int heading = -1;  // block index of the heading; -1 for the front matter before any heading
  int level = 0;
  int first_block = 0, end_block = 0;  // [first, end) including sub-sections
  std::vector<int> children;           // indices into Document::sections
};

struct OutlineItem {
  std::string title;
  int page = 0;  // 1-based, 0 if the destination is unknown
  std::vector<OutlineItem> children;
};

struct Page {
  int number = 0;  // 1-based
  double width = 0, height = 0;
  int rotation = 0;                    // dominant text rotation on the page
  std::vector<std::string> furniture;  // running headers, footers, page numbers, stamps
  bool ocr = false;                    // read with OCR (a scan, or an undecodable text layer)
  double ocr_confidence = 0;           // Tesseract's mean word confidence, 0..100
};

struct Document {
  std::string path;
  std::map<std::string, std::string> info;  // PDF info dictionary (Title, Author, ...)
  std::vector<OutlineItem> outline;
  std::vector<Page> pages;
  std::vector<Block> blocks;      // body and footnotes, in reading order
  std::vector<Section> sections;  // sections[0] is the root (whole document)
  // Damage that was repaired or is small enough to read past, in Swedish
  // ("korsreferenstabellen pekade fel; Poppler reparerade den").
  std::vector<std::string> warnings;
};

}  // namespace gransk::extractor

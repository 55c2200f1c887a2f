// Document -> clean Swedish text, sentences, tokens, stems and compound parts.
// All offsets are byte offsets into UTF-8 text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::nlp {

struct Span {
  size_t begin = 0, end = 0;
  size_t size() const { return end - begin; }
};

// NFKC (ligatures, full-width forms), soft hyphens dropped, quotes and dashes
// unified, bullets to "•", every kind of space to ' ', runs of spaces collapsed.
// Newlines and tabs are kept: they separate list lines and table cells.
std::string normalize(std::string_view text);

// Case folding for comparisons and search (ICU full case folding, then NFC).
std::string fold_case(std::string_view text);

// Swedish sentences: survives "bl.a.", "t.ex.", "kap.", "§", dates and
// numbers; a newline or tab always ends a sentence.
std::vector<Span> split_sentences(std::string_view text);

struct Token {
  Span span;
  std::string text;    // as written
  std::string folded;  // case folded
  bool numeric = false;
  bool hyphen_before = false;  // joined to the previous token by '-' ("it-säkerhet")
};

// ICU word boundaries; punctuation and spaces are not tokens.
std::vector<Token> tokenize(std::string_view text);

// Snowball Swedish stemmer. One per thread: Snowball's state is not shared.
class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  std::string stem(std::string_view folded_word);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Splits Swedish compounds into their parts, each in its base form:
// "informationssäkerhetsarbetet" -> {"information", "säkerhet", "arbete"}.
// See nlp/README.md for how it decides. Thread-safe after construction.
class CompoundSplitter {
 public:
  // Loads the system word list (wswedish) plus Gransk's own domain words.
  static const CompoundSplitter& shared();
  explicit CompoundSplitter(std::vector<std::string> words);

  // Parts of a compound (two or more), or empty if `word` is not one.
  std::vector<std::string> split(std::string_view folded_word) const;
  // "säkerheten" -> "säkerhet", "frågor" -> "fråga"; the word itself if unknown.
  std::string base_form(std::string_view folded_word) const;
  bool known(std::string_view folded_word) const;

  struct Lexicon;  // defined in compounds.cc

 private:
  std::shared_ptr<const Lexicon> lexicon_;
};

// ---- the clean document ----------------------------------------------------

struct CleanBlock {
  extractor::BlockKind kind = extractor::BlockKind::Paragraph;
  int page = 0;
  Span span;                            // of the whole block in CleanDocument::text
  int level = 0;                        // headings
  std::string number;                   // heading number or list marker
  std::vector<std::vector<Span>> rows;  // tables: a span per cell
  int section = 0;                      // index into CleanDocument::sections
};

struct CleanSection {
  int heading_block = -1;  // index into blocks; -1 for the root
  std::string number;
  std::string title;
  int level = 0;
  int page = 0;
  Span span;  // from the heading to the end of the section's last block
  int parent = -1;
  std::vector<int> children;
};

struct Footnote {
  std::string number;
  int page = 0;
  std::string text;
};

struct FootnoteRef {
  size_t offset = 0;  // in CleanDocument::text, just after the word it belongs to
  int note = 0;
  int page = 0;
};

struct PageSpan {
  int number = 0;
  Span span;
  std::vector<std::string> furniture;
};

struct CleanDocument {
  std::string text;  // the body: headings, paragraphs, list items, tables
  std::vector<CleanBlock> blocks;
  std::vector<CleanSection> sections;  // sections[0] is the root
  std::vector<Span> sentences;
  std::vector<Footnote> footnotes;
  std::vector<FootnoteRef> footnote_refs;
  std::vector<PageSpan> pages;
};

// Normalises every block and lays the body out as one text: blocks separated
// by '\n', table rows by '\n' and cells by '\t'. Footnotes are kept apart.
CleanDocument clean(const extractor::Document& doc);

}  // namespace gransk::nlp

// Words a font decoded wrongly: a font whose ToUnicode table is missing or
// incomplete maps some glyphs to the wrong character ("h"gre" for "högre",
// "st#rre"), while the rest of the page reads well. Too few such words for OCR
// (extractor.cc reads a page with OCR when most of it is undecodable), but a
// search for the word misses the report, so the revisor is told.
#pragma once

#include <string>
#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

// The words with a symbol, a replacement character or a private-use glyph
// between two lower-case letters: Swedish prose has none.
std::vector<std::string> misdecoded_words(const std::vector<Word>& words);

// True when a page's misdecoded words are more than chance: three or more,
// and at least one in a hundred of its words.
bool many_misdecoded(size_t misdecoded, size_t words);

// True when a page's text layer reads as no language at all: a font without a
// Unicode table whose codes Poppler passed on as they stand. Two shapes:
// glyph numbers read as punctuation ("! %" & # !"), or letters shifted by a
// constant ("5HYLVLRQVUDSSRUWHU" for "Revisionsrapporter": capitals, and none
// of the little words every Swedish, English or German page has). Such a
// page is read with OCR, or named in a warning when OCR is off.
bool garbled_text_layer(const std::vector<Word>& words);

}  // namespace gransk::extractor::detail

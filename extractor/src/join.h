// Joining lines into running text, undoing line-break hyphenation the Swedish way.
#pragma once

#include <string>
#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

// Appends `line` to `text`. A soft hyphen (U+00AD) or break hyphen (U+2010) at
// the end of `text` is a word broken by the typesetter: joined without it.
// A real hyphen is kept, or joined later by resolve_line_end_hyphens; before a
// conjunction it is a hyphen ellipsis: "risk-" + "och" -> "risk- och".
// Footnote markers on the line's words are recorded in `notes`.
void append_line(std::string& text, std::vector<NoteRef>& notes, const Line& line);

// A real hyphen at a line end before a lower-case word is marked by
// append_line and decided here, with the whole document's words: joined when
// the document writes the joined form more often than the hyphenated one
// ("gransk-" + "ningen"), kept when the hyphenated form is the commoner
// ("e-" + "tjänst"); unseen either way, joined when the part before the hyphen
// looks like a syllable (two letters or more, with a vowel, not an abbreviation).
void resolve_line_end_hyphens(std::vector<Block>& blocks);

// Drops a break hyphen left dangling at the very end of a block.
void finish_text(std::string& text);

}  // namespace gransk::extractor::detail

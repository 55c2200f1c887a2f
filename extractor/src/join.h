// Joining lines into running text, undoing line-break hyphenation the Swedish way.
#pragma once

#include <string>
#include <vector>

#include "gransk/extractor/document.h"

namespace gransk::extractor::detail {

// Appends `line` to `text`. A soft hyphen (U+00AD) or break hyphen (U+2010) at
// the end of `text` is a word broken by the typesetter: joined without it.
// A real hyphen is kept: "it-" + "säkerhet" -> "it-säkerhet", and before a
// conjunction it is a hyphen ellipsis: "risk-" + "och" -> "risk- och".
// Footnote markers on the line's words are recorded in `notes`.
void append_line(std::string& text, std::vector<NoteRef>& notes, const Line& line);

// Drops a break hyphen left dangling at the very end of a block.
void finish_text(std::string& text);

}  // namespace gransk::extractor::detail

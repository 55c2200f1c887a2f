// The FTS5 tokenizer "gransk": Swedish as it is written in audit reports.
//
// Index time: every word as written (case folded, å/ä/ö kept), and at the same
// position (FTS5_TOKEN_COLOCATED) its search key and the base forms of its
// compound parts. Query time: only the key. So "riskanalys" finds
// "riskanalyserna", "riskanalysarbete", "informationssäkerhetsriskanalys" and
// "risk- och sårbarhetsanalys"; "it-säkerhet", "IT-säkerhet" and "itsäkerhet"
// are one term; "får" never matches "far".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace gransk::index {

// (Registered on the archive's connection by index/ itself: src/connection.h.)

struct IndexToken {
  std::string text;
  size_t begin = 0, end = 0;  // bytes in the analysed text
  bool colocated = false;     // same position as the token before
};

// What the tokenizer emits, for tests and for building queries.
std::vector<IndexToken> analyse_for_index(std::string_view text);
std::vector<IndexToken> analyse_for_query(std::string_view text);

// The search key of one case-folded word: its base form when the Swedish word
// list knows it ("riskanalyserna" -> "riskanalys"), else its Snowball stem.
std::string search_key(std::string_view folded_word);

}  // namespace gransk::index

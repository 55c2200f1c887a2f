// How alike two wordings are, and how alike they must be for each decision
// Gransk makes on it: one measure, and every threshold named here rather than
// written as a bare number where it is used.
#pragma once

#include <string_view>

namespace gransk::corpus {

// Word-set similarity of two texts after normalisation: |A∩B| / max(|A|, |B|).
double text_similarity(std::string_view a, std::string_view b);

// How alike two recommendations are (0..1): Dice overlap of their content
// words' stems, so "Fastställa styrande dokument som tydliggör ansvar" and "att
// styrande dokument fastställs som tydliggör ansvaret" score high (register.cc).
double recommendation_similarity(std::string_view a, std::string_view b);

// How much two titles share a subject (0..1): Dice overlap of their subject
// words with compounds opened up, generic words ("granskning", "svar") left
// out. "Svar på revisionsrapport om informationssäkerhet" and "Granskning av
// informationssäkerhetsarbetet" share their subject (register.cc).
double subject_similarity(std::string_view title_a, std::string_view title_b);

namespace alike {
// ---- on text_similarity ----
// Two findings of one report with these words are one statement found twice
// (a recommendation quoted in a status table and in the text).
inline constexpr double kSameStatement = 0.9;
// A follow-up's own recommendation names an earlier one it lists (and is
// that item, not a new recommendation).
inline constexpr double kNamesTheEarlier = 0.75;
// After a changed file is read again, a finding still means the same one (a
// revisor's decisions on it carry over).
inline constexpr double kSameAfterReading = 0.8;
// The part of a title before a dash is the organisation's name ("Tierps
// kommun – Granskning av …").
inline constexpr double kTitleHeadIsOrganisation = 0.5;
// A heading on the cover that is the organisation's name is not the title.
inline constexpr double kHeadingIsOrganisation = 0.6;
// An extracted text stands for a gold text (gransk eval).
inline constexpr double kSameAsGold = 0.75;

// ---- on recommendation_similarity ----
// A follow-up item is linked to an earlier recommendation from this
// confidence on (the words, nudged by year and subject); below it the earlier
// recommendation is tracked on its own, in the follow-up's wording.
inline constexpr double kLink = 0.5;
// A follow-up's own recommendation restates one it found unresolved: nearly
// the same words (the register's "upprepar 5.3").
inline constexpr double kRestatesEarlier = 0.8;
}  // namespace alike

}  // namespace gransk::corpus

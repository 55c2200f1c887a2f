#include "gransk/corpus/vocabulary.h"

#include <string>
#include <utility>

#include "gransk/nlp/nlp.h"

namespace gransk::corpus {
namespace {

struct EntryWords {
  EntryType type;
  std::string_view key, label, heading, word;
};

constexpr std::array<EntryWords, 6> kEntryWords = {{
    {EntryType::Question, "fraga", "Revisionsfråga", "Revisionsfrågor", "fråga"},
    {EntryType::Assessment, "bedomning", "Samlad bedömning", "Samlad bedömning", "bedömning"},
    {EntryType::Recommendation, "rekommendation", "Rekommendation", "Rekommendationer",
     "rekommendation"},
    {EntryType::FollowUp, "uppfoljning", "Tidigare rekommendation", "Tidigare rekommendationer",
     "uppföljning"},
    {EntryType::ResponseRequest, "svarsbegaran", "Svarsbegäran", "Begärda svar", "svarsbegäran"},
    {EntryType::Text, "text", "Text", "Text", "text"},
}};

const EntryWords& words_of(EntryType t) {
  for (const EntryWords& w : kEntryWords)
    if (w.type == t) return w;
  return kEntryWords.back();
}

struct VerdictWords {
  Verdict verdict;
  std::string_view key, label;
};

constexpr std::array<VerdictWords, 3> kVerdictWords = {{
    {Verdict::Yes, "ja", "Ja"},
    {Verdict::Partly, "delvis", "Delvis"},
    {Verdict::No, "nej", "Nej"},
}};

}  // namespace

std::string_view key(EntryType t) { return words_of(t).key; }
std::string_view label(EntryType t) { return words_of(t).label; }
std::string_view heading(EntryType t) { return words_of(t).heading; }
std::string_view word(EntryType t) { return words_of(t).word; }

std::optional<EntryType> entry_type_from_key(std::string_view key) {
  for (const EntryWords& w : kEntryWords)
    if (w.key == key) return w.type;
  return std::nullopt;
}

std::optional<EntryType> entry_type_from_text(std::string_view written) {
  // "Fråga" and "fraga" both work: fold case, then drop the dots and rings.
  std::string w = nlp::fold_case(written);
  for (auto [from, to] : {std::pair{"å", "a"}, {"ä", "a"}, {"ö", "o"}})
    for (size_t p; (p = w.find(from)) != std::string::npos;) w.replace(p, 2, to);
  if (w == "fragor") return EntryType::Question;
  if (w == "rekommendationer") return EntryType::Recommendation;
  return entry_type_from_key(w);
}

std::string_view key(Verdict v) {
  for (const VerdictWords& w : kVerdictWords)
    if (w.verdict == v) return w.key;
  return "";
}

std::string_view label(Verdict v) {
  for (const VerdictWords& w : kVerdictWords)
    if (w.verdict == v) return w.label;
  return "";
}

std::optional<Verdict> verdict_from_key(std::string_view key) {
  for (const VerdictWords& w : kVerdictWords)
    if (w.key == key) return w.verdict;
  return std::nullopt;
}

}  // namespace gransk::corpus

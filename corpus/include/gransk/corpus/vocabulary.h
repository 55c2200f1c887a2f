// The domain's words, each an enum with its stored key and its one Swedish
// label: what the archive stores, what a revisor reads and what a revisor may
// type all come from here, so a misspelt word does not compile.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace gransk::corpus {

// The kinds of entry a report yields (and the archive stores).
enum class EntryType { Question, Assessment, Recommendation, FollowUp, ResponseRequest, Text };
inline constexpr std::array<EntryType, 6> kEntryTypes = {
    EntryType::Question, EntryType::Assessment,      EntryType::Recommendation,
    EntryType::FollowUp, EntryType::ResponseRequest, EntryType::Text};

// "fraga", "bedomning", "rekommendation", "uppfoljning", "svarsbegaran", "text":
// stored in the archive, used in URLs and JSON.
std::string_view key(EntryType t);
// "Revisionsfråga", "Samlad bedömning", "Rekommendation", "Tidigare
// rekommendation", "Svarsbegäran", "Text": one entry, as a label.
std::string_view label(EntryType t);
// "Revisionsfrågor", "Samlad bedömning", "Rekommendationer", "Tidigare
// rekommendationer", "Begärda svar", "Text": the heading over several.
std::string_view heading(EntryType t);
// "fråga", "bedömning", "rekommendation", "uppföljning", "svarsbegäran",
// "text": the word in running text (a terminal's hit line).
std::string_view word(EntryType t);
std::optional<EntryType> entry_type_from_key(std::string_view key);
// As a revisor types it: any case, with or without å/ä/ö, singular or plural
// ("Fråga", "fragor", "Rekommendationer").
std::optional<EntryType> entry_type_from_text(std::string_view written);

// A revisionsfråga's answer, and a follow-up's judgement on the same scale.
enum class Verdict { Yes, Partly, No };
inline constexpr std::array<Verdict, 3> kVerdicts = {Verdict::Yes, Verdict::Partly, Verdict::No};

std::string_view key(Verdict v);    // "ja", "delvis", "nej"
std::string_view label(Verdict v);  // "Ja", "Delvis", "Nej"
std::optional<Verdict> verdict_from_key(std::string_view key);

}  // namespace gransk::corpus

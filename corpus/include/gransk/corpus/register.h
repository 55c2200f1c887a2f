// The recommendation register's reasoning, free of storage: what a follow-up
// status means, how a follow-up's earlier recommendation is matched to the
// recommendation it continues, how a recommendation becomes a follow-up
// question, and which theme a text belongs to. index/ applies it to the archive.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gransk/corpus/similarity.h"

namespace gransk::corpus {

// Where a recommendation stands: no follow-up yet, or the latest follow-up's verdict.
enum class RecommendationStatus { Open, Partly, Resolved, NotResolved };

// "oppen", "delvis", "atgardad", "ej-atgardad": the keys of --status and JSON.
std::string status_key(RecommendationStatus s);
// "öppen", "delvis", "åtgärdad", "ej åtgärdad": what a revisor reads.
std::string status_label(RecommendationStatus s);
// Accepts keys and labels, any case ("Ej åtgärdad", "ej-atgardad", "åtgärdad").
std::optional<RecommendationStatus> status_from_text(std::string_view text);
// A follow-up's verdict on the gold scale (ja = hörsammats, delvis, nej).
std::optional<RecommendationStatus> status_from_followup(std::string_view verdict);
bool is_resolved(RecommendationStatus s);

// The identity of an organisation across reports: its kommunkod, or (when the
// code is empty) its name case folded ("västra mälardalens kommunalförbund").
std::string organisation_key(std::string_view name, std::string_view code);

// The measures of how alike two recommendations and two titles are, with
// their thresholds: similarity.h.

struct LinkCandidate {
  std::string text;
  std::optional<int> year;  // of the report that gave the recommendation
  std::string report_title;
};

struct LinkChoice {
  int candidate = -1;  // index into the candidates, -1: none fits
  double confidence = 0;
};

// A link below this confidence is not made (alike::kLink, similarity.h).
inline constexpr double kLinkThreshold = alike::kLink;

// Matches a follow-up's earlier recommendations to candidate recommendations
// of the same organisation, one to one, best pairs first. `followed_year` and
// `followed_title` are the earlier audit the follow-up names ("granskningen av
// it-säkerhet från 2021"); candidates from that year and with that title are
// preferred.
std::vector<LinkChoice> link_followups(const std::vector<std::string>& earlier,
                                       std::optional<int> followed_year,
                                       std::string_view followed_title,
                                       const std::vector<LinkCandidate>& candidates);

// A follow-up revisionsfråga phrased from a recommendation: "Införa en
// modell/metod för riskanalys avseende it-infrastruktur som löpande
// uppdateras …" to "förbundsdirektionen" gives "Har förbundsdirektionen infört
// en modell för riskanalys avseende it-infrastruktur?".
std::string followup_question(std::string_view recommendation, std::string_view board);

// The themes of `gransk stats` (corpus/data/teman.tsv), in the file's order.
const std::vector<std::string>& theme_names();
// The themes a question or recommendation falls under (none, one or several).
std::vector<std::string> themes_of(std::string_view text);
// A theme as the user wrote it ("Riskanalys", "riskanalys", "utbildning") ->
// its name; nullopt if no theme starts so.
std::optional<std::string> theme_named(std::string_view written);

}  // namespace gransk::corpus

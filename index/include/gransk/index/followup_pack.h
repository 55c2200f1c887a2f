// A preparation pack for a follow-up audit of one organisation: the earlier
// reports, each recommendation with its latest status and the evidence behind
// it, unanswered response requests, and follow-up questions phrased from the
// recommendations that are not resolved.
#pragma once

#include <string>
#include <vector>

#include "gransk/index/register.h"

namespace gransk::index {

struct SuggestedQuestion {
  std::string recommendation_id;  // "4.u3", or several: "4.u3, 4.1"
  std::string question;
};

struct FollowUpPack {
  std::string organisation, kommunkod, lan, topic, today, board;
  // In scope, oldest first; an earlier audit a follow-up names but the
  // archive lacks is listed with id 0.
  std::vector<ReportRef> reports;
  std::vector<RegisterEntry> recommendations;  // in scope, by report and ordinal
  std::vector<ResponseRequestEntry> requests;  // overdue first, answered last
  std::vector<SuggestedQuestion> questions;    // one per unresolved recommendation
};

// `organisation`: a name, the start of one, or a kommunkod; an error lists the
// candidates when it matches several. `topic` (optional) keeps the reports
// whose title or findings mention it, searched with the Swedish tokenizer
// ("it-säkerhet" also finds "IT-säkerheten").
bool build_followup_pack(const Archive& archive, const std::string& organisation,
                         const std::string& topic, const std::string& today, FollowUpPack& out,
                         std::string& error);

}  // namespace gransk::index

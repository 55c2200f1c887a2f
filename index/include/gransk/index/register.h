// The recommendation register over the archive. Every recommendation has a
// stable identity (organisation, report, ordinal) shown as "RAPPORT.N"; an
// earlier recommendation known only from a follow-up is "RAPPORT.uN"; a
// response request is "RAPPORT.sN". The register is derived from the stored
// findings each time it is read, so it can never disagree with them; only a
// revisor's decisions (link confirmed, moved, undone) and recorded answers are
// stored, keyed by the reports' SHA-256 so they survive re-indexing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gransk/corpus/register.h"
#include "gransk/index/archive.h"

namespace gransk::index {

// A report as the register cites it.
struct ReportRef {
  int64_t id = 0;
  std::string title, firm, report_type, date, addressee, path;
  std::optional<int> year;
  // For a follow-up: the earlier audit it names ("granskning av it-säkerhet", 2021).
  std::string follows_up_title;
  std::optional<int> follows_up_year;
};

// One status a recommendation received, and where.
struct StatusEvent {
  // The follow-up's verdict; none when the follow-up names the
  // recommendation without a verdict.
  std::optional<corpus::RecommendationStatus> status;
  ReportRef source;   // the follow-up report
  std::string item;   // the follow-up's item: "14.u2"
  std::string quote;  // the follow-up's wording of the recommendation
  int page = 0;
  double confidence = 1;  // of the link from the item to the recommendation
  std::string link;       // automatisk, bekräftad, flyttad, skapad (from the follow-up)
};

struct RegisterEntry {
  std::string id;  // "5.3" or "14.u2"
  std::string organisation, org_key, kommunkod, lan;
  ReportRef report;  // the report that gave it (for "uN": the follow-up that names it)
  int ordinal = 0;
  std::string text;
  int page = 0;
  bool from_followup = false;  // known only from a follow-up's wording
  std::string restates;        // for a follow-up's own recommendation: the earlier one it repeats
  std::optional<int> year;     // when it was given
  corpus::RecommendationStatus status = corpus::RecommendationStatus::Open;  // latest event's
  std::vector<StatusEvent> history;                                          // oldest first
  std::optional<std::string> due;  // the report's earliest unanswered response request
  bool overdue = false;
  int age_days = 0;  // since the report's date (1 July of its year if undated)
};

struct Answer {
  std::string date, text, source;  // source: "manuellt" or the answering report's title
  std::optional<int64_t> report_id;
};

struct ResponseRequestEntry {
  std::string id;  // "7.s1"
  std::string organisation, org_key, kommunkod;
  ReportRef report;
  std::string text;
  std::optional<std::string> due;
  int page = 0;
  std::optional<Answer> answer;
  bool overdue = false;
  int days_overdue = 0;
};

struct RegisterFilter {
  std::string kommun;  // organisation name (prefix), kommunkod, or empty
  std::optional<corpus::RecommendationStatus> status;
  std::optional<int> older_than_days;
  bool overdue_only = false;
  std::optional<int64_t> report_id;
};

struct Register {
  std::vector<RegisterEntry> recommendations;  // unresolved oldest first, then resolved
  std::vector<ResponseRequestEntry> requests;  // overdue first, then by due date
};

// The register as of `today` (ISO date), filtered. False and `error` when the
// archive cannot be read.
[[nodiscard]] bool read_register(const Archive& archive, const RegisterFilter& filter, const std::string& today,
                   Register& out, std::string& error);

// A follow-up item and where it is linked (for `gransk link REPORT`).
struct LinkRow {
  std::string item, quote, status;  // status: the follow-up's verdict label
  std::string target;               // "5.3", or the item itself when created from it
  std::string target_text;
  double confidence = 0;
  std::string link;  // automatisk, bekräftad, flyttad, skapad
};
bool read_links(const Archive& archive, int64_t followup_report, std::vector<LinkRow>& out,
                std::string& error);

enum class LinkAction { Confirm, Move, Undo };
// Records a revisor's decision on follow-up item `item` ("14.u2"): confirm its
// link, move it to recommendation `target` ("5.3"), or undo it (the item is
// then tracked on its own). Survives re-indexing.
bool decide_link(Archive& archive, const std::string& item, LinkAction action,
                 const std::string& target, std::string& error);

// Records (or with `remove`, takes back) the board's answer to a response
// request ("7.s1") or to all of a report's requests ("7").
bool record_answer(Archive& archive, const std::string& request, const std::string& date,
                   const std::string& text, bool remove, std::string& error);

// Days between two ISO dates (b - a); 0 if either is not a date.
int days_between(const std::string& a, const std::string& b);

}  // namespace gransk::index

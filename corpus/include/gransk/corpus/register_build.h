// The recommendation register built from plain rows, free of storage: which
// follow-up item continues which recommendation (a revisor's decision first,
// then the automatic link), each recommendation's status and history, whether
// a follow-up's own recommendation restates one it found unresolved, the
// answers an answer document gives, due dates, what is overdue and how old a
// recommendation is. A store (index/) loads the rows and calls build_register.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gransk/corpus/register.h"

namespace gransk::corpus {

// A report as the register cites it.
struct ReportRef {
  int64_t id = 0;
  std::string title, firm, report_type, date, addressee, path;
  std::optional<int> year;
  // For a follow-up: the earlier audit it names ("granskning av it-säkerhet", 2021).
  std::string follows_up_title;
  std::optional<int> follows_up_year;
  friend bool operator==(const ReportRef&, const ReportRef&) = default;
};

// One status a recommendation received, and where.
struct StatusEvent {
  // The follow-up's verdict; none when the follow-up names the
  // recommendation without a verdict.
  std::optional<RecommendationStatus> status;
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
  RecommendationStatus status = RecommendationStatus::Open;  // latest event's
  std::vector<StatusEvent> history;                          // oldest first
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
  std::optional<RecommendationStatus> status;
  std::optional<int> older_than_days;
  bool overdue_only = false;
  std::optional<int64_t> report_id;
};

struct Register {
  std::vector<RegisterEntry> recommendations;  // unresolved oldest first, then resolved
  std::vector<ResponseRequestEntry> requests;  // overdue first, then by due date
};

// A follow-up item and where it is linked (for `gransk link REPORT`).
struct LinkRow {
  std::string item, quote, status;  // status: the follow-up's verdict label
  std::string target;               // "5.3", or the item itself when created from it
  std::string target_text;
  double confidence = 0;
  std::string link;  // automatisk, bekräftad, flyttad, skapad
};

// ---- what the register is built from: rows as a store keeps them ----

struct RegisterReport {
  ReportRef ref;
  std::string sha256, organisation, org_key, kommunkod, lan;
};

// A recommendation, a follow-up's earlier recommendation, or a response request.
struct RegisterItem {
  std::string text, verdict, due;
  int page = 0;
};

// A revisor's decision on a follow-up item: "bekrafta" or "flytta" to the
// target (kind 'r' recommendation, 'u' follow-up item), or "ta-bort".
struct LinkDecision {
  std::string action, target_sha256, target_kind;
  int target_ordinal = 0;
};

struct RegisterInput {
  std::map<int64_t, RegisterReport> reports;
  // By report, in the report's order.
  std::map<int64_t, std::vector<RegisterItem>> recommendations, followup_items, requests;
  std::map<std::pair<std::string, int>, LinkDecision> decisions;  // (follow-up sha256, item)
  std::map<std::pair<std::string, int>, Answer> answers;          // (sha256, request; 0 = all)
};

// The register as of `today` (ISO date), filtered.
Register build_register(RegisterInput input, const RegisterFilter& filter, std::string_view today);

// The same in two steps, for a store that keeps the first while its data stay
// the same: what depends on neither the day nor the filter (links, statuses,
// answers), then the view of one day and filter (due dates, overdue, age).
struct RegisterCore {
  std::vector<RegisterEntry> entries;                // without due, overdue, age
  std::vector<ResponseRequestEntry> requests;        // with answers, without overdue
  std::map<int64_t, std::string> earliest_open_due;  // by report
};
RegisterCore prepare_register(RegisterInput input);
Register view_register(const RegisterCore& core, const RegisterFilter& filter,
                       std::string_view today);
// The same for a core used once: its entries are moved, not copied.
Register view_register(RegisterCore&& core, const RegisterFilter& filter, std::string_view today);

// Where each item of follow-up `report` is linked, as build_register links it.
std::vector<LinkRow> followup_links(const RegisterInput& input, int64_t report);

// Whether a report is about the organisation a revisor named: a kommunkod, the
// start of the organisation's name ("Västra Mälardalen"), or a kommun's name
// ("Piteå", "Piteå kommun"). An empty filter matches every report.
bool organisation_matches(const std::string& filter, const std::string& organisation,
                          const std::string& kommunkod);

// Days between two ISO dates (b - a); 0 if either is not a date.
int days_between(std::string_view a, std::string_view b);

}  // namespace gransk::corpus

// What a generated sample report says: its metadata, questions with verdicts,
// recommendations and prose. Written in Gransk's own words, varied by a seed.
#pragma once

#include <random>
#include <string>
#include <vector>

namespace gransk::samplegen {

struct Question {
  std::string text;
  std::string verdict;  // ja | delvis | nej (gold scale)
  std::string theme;    // section title in the results chapter
  std::vector<std::string> findings;
  std::string assessment;  // the Bedömning section's first sentence
};

struct Footnote {
  int number = 0;
  std::string word;  // the word the marker is glued to
  std::string text;
};

struct EarlierRecommendation {
  std::string text;
  std::string status;        // ja | delvis | nej
  int original_ordinal = 0;  // in the original report (pairs only), 1-based
};

struct ResponseRequest {
  std::string text;
  std::string due_iso, due_written;  // "2024-03-15", "15 mars 2024"
};

// The layouts firms use; each is rendered by its own function in styles.cc.
enum class Style {
  VerdictTable,      // summary table Revisionsfråga | Bedömning (Ja/Delvis/Nej)
  FulfilmentTable,   // the same with Uppfylld / Delvis uppfylld / Ej uppfylld
  QuestionHeadings,  // "Revisionsfråga 1: …?" headings, verdict in a Bedömning paragraph
  AnswerSections,    // "Svar på revisionsfråga 1" sections: question, then "Svar: Delvis."
  CoverLetter,       // a missiv asking for an answer by a date, then a table report
  AuditOfficeMemo,   // revisionskontor's PM: Till/Från/Datum/Ärende, grundläggande granskning
  FollowUpTable,     // uppföljande granskning: Rekommendation | Status | Kommentar
  RegionReport,      // a region, fulfilment table, recommendations in their own section
  FollowUpSections,  // kommunalförbund follow-up: Rekommendation / Åtgärd / Bedömning
  CommentTable,      // Revisionsfråga | Kommentar | Bedömning, verdict in the last column
  SubQuestions,  // "Delfråga N: …?" paragraphs, "Kontrollmålet bedöms som …", written date
  BoardAnswer,   // not a report: the board's answer to one ("Svar på revisionsrapport …")
};
std::string style_name(Style s);

struct ReportSpec {
  Style style = Style::VerdictTable;
  std::string stem;  // file name without extension
  std::string organisation_kind = "kommun";
  std::string addressee = "kommunstyrelsen";
  std::string report_type = "granskning";
  std::vector<EarlierRecommendation> followups;
  int earlier_year = 0;
  std::string earlier_title;
  std::string earlier_file;  // pairs: the original's PDF, empty when it is left out
  std::vector<ResponseRequest> response_requests;
  std::string organisation, organisation_genitive, kommunkod, lan;
  std::string firm;
  int year = 0;
  std::string date;          // ISO
  std::string date_written;  // "14 mars 2024"
  std::string topic, title;
  std::string bullet;  // "•", "–", "►"
  std::string
      verdict_scale;  // "ja" (Ja/Delvis/Nej) or "uppfylld" (Uppfylld/Delvis uppfylld/Ej uppfylld)
  std::string overall_assessment;
  std::vector<std::string> background;  // may carry footnote markers as {N}
  std::string purpose;
  std::vector<std::string> criteria;
  std::vector<Question> questions;
  std::vector<std::string> recommendations;
  std::vector<Footnote> footnotes;
  std::vector<std::string> signatories;
};

ReportSpec make_report(std::mt19937& rng, int index, Style style);

// A follow-up of `original` `years` later, for the same organisation, by
// another firm in `style` (FollowUpTable or FollowUpSections), quoting the
// original's recommendations in one of several wordings (`wording` 0..3:
// verbatim, "Att …" form, with synonyms, shortened).
ReportSpec make_followup(std::mt19937& rng, const std::string& stem, const ReportSpec& original,
                         Style style, int years, int wording);

// The board's answer to `original`, dated between its date and its due date.
ReportSpec make_board_answer(std::mt19937& rng, const std::string& stem,
                             const ReportSpec& original);

// Gives the report a date in `year`.
void set_date(ReportSpec& r, std::mt19937& rng, int year);

// The same organisation and topic as `like`, another year and questions.
ReportSpec make_sibling(std::mt19937& rng, const std::string& stem, const ReportSpec& like,
                        Style style, int year);

// The verdict as the report's table prints it.
std::string verdict_label(const ReportSpec& r, const std::string& verdict);

}  // namespace gransk::samplegen

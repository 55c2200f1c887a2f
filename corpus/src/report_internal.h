// Helpers shared by the report builder's files: findings (report.cc), metadata
// (report_metadata.cc), verdicts (report_verdicts.cc), signatories
// (report_signatories.cc) and response requests (report_requests.cc).
#pragma once

#include <string>
#include <vector>

#include "gransk/corpus/report.h"

namespace gransk::corpus::detail {

using rules::Finding;

std::vector<std::string> words_of(std::string_view text);
Provenance where(const Finding& f);
// Best finding of a tag: highest priority, then earliest.
const Finding* best(const std::vector<const Finding*>& fs);
std::vector<const Finding*> of_tag(const std::vector<Finding>& fs, const std::string& tag,
                                   int max_page = 0);
// The rule's value with its fields filled in ("granskning av {topic}", "{text}
// stad"); the finding's text when the rule gives no value.
std::string filled_value(const Finding& f);
std::string capitalised(std::string s);
std::string lower(std::string_view s);
bool looks_like_a_name(const std::string& text);
// A title, not a name part: "Förvaltningschef", "Cert.", "Vice", "revisor".
bool is_title_word(const std::string& word);
// A first name of the word list ("Inger") or a hyphenated one ("Carl-Magnus").
bool is_first_name(const std::string& word);
// Every name in a line that sets several side by side, roles and commas between
// them: "Bo Thörn Carl-Magnus Stensson" -> {"Bo Thörn", "Carl-Magnus Stensson"}.
std::vector<std::string> names_in_line(std::string_view line);
Provenance verdict_provenance(const Finding& f, double confidence);
// A surer verdict replaces a less sure one: an answer line beats prose.
void set_surer_verdict(Question& q, const std::string& verdict, const Provenance& at);
// The question a finding's sentence names by ordinal or number (0-based), or -1.
int question_named_in(const nlp::CleanDocument& clean, const Finding& f);
// Verdicts that no question's section holds, placed by the question they name
// ("den andra revisionsfrågan") or restate (shared distinctive words).
void place_by_wording(const rules::RuleSet& rules, const nlp::CleanDocument& clean,
                      const std::vector<std::pair<const Finding*, rules::GradedVerdict>>& verdicts,
                      std::vector<Question>& questions);
// The main question's verdict from the overall assessment that restates it,
// when no other sentence gave one.
void answer_by_overall_assessment(const rules::RuleSet& rules, Report& r);
// A yes/no question nothing else answered, from the sentence that states it
// ("Styrelsen har inte säkerställt …" for "Har styrelsen säkerställt …?").
void answer_by_restatement(const rules::RuleSet& rules, const nlp::CleanDocument& clean, Report& r);
// The document's kind and its letterhead (report_kind.cc): the organisations,
// firms and kinds its running headers and footers name, as findings of no
// block; the kind from the report_type cues, weighed by the audit's marks and
// where each cue stands.
std::vector<Finding> letterhead_findings(const extractor::Document& doc,
                                         const rules::RuleSet& rules);
std::string report_type_of(const nlp::CleanDocument& clean, const std::vector<Finding>& findings,
                           const std::vector<Finding>& letterhead);

// Verdict helpers (report_verdicts.cc). The verdict a finding carries: its
// verdict/status field graded as a label or cell, else (assessment prose) its
// own text.
rules::GradedVerdict verdict_in(const rules::RuleSet& set, const Finding& f, const char* field);
// In a table whose header names the verdict's column, that cell of the row.
rules::GradedVerdict verdict_in_column(const rules::RuleSet& set, const nlp::CleanDocument& clean,
                                       const Finding& f, nlp::Span& at);
// A cell under "Iakttagelse" or "Kommentar" describes; it does not judge.
bool in_descriptive_column(const nlp::CleanDocument& clean, const Finding& f, nlp::Span at);
nlp::Span verdict_span(const Finding& f, const char* field);

// Signatory helpers (report_signatories.cc).
void add_signatory(Report& r, Signatory s);
// The block after `block` when it holds titles only, else "".
std::string title_line_after(const nlp::CleanDocument& clean, int block);
// "Flodin Vice" from "Ingrid Flodin Vice ordförande": a title (or a place) is no name.
bool has_role_word(const std::string& name);

// "Delfråga 2: Finns …?" -> "Finns …?"
std::string without_question_label(const std::string& text);

// Readings of findings the builder uses (report_helpers.cc).
// Words separated by single spaces, as rule texts are.
std::vector<std::string> split_words(const std::string& s);
// A status that says what it is the status of: an audit or its recommendations.
bool names_earlier_work(const std::string& text);
// "… utifrån genomförd granskning av …": which audit, not just "rekommendationen".
bool names_an_audit(const std::string& text);
bool in_list_item(const nlp::CleanDocument& clean, const Finding& f);
// "Samlad bedömning", "Sammanfattning": where a follow-up judges itself as a whole.
bool in_summary(const nlp::CleanDocument& clean, const Finding& f);
// "Säkerställa att … Status: Åtgärdad." on one line: the earlier
// recommendation's text ends where its status begins.
void end_before_status(FollowUp& x, const Finding& status, const nlp::CleanDocument& clean);

// "Skinnskattebergs kommuns" -> "Skinnskattebergs kommun", "Tierp kommun" ->
// "Tierps kommun" (report_organisation.cc).
Organisation organisation_from(const std::string& written);

// Whether `a` says what `b` says in other forms of the same words
// (similarity.cc, beside words_of and text_similarity).
bool restates(std::string_view a, std::string_view b);

// Organisation, firm, type-independent metadata: date, year, title, board,
// overall assessment, earlier audit. `audit`: the document is an audit (a
// non-audit's firm is the quoted audit's, not its own).
void pick_metadata(const extractor::Document& doc, const nlp::CleanDocument& clean,
                   const std::vector<Finding>& findings, bool audit, Report& r);

// The audit's response requests, each with its due date (the report's date
// and year complete a date without a year), into r.response_requests.
void read_response_requests(const nlp::CleanDocument& clean, const std::vector<Finding>& findings,
                            Report& r);

}  // namespace gransk::corpus::detail

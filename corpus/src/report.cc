// Findings -> Report: dedupe what firms repeat (a question in the purpose list
// and in the summary table), link verdicts to questions, pick metadata.
#include "gransk/corpus/report.h"

#include <algorithm>

#include "report_internal.h"

namespace gransk::corpus {

using namespace detail;

namespace {

// The sentence after a finding's text in its own block, or "".
std::string next_sentence_in_block(const nlp::CleanDocument& clean, const Finding& f) {
  if (f.block < 0) return "";
  const nlp::Span block = clean.blocks[static_cast<size_t>(f.block)].span;
  for (const nlp::Span& s : clean.sentences)
    if (s.begin >= f.span.end && s.begin < block.end)
      return clean.text.substr(s.begin, std::min(s.end, block.end) - s.begin);
  return "";
}

}  // namespace

Report build_report(const extractor::Document& doc, const nlp::CleanDocument& clean,
                    const rules::RuleSet& rules, const std::vector<Finding>& findings) {
  Report r;
  auto same = [](const std::string& a, const std::string& b) {
    return text_similarity(a, b) >= alike::kSameStatement;
  };
  // An earlier recommendation quoted in full in a status table and by its
  // first sentence under its own heading is one recommendation.
  auto same_followup = [&](const std::string& a, const std::string& b) {
    if (same(a, b)) return true;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 30 &&
           longer.compare(0, shorter.size() - 1, shorter, 0, shorter.size() - 1) == 0;
  };
  // "Delfråga 1: Finns …?" and "Finns …?" are one question (heading and list).
  auto same_question = [&](const std::string& a, const std::string& b) {
    return same(a, b) || same(without_question_label(a), without_question_label(b));
  };
  // A surer verdict replaces a less sure one: an answer line beats prose.
  auto set_verdict = [](Question& q, const std::string& verdict, const Provenance& at) {
    set_surer_verdict(q, verdict, at);
  };
  auto is_within = [&](int section, int ancestor) {
    for (int s = section; s >= 0; s = clean.sections[s].parent)
      if (s == ancestor) return true;
    return false;
  };
  // An answer under its own heading ("Svar på revisionsfrågan") beside the
  // question's heading answers it too: sibling sections under one parent.
  auto answers = [&](int verdict_section, int question_section) {
    if (is_within(verdict_section, question_section)) return true;
    const int parent = clean.sections[question_section].parent;
    return parent > 0 && clean.sections[verdict_section].parent == parent;
  };

  // Document kind first: it decides whether the findings are the document's own.
  // The letterhead (running headers and footers) names the kind, the
  // organisation and the firm too.
  const std::vector<Finding> letterhead = letterhead_findings(doc, rules);
  r.report_type = report_type_of(clean, findings, letterhead);
  const bool audit = is_audit_type(r.report_type);
  const bool follow_up = r.report_type == "uppföljande granskning";

  // Signatures stand on the cover or at the end (the last two pages with text).
  const int last_page = clean.blocks.empty() ? 0 : clean.blocks.back().page;
  auto in_signature_place = [&](const Finding& f) {
    return f.page <= 1 || f.page >= last_page - 1;
  };

  const Finding* last_question = nullptr;  // for verdicts worded after their question
  // Questions of one section asked since the last judgement: two or more, and
  // the judgements after them are placed by what they restate.
  int unanswered_in_a_row = 0;
  const Finding* last_followup = nullptr;  // for statuses worded after the recommendation
  std::vector<const Finding*> recommendation_findings;
  std::vector<std::pair<const Finding*, rules::GradedVerdict>> unplaced_verdicts;

  // A question read as one sentence inside a longer question finding (one
  // table cell that asks twice) is part of that question, not a second one.
  auto inside_another_question = [&](const Finding& f) {
    return std::any_of(findings.begin(), findings.end(), [&](const Finding& g) {
      return &g != &f && g.tag == "question" && g.span.begin <= f.span.begin &&
             f.span.end <= g.span.end && g.span.size() > f.span.size();
    });
  };
  for (const Finding& f : findings) {
    if (!audit && f.tag != "signatory") continue;  // a non-audit quotes, it does not find
    if (f.tag == "question" && inside_another_question(f)) continue;
    if (f.tag == "question") {
      std::optional<std::string> verdict;
      double verdict_confidence = 0;
      // "3. Planerad och utförd tid | Delvis" in a summary table: a short title
      // for the third question listed before, not a question of its own.
      int by_number = -1;
      if (f.text.find('?') == std::string::npos && words_of(f.text).size() <= 8 &&
          f.text.size() > 2 && std::isdigit(static_cast<unsigned char>(f.text[0])) &&
          (f.text[1] == '.' || f.text[1] == ')' || f.text[1] == ' '))
        by_number = f.text[0] - '1';
      // The surer of the cell under the verdict column and the rule's own field.
      nlp::Span verdict_at = verdict_span(f, "verdict");
      nlp::Span column_at;
      const rules::GradedVerdict column = verdict_in_column(rules, clean, f, column_at);
      rules::GradedVerdict own = verdict_in(rules, f, "verdict");
      // A cell under "Iakttagelse" or "Kommentar" describes; it does not judge.
      if (in_descriptive_column(clean, f, verdict_span(f, "verdict"))) own = {};
      if (!column.verdict.empty() && column.confidence > own.confidence) {
        verdict = column.verdict;
        verdict_confidence = column.confidence;
        verdict_at = column_at;
      } else if (!own.verdict.empty()) {
        verdict = own.verdict;
        verdict_confidence = own.confidence;
      }
      if (by_number >= 0 && static_cast<size_t>(by_number) < r.questions.size()) {
        if (verdict)
          set_verdict(r.questions[static_cast<size_t>(by_number)], *verdict,
                      Provenance{f.rule_id, f.page, verdict_at, f.confidence * verdict_confidence});
        continue;
      }
      // "Är rutinerna kända? Finns en förteckning?" in one unit: one question each;
      // in one table row beside one verdict, one question that asks twice.
      // "… besvara följande revisionsfråga: Har …?": the question after the lead-in.
      const bool one_row = f.row > 0;
      std::string question_text = f.text;
      if (const size_t colon = question_text.rfind(": ");
          colon != std::string::npos && question_text.back() == '?' &&
          colon + 2 < question_text.size() &&
          (std::isupper(static_cast<unsigned char>(question_text[colon + 2])) ||
           static_cast<unsigned char>(question_text[colon + 2]) == 0xC3) &&
          without_question_label(question_text) == question_text)
        question_text = question_text.substr(colon + 2);
      std::vector<std::string> asked;
      for (size_t from = 0; from < question_text.size();) {
        size_t q = question_text.find("? ", from);
        const bool next_upper = !one_row && q != std::string::npos &&
                                q + 2 < question_text.size() &&
                                (std::isupper(static_cast<unsigned char>(question_text[q + 2])) ||
                                 static_cast<unsigned char>(question_text[q + 2]) == 0xC3);
        if (q == std::string::npos || !next_upper) {
          asked.push_back(question_text.substr(from));
          break;
        }
        asked.push_back(question_text.substr(from, q + 1 - from));
        from = q + 2;
      }
      auto it = r.questions.end();
      for (const std::string& text : asked) {
        it = std::find_if(r.questions.begin(), r.questions.end(),
                          [&](const Question& q) { return same_question(q.text, text); });
        if (it == r.questions.end()) {
          r.questions.push_back({text, std::nullopt, where(f), std::nullopt});
          it = r.questions.end() - 1;
        }
      }
      if (verdict)
        set_verdict(*it, *verdict,
                    Provenance{f.rule_id, f.page, verdict_at, f.confidence * verdict_confidence});
      // (The same question found by several rules counts once.)
      if (!last_question || last_question->section != f.section)
        unanswered_in_a_row = 1;
      else if (last_question->span.begin != f.span.begin)
        ++unanswered_in_a_row;
      if (verdict) unanswered_in_a_row = 0;
      last_question = &f;
    } else if (f.tag == "verdict") {
      rules::GradedVerdict g = verdict_in(rules, f, "verdict");
      if (g.verdict.empty()) continue;
      // "Vi bedömer att styrningen i huvudsak är ändamålsenlig. Dock saknas en
      // riskanalys.": the reservation in the next sentence of its paragraph
      // makes a positive judgement delvis, as the same words after a comma do.
      if (g.verdict == "ja" && !f.field("verdict"))
        if (const std::string next = next_sentence_in_block(clean, f); !next.empty()) {
          const std::vector<std::string> w = words_of(next);
          if (!w.empty() && std::find(rules.lexicon.contrast.begin(), rules.lexicon.contrast.end(),
                                      w.front()) != rules.lexicon.contrast.end())
            if (const rules::GradedVerdict both =
                    rules::grade_verdict(rules, f.text + " " + next, true);
                both.verdict == "delvis")
              g = both;
        }
      // "Revisionsfråga 2: Delvis", "den tredje revisionsfrågan": placed by name.
      // Under a section that asks several questions, each judgement goes to the
      // question it restates, not to the last one asked.
      if (!last_question || !answers(f.section, last_question->section) ||
          question_named_in(clean, f) >= 0 || unanswered_in_a_row >= 2) {
        unplaced_verdicts.push_back({&f, g});
        continue;
      }
      auto it = std::find_if(r.questions.begin(), r.questions.end(), [&](const Question& q) {
        return same_question(q.text, last_question->text);
      });
      if (it != r.questions.end())
        set_verdict(
            *it, g.verdict,
            Provenance{f.rule_id, f.page, verdict_span(f, "verdict"), f.confidence * g.confidence});
      unanswered_in_a_row = 0;
    } else if (f.tag == "recommendation") {
      recommendation_findings.push_back(&f);
    } else if (f.tag == "followup" && !f.text.empty() && f.text.back() == '?') {
      // A status table's row that asks is a revisionsfråga with its verdict.
      nlp::Span status_at;
      const rules::GradedVerdict column = verdict_in_column(rules, clean, f, status_at);
      const rules::GradedVerdict own = verdict_in(rules, f, "status");
      const rules::GradedVerdict& g = column.confidence > own.confidence ? column : own;
      auto it = std::find_if(r.questions.begin(), r.questions.end(),
                             [&](const Question& q) { return same_question(q.text, f.text); });
      if (it == r.questions.end()) {
        r.questions.push_back({f.text, std::nullopt, where(f), std::nullopt});
        it = r.questions.end() - 1;
      }
      if (!g.verdict.empty())
        set_verdict(*it, g.verdict,
                    Provenance{f.rule_id, f.page, f.span, f.confidence * g.confidence});
      last_question = &f;
    } else if (f.tag == "followup") {
      nlp::Span status_at;
      const rules::GradedVerdict column = verdict_in_column(rules, clean, f, status_at);
      const rules::GradedVerdict own = verdict_in(rules, f, "status");
      const std::string status = !column.verdict.empty() && column.confidence > own.confidence
                                     ? column.verdict
                                     : own.verdict;
      auto it = std::find_if(r.followups.begin(), r.followups.end(), [&](const FollowUp& x) {
        return same_followup(x.earlier_recommendation, f.text);
      });
      if (it == r.followups.end())
        r.followups.push_back({f.text, status, where(f)});
      else if (it->status.empty())
        it->status = status;
      last_followup = &f;
    } else if (f.tag == "followup_status") {
      const std::string status = verdict_in(rules, f, "status").verdict;
      // In a follow-up, a recommendation with a status after it is an earlier
      // one ("Rekommendation 1 (2022): … Status: Åtgärdad").
      const Finding* rec =
          recommendation_findings.empty() ? nullptr : recommendation_findings.back();
      if (follow_up && rec && f.field("status") &&
          (!last_followup || last_followup->span.begin < rec->span.begin) &&
          answers(f.section, rec->section)) {
        recommendation_findings.pop_back();
        auto it = std::find_if(r.followups.begin(), r.followups.end(), [&](const FollowUp& x) {
          return text_similarity(x.earlier_recommendation, rec->text) >= alike::kNamesTheEarlier;
        });
        if (it == r.followups.end()) {
          r.followups.push_back({rec->text, status, where(*rec)});
          end_before_status(r.followups.back(), f, clean);
        } else if (it->status.empty()) {
          it->status = status;
        }
        last_followup = rec;
        continue;
      }
      // "Vi bedömer att rekommendationen delvis hörsammats" under the recommendation.
      if (!last_followup || !answers(f.section, last_followup->section)) {
        // A statement that names what it judges ("Vi bedömer att
        // kommunstyrelsen inte helt har vidtagit åtgärder … utifrån granskningen
        // av …"), as a point, a paragraph or a box: in a follow-up, the earlier
        // audit and its status in one. In running text under "Samlad bedömning"
        // it judges the whole follow-up instead.
        if (follow_up && !status.empty() && names_earlier_work(f.text) &&
            (in_list_item(clean, f) || (names_an_audit(f.text) && !in_summary(clean, f))) &&
            std::none_of(r.followups.begin(), r.followups.end(),
                         [&](const FollowUp& x) { return same(x.earlier_recommendation, f.text); }))
          r.followups.push_back({f.text, status, where(f)});
        continue;
      }
      auto it = std::find_if(r.followups.begin(), r.followups.end(), [&](const FollowUp& x) {
        return same_followup(x.earlier_recommendation, last_followup->text);
      });
      if (it != r.followups.end()) {
        if (it->status.empty()) it->status = status;
        end_before_status(*it, f, clean);
      }
    } else if (f.tag == "signatory" && f.value == "names") {
      for (const std::string& n : names_in_line(f.text)) add_signatory(r, {n, ""});
    } else if (f.tag == "signatory" && f.value == "names-titled") {
      // Names side by side with their titles sign where signatures stand.
      const std::vector<std::string> names = names_in_line(f.text);
      const std::vector<std::string> words = words_of(f.text);
      if (names.size() >= 2 && in_signature_place(f) &&
          std::any_of(words.begin(), words.end(), is_title_word))
        for (const std::string& n : names) add_signatory(r, {n, ""});
    } else if (f.tag == "signatory") {
      const rules::Field* name = f.field("name");
      // A name alone (no role) must look like a name; with a role, the role says it.
      // Under a signing line a name needs no role; alone elsewhere it must look like one.
      const bool alone = name && f.text == name->text && f.value != "signature";
      const bool short_block =
          f.value != "signature" ||
          (f.block >= 0 && clean.blocks[static_cast<size_t>(f.block)].span.size() < 90);
      // A name line followed by a line of titles only ("Susanna Huber" /
      // "Revisionskonsult"): the role says it is a name, known first name or not.
      const std::string role_below = alone ? title_line_after(clean, f.block) : "";
      // Names side by side in a row of their own ("Karin Hedlund | Jonas
      // Wiklund") sign only with a line of titles under them.
      const bool row_without_titles = f.value == "signature-row" && role_below.empty();
      // A name alone on its line signs only with a line of titles below it.
      const bool bare_line = f.value == "name-line" && role_below.empty();
      if (!name || !short_block || row_without_titles || bare_line || !in_signature_place(f) ||
          (alone && role_below.empty() && !looks_like_a_name(name->text)) ||
          has_role_word(name->text))
        continue;
      // A rule that finds the name alone gives no role, but the line below may.
      add_signatory(r, {name->text, f.text != name->text ? capitalised(f.text) : role_below});
    }
  }
  // Outside a follow-up, an "earlier recommendation" with no status is noise.
  if (!follow_up)
    r.followups.erase(std::remove_if(r.followups.begin(), r.followups.end(),
                                     [](const FollowUp& x) { return x.status.empty(); }),
                      r.followups.end());
  // A follow-up repeats the earlier recommendations it follows up: those are
  // follow-ups, not new recommendations.
  // A recommendation restated in running text ("Vi rekommenderar därför att
  // kommunstyrelsen ser över …" in a chapter, after the summary's list) is one
  // recommendation: the listed or tabled wording is kept, whatever the order.
  auto in_prose = [&](const Finding* f) {
    return f->block < 0 ||
           clean.blocks[static_cast<size_t>(f->block)].kind == extractor::BlockKind::Paragraph;
  };
  std::stable_partition(recommendation_findings.begin(), recommendation_findings.end(),
                        [&](const Finding* f) { return !in_prose(f); });
  for (const Finding* f : recommendation_findings) {
    const bool is_followed_up =
        std::any_of(findings.begin(), findings.end(), [&](const Finding& x) {
          return x.tag == "followup" && x.span.begin < f->span.end && f->span.begin < x.span.end;
        });
    if (follow_up && is_followed_up) continue;
    if (std::none_of(r.recommendations.begin(), r.recommendations.end(),
                     [&](const Recommendation& x) {
                       return same(x.text, f->text) || (in_prose(f) && restates(f->text, x.text));
                     }))
      r.recommendations.push_back({f->text, where(*f)});
  }
  // Kept in the order the report gives them.
  std::stable_sort(r.recommendations.begin(), r.recommendations.end(),
                   [](const Recommendation& a, const Recommendation& b) {
                     return a.where.page != b.where.page ? a.where.page < b.where.page
                                                         : a.where.span.begin < b.where.span.begin;
                   });

  // A paragraph judged whole gives way to its sentences judged one by one
  // ("Vi bedömer att … Vi bedömer vidare att …"): each may answer another question.
  std::erase_if(unplaced_verdicts, [&](const auto& v) {
    return std::any_of(unplaced_verdicts.begin(), unplaced_verdicts.end(), [&](const auto& w) {
      return w.first != v.first && v.first->span.begin <= w.first->span.begin &&
             w.first->span.end <= v.first->span.end && v.first->span.size() > w.first->span.size();
    });
  });
  place_by_wording(rules, clean, unplaced_verdicts, r.questions);

  if (letterhead.empty()) {
    pick_metadata(doc, clean, findings, audit, r);
  } else {
    std::vector<Finding> with_letterhead = findings;
    for (const Finding& f : letterhead)
      if (f.tag != "report_type") with_letterhead.push_back(f);
    pick_metadata(doc, clean, with_letterhead, audit, r);
  }
  if (audit) answer_by_overall_assessment(rules, r);
  if (audit) answer_by_restatement(rules, clean, r);
  // "Grant Thornton" under the signatures reads like a person: a firm the
  // document names is no signatory.
  for (const Finding& f : findings)
    if (f.tag == "auditor" && !f.value.empty())
      std::erase_if(r.signatories, [&](const Signatory& s) { return s.name == f.value; });

  if (audit) read_response_requests(clean, findings, r);
  // A question the auditors want the board to answer ("Hur säkerställer
  // kommunstyrelsen …?" after "Revisorerna önskar svar senast … på:") is a
  // request, not a revisionsfråga the audit answers.
  std::erase_if(r.questions, [&](const Question& q) {
    return std::any_of(r.response_requests.begin(), r.response_requests.end(),
                       [&](const ResponseRequest& x) { return same(x.text, q.text); });
  });
  return r;
}

}  // namespace gransk::corpus

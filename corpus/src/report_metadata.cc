// Metadata of a report: organisation, firm, date and year, title, board,
// overall assessment and the earlier audit a follow-up refers to.
#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>

#include "gransk/corpus/kommuner.h"
#include "report_internal.h"

namespace gransk::corpus::detail {
namespace {

// "Vara kommun – Granskning av intern kontroll i löneprocessen": the report's
// title is what follows its organisation's name.
std::string without_organisation_prefix(const std::string& title,
                                        const std::optional<Organisation>& org) {
  static const RE2 split("^(.{3,60}?)\\s*(?:–|—|-|:)\\s+(.+)$");
  static const RE2 place_word("(?i)(?:kommun|region|stad|landsting|regionen|landstinget)$");
  std::string head, rest;
  if (!RE2::FullMatch(title, split, &head, &rest) || words_of(rest).size() < 2) return title;
  const bool is_org =
      (org && text_similarity(head, org->name) >= alike::kTitleHeadIsOrganisation) ||
      (words_of(head).size() <= 4 && RE2::PartialMatch(head, place_word));
  return is_org ? rest : title;
}

std::optional<std::string> pick_title(const extractor::Document& doc,
                                      const nlp::CleanDocument& clean,
                                      const std::vector<std::string>& firm_names,
                                      const std::optional<Organisation>& org) {
  // The info dictionary's title counts when the report itself prints it.
  if (auto it = doc.info.find("Title"); it != doc.info.end()) {
    const size_t end = clean.pages.size() > 2 ? clean.pages[1].span.end : clean.text.size();
    std::string front = clean.text.substr(0, end);
    for (char& c : front)
      if (c == '\n' || c == '\t') c = ' ';
    if (lower(front).find(lower(nlp::normalize(it->second))) != std::string::npos)
      return nlp::normalize(it->second);
  }
  // Else the largest heading on the first page, that is not the firm, the
  // organisation, a date, "Revisionsrapport 2024" or a word every report
  // prints ("Rapport", "Innehåll"); a one-word title ("Bisysslor") counts.
  static const std::set<std::string> generic = {"rapport",
                                                "revisionsrapport",
                                                "granskningsrapport",
                                                "innehåll",
                                                "innehållsförteckning",
                                                "sammanfattning",
                                                "missiv",
                                                "bilaga",
                                                "promemoria",
                                                "pm",
                                                "slutrapport",
                                                "förstudie",
                                                "förvaltningsberättelse",
                                                "årsredovisning",
                                                "protokoll",
                                                "protokollsutdrag",
                                                "inledning",
                                                "bakgrund",
                                                "tjänsteskrivelse",
                                                "tjänsteutlåtande",
                                                "yttrande"};
  auto upper_of = [](std::string t) {
    for (char& c : t) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return t;
  };
  auto largest_heading_on = [&](int page, bool one_word) -> const extractor::Block* {
    const extractor::Block* best_block = nullptr;
    for (const extractor::Block& b : doc.blocks) {
      if (b.page != page || b.kind != extractor::BlockKind::Heading) continue;
      const std::string t = nlp::normalize(b.text);
      const std::vector<std::string> w = words_of(t);
      if (std::find(firm_names.begin(), firm_names.end(), lower(t)) != firm_names.end()) continue;
      if (org && text_similarity(t, org->name) > alike::kHeadingIsOrganisation) continue;
      if (w.empty() || lower(t).rfind("revisionsrapport", 0) == 0) continue;
      // One word only where no longer title stands, and only a word that is
      // no firm ("Deloitte."), no place ("LUDVIKA") and no chapter of every report.
      if (w.size() == 1 &&
          (!one_word || generic.count(w[0]) || w[0].size() < 5 || t.back() == '.' ||
           t == upper_of(t) || KommunRegister::shared().by_name(t) != nullptr))
        continue;
      if (!best_block || b.font_size > best_block->font_size + 0.1) best_block = &b;
    }
    return best_block;
  };
  auto title_of = [&](const extractor::Block* best_block) {
    std::string t = nlp::normalize(best_block->text);
    // A heading broken before its date ("… årsredovisning per" / "2020-12-31"):
    // the title ends with the line that completes it.
    static const RE2 open_end("(?i)\\s(?:per|av|för|om|i|inom|till|med|vid|den|och)$");
    const size_t at = static_cast<size_t>(best_block - doc.blocks.data());
    if (RE2::PartialMatch(t, open_end) && at + 1 < doc.blocks.size() &&
        doc.blocks[at + 1].page == best_block->page) {
      const std::string next = nlp::normalize(doc.blocks[at + 1].text);
      if (!next.empty() && words_of(next).size() <= 4) t += " " + next;
    }
    return t;
  };
  const int first_page = doc.blocks.empty() ? 1 : doc.blocks.front().page;
  if (const extractor::Block* b = largest_heading_on(first_page, false)) return title_of(b);
  // A cover set in the body's type has no heading: the line of its first page
  // that names the audit ("Granskning av kommunens krisberedskap", "Uppföljning
  // av …", "Förstudie om …"), a line of its own. Before a heading of page 2
  // ("Svar på revisionsfrågan"), which is the report's, not its title.
  static const RE2 names_audit(
      "(?i)^(?:(?:fördjupad|uppföljande|grundläggande|översiktlig|förnyad) )?"
      "(?:granskning|uppföljning|förstudie|kartläggning|genomlysning)(?:en)?\\b");
  for (const extractor::Block& b : doc.blocks) {
    if (b.page > first_page) break;  // the first page with text only
    if (b.kind != extractor::BlockKind::Paragraph || b.text.empty() || b.text.back() == '.')
      continue;
    const std::string t = nlp::normalize(b.text);
    const size_t words = words_of(t).size();
    if (words >= 2 && words <= 16 && RE2::PartialMatch(t, names_audit)) return t;
  }
  if (const extractor::Block* b = largest_heading_on(first_page, true)) return title_of(b);
  if (first_page < 2)
    if (const extractor::Block* b = largest_heading_on(2, false)) return title_of(b);
  return std::nullopt;
}

// A rule's fixed value is the firm's one name ("www.pwc.se", "Komrev" -> PwC).
std::string firm_of(const Finding& f) { return f.value.empty() ? f.text : f.value; }

std::optional<int> year_in(std::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    const bool start = i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]));
    const bool end = i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4]));
    if (start && end && (text.substr(i, 2) == "19" || text.substr(i, 2) == "20") &&
        std::all_of(text.begin() + static_cast<long>(i), text.begin() + static_cast<long>(i) + 4,
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return std::atoi(std::string(text.substr(i, 4)).c_str());
  }
  return std::nullopt;
}

}  // namespace

void pick_metadata(const extractor::Document& doc, const nlp::CleanDocument& clean,
                   const std::vector<Finding>& findings, bool audit, Report& r) {
  // A revisionsberättelse has the revisorer's own judgement too.
  if (audit || r.report_type == "revisionsberättelse")
    if (const Finding* o = best(of_tag(findings, "overall_assessment"))) {
      r.overall_assessment = o->text;
      r.overall_where = where(*o);
      // A sentence broken by a line end in a box ("… delvis har vidtagit\n
      // ändamålsenliga åtgärder …"): read on to its full stop, in its block.
      if (!o->text.empty() && !std::strchr(".!?", o->text.back()) && o->block >= 0) {
        const size_t block_end = clean.blocks[static_cast<size_t>(o->block)].span.end;
        size_t end = o->span.end;
        while (end < block_end && end < clean.text.size() && clean.text[end] != '.') ++end;
        if (end < block_end && end - o->span.end < 400) {
          std::string full = clean.text.substr(o->span.begin, end + 1 - o->span.begin);
          for (char& c : full)
            if (c == '\n') c = ' ';
          r.overall_assessment = full;
        }
      }
    }

  // Auditor: the firm named most often, the surer names (cover, logo) first.
  // A non-audit names the firm of the audit it quotes: it has none of its own.
  if (audit) {
    std::map<std::string, int> firms;
    for (const Finding* f : of_tag(findings, "auditor")) firms[firm_of(*f)] += 1 + f->priority;
    if (!firms.empty())
      r.auditor = std::max_element(firms.begin(), firms.end(), [](auto& a, auto& b) {
                    return a.second < b.second;
                  })->first;
  }

  if (const Finding* o = best(of_tag(findings, "organisation"))) {
    r.organisation = organisation_from(filled_value(*o));
  } else {
    // Fall back on the first kommun named on the first pages.
    const size_t end = clean.pages.size() > 2 ? clean.pages[1].span.end : clean.text.size();
    const auto mentions = KommunRegister::shared().find_all(clean.text.substr(0, end));
    if (!mentions.empty())
      r.organisation = organisation_from(
          clean.text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin));
  }

  // The document's own date: labelled or alone on the cover beats a date in a
  // sentence (a due date, a decision it quotes).
  {
    std::vector<const Finding*> dates = of_tag(findings, "date", 2);
    std::stable_sort(dates.begin(), dates.end(),
                     [](const Finding* a, const Finding* b) { return a->priority > b->priority; });
    for (const Finding* d : dates) {
      // "senast den 2013-06-30", "från 2019-01-01": a date the text points at.
      const size_t from = d->span.begin > 24 ? d->span.begin - 24 : 0;
      const std::string before = lower(clean.text.substr(from, d->span.begin - from));
      if (before.find("senast") != std::string::npos || before.find("från") != std::string::npos ||
          before.find("per ") != std::string::npos || before.find("t.o.m") != std::string::npos)
        continue;
      if ((r.date = parse_swedish_date(d->text))) break;
    }
  }
  // A letter head or running header ("SUNDBYBERGS STAD  2014-11-11  1 (9)") is
  // page furniture, outside the body, but it carries the document's date.
  // "Oxelösunds kommun  29 augusti 2011" in a running header counts too.
  static const RE2 furniture_date(
      "(?i)\\b((?:19|20)\\d{2}-[01]\\d-[0-3]\\d|\\d{1,2} (?:januari|februari|mars|april|maj|"
      "juni|juli|augusti|september|oktober|november|december) (?:19|20)\\d{2})\\b");
  for (size_t p = 0; !r.date && p < clean.pages.size() && p < 2; ++p)
    for (const std::string& line : clean.pages[p].furniture) {
      std::string iso;
      if (RE2::PartialMatch(line, furniture_date, &iso) && (r.date = parse_swedish_date(iso)))
        break;
    }
  // Else the place and date above the signatures, wherever they stand, or a
  // date alone on a line of the last page (above its signatures).
  const int last_page = static_cast<int>(clean.pages.size());
  if (!r.date)
    for (const Finding& d : findings)
      if (d.tag == "date" &&
          (d.rule_id == "metadata.date.place-and-date-signature" ||
           (d.page == last_page && d.page > 2 &&
            (d.rule_id == "core.date.iso-on-cover" ||
             d.rule_id == "core.date.written-on-cover"))) &&
          (r.date = parse_swedish_date(d.text)))
        break;
  if (r.date) {
    r.year = std::atoi(r.date->substr(0, 4).c_str());
  } else if (const Finding* y = best(of_tag(findings, "year", 2))) {
    r.year = std::atoi(y->text.c_str());
  }
  // Else a year in a short block of the first page ("Revisionsrapport 2011").
  for (const nlp::CleanBlock& b : clean.blocks) {
    if (r.year || b.page > 1) break;
    if (b.span.size() < 80)
      r.year = year_in(std::string_view(clean.text).substr(b.span.begin, b.span.size()));
  }

  std::vector<std::string> firm_names;  // "ERNST & YOUNG" on a cover is no title
  for (const Finding* f : of_tag(findings, "auditor")) firm_names.push_back(lower(f->text));
  r.title = pick_title(doc, clean, firm_names, r.organisation);
  if (r.title) r.title = without_organisation_prefix(*r.title, r.organisation);
  if (!r.year && r.title) r.year = year_in(*r.title);

  // The board: who recommendations go to, else who the audit concerns.
  std::vector<std::pair<int, std::string>> boards;
  // A non-audit has its board too: the one that answers, or is audited.
  // Only a board is one: "rekommenderar vi att:" names none.
  static const RE2 board_word("(?i)styrelse|nämnd|direktion|fullmäktige|revisorerna");
  for (const Finding& f : findings) {
    if (const rules::Field* a = f.field("addressee");
        a && !a->text.empty() && RE2::PartialMatch(a->text, board_word))
      boards.push_back({f.priority, a->text});
    if (f.tag == "addressee" && RE2::PartialMatch(f.text, board_word))
      boards.push_back({f.priority, f.text});
  }
  // Boards on consecutive lines of their own ("Kommunstyrelsen" over "Kultur-
  // och tekniknämnden" on a cover, each its own paragraph) are addressed together.
  std::vector<const Finding*> lines;          // every board that fills its block
  std::map<int, const Finding*> board_lines;  // block -> the first of them
  for (const Finding& f : findings) {
    if (f.tag != "addressee" || f.block < 0) continue;
    const nlp::Span b = clean.blocks[static_cast<size_t>(f.block)].span;
    if (f.span.size() + 2 >= b.size() && RE2::PartialMatch(f.text, board_word)) {
      lines.push_back(&f);
      board_lines.emplace(f.block, &f);
    }
  }
  for (const Finding* f : lines) {
    std::string joined = f->text;
    int next = f->block + 1;
    for (auto g = board_lines.find(next); g != board_lines.end() && g->second->page == f->page;
         g = board_lines.find(++next))
      joined += " och " + g->second->text;
    if (next > f->block + 1) boards.push_back({f->priority, joined});
  }
  if (!boards.empty()) {
    const std::string& chosen =
        std::max_element(boards.begin(), boards.end(), [](auto& a, auto& b) {
          return a.first < b.first;
        })->second;
    std::string board = lower(chosen);
    // A district's or town's name in the genitive keeps its capital:
    // "Hägersten-Liljeholmens stadsdelsnämnd"; the boards' own nouns do not.
    static const RE2 proper_genitive("^(\\p{Lu}[\\p{L}-]*s) ");
    std::string owner;
    if (RE2::PartialMatch(chosen, proper_genitive, &owner) &&
        !RE2::PartialMatch(lower(owner), board_word))
      board = owner + board.substr(owner.size());
    // Several boards named together elsewhere ("kommunstyrelsen och tekniska
    // nämnden") include the one named alone: they are the addressee.
    for (const auto& [priority, text] : boards) {
      const std::string t = lower(text);
      if (priority >= 15 && t.size() > board.size() && t.find(" och ") != std::string::npos &&
          t.find(board) != std::string::npos)
        board = t;
    }
    // The executive board and every committee ("styrelse och nämnder",
    // "nämnder och kommunstyrelsen") by one name: "kommunstyrelsen och nämnderna".
    static const RE2 all_committees(
        "(?i)^(?:(kommun|region|landstings)?styrelsen?|[\\p{L} ]*nämnder(?:na)?) (?:och|samt) "
        "(?:(kommun|region|landstings)?styrelsen?|[\\p{L} ]*nämnder(?:na)?)$");
    std::string prefix_a, prefix_b;
    if (RE2::FullMatch(board, all_committees, &prefix_a, &prefix_b) &&
        board.find("nämnder") != std::string::npos && board.find("styrelse") != std::string::npos) {
      std::string prefix = !prefix_a.empty() ? prefix_a : prefix_b;
      if (prefix.empty())
        prefix =
            r.organisation && r.organisation->kind == "region"
                ? (lower(r.organisation->name).find("landsting") != std::string::npos ? "landstings"
                                                                                      : "region")
                : "kommun";
      board = prefix + "styrelsen och nämnderna";
    }
    // "servicenämndens" -> "servicenämnden", two cover lines -> "A och B".
    for (size_t p; (p = board.find('\n')) != std::string::npos;) board.replace(p, 1, " och ");
    std::string out;
    for (const std::string& w : split_words(board)) {
      std::string x = w;
      for (const char* end : {"styrelsens", "nämndens", "nämndernas", "direktionens"}) {
        const std::string e = end;
        if (x.size() >= e.size() && x.compare(x.size() - e.size(), e.size(), e) == 0) x.pop_back();
      }
      out += (out.empty() ? "" : " ") + x;
    }
    r.addressee = out;
  }

  // The earlier audit: a sentence naming it with its year; else, in a
  // follow-up, its name from the title ("Uppföljning av granskning av X") and
  // the year from a sentence that gives only that.
  std::vector<const Finding*> earlier, years_only;
  if (audit)
    for (const Finding* f : of_tag(findings, "follows_up"))
      (f->value == "year-only" ? years_only : earlier).push_back(f);
  const bool follow_up = r.report_type == "uppföljande granskning";
  if (const Finding* f = best(earlier)) {
    EarlierAudit e;
    if (const rules::Field* y = f->field("year")) e.year = std::atoi(y->text.c_str());
    e.title = filled_value(*f);  // the text, or a template: "granskning av {topic}"
    e.where = where(*f);
    r.follows_up = e;
  } else if (const Finding* y = best(years_only); follow_up && y && r.title) {
    static const RE2 named(
        "(?i)^(?:uppföljning av|uppföljande granskning av) (?:tidigare genomförd |den )?"
        "(granskning(?:en)? (?:av|avseende|gällande) .+)$");
    std::string title;
    if (RE2::FullMatch(*r.title, named, &title)) {
      EarlierAudit e;
      e.year = std::atoi(y->text.c_str());
      e.title = title;
      e.where = where(*y);
      r.follows_up = e;
    }
  }
}

}  // namespace gransk::corpus::detail

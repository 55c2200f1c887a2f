// gransk-wording-probe PROBES.tsv [-v]: is a statement found by its words?
// Each probe is one sentence a revisor would mark (a question, a verdict on a
// question, a recommendation, a response request, a follow-up status) or one
// that must stay unmarked. It is set in a short audit, in a paragraph and as a
// list item, under a heading that names no kind, and the report Gransk reads
// is checked: the right kind, with the right verdict, status or due date.
// No PDF is involved: layout is measured elsewhere, wording here.
//
// Columns: id, kind (fraga|bedomning|rekommendation|svarsbegaran|uppfoljning|
// inget), value (ja/delvis/nej, or an ISO due date, or empty), context (the
// question a verdict answers; for other kinds a lead-in paragraph before the
// probe, or empty), text, source (URL or "").
// The split is fixed by the id's hash: a third is "test", kept for figures.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../tests/hand_built_report.h"

namespace {

using gransk::corpus::Report;
using gransk::extractor::BlockKind;
using gransk::test::block;

struct Probe {
  std::string id, kind, value, context, text, source;
  bool test = false;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream s(line);
  std::string cell;
  while (std::getline(s, cell, '\t')) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

// FNV-1a: a split that does not move when the file is reordered.
bool in_test_split(const std::string& id) {
  uint32_t h = 2166136261u;
  for (unsigned char c : id) h = (h ^ c) * 16777619u;
  return h % 3 == 0;
}

std::string trim_end(std::string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  return s;
}

// A found text stands for the probe when it is most of the sentence, or a
// large part of it that the sentence contains (the clause after "att").
bool stands_for(const std::string& found, const std::string& sentence) {
  if (gransk::corpus::text_similarity(found, sentence) >= 0.75) return true;
  const std::string f = trim_end(found);
  return std::count(f.begin(), f.end(), ' ') >= 3 && sentence.find(f) != std::string::npos;
}

Report read(const Probe& p, bool as_list_item) {
  const bool followup = p.kind == "uppfoljning";
  // A short audit as firms open one: the report's kind, who did it for whom,
  // what it was for. The probe comes after, under a heading naming no kind.
  std::vector<gransk::extractor::Block> blocks = {
      block(BlockKind::Heading,
            followup ? "Revisionsrapport: Uppföljning av granskningen av intern kontroll"
                     : "Revisionsrapport: Granskning av intern kontroll",
            1, 1),
      block(BlockKind::Paragraph,
            followup
                ? "KPMG har på uppdrag av de förtroendevalda revisorerna i Sala kommun följt "
                  "upp den granskning av socialnämndens interna kontroll som genomfördes 2019. "
                  "Syftet med uppföljningen är att bedöma om nämnden har vidtagit åtgärder "
                  "med anledning av granskningens rekommendationer."
                : "KPMG har på uppdrag av de förtroendevalda revisorerna i Sala kommun "
                  "granskat socialnämndens interna kontroll. Syftet med granskningen är att "
                  "bedöma om nämnden har en tillräcklig intern kontroll."),
  };
  // The question a verdict answers stands where reports put it; the verdict
  // itself under a heading that names no kind. For other kinds the context is
  // the lead-in the probe follows ("Vi vill lämna följande förslag:").
  const bool verdict = p.kind == "bedomning";
  if (verdict && !p.context.empty()) {
    blocks.push_back(block(BlockKind::Heading, "Syfte och revisionsfrågor", 1, 2));
    blocks.push_back(block(BlockKind::Paragraph, p.context));
  }
  blocks.push_back(block(BlockKind::Heading, "Sammanfattning", 1, 2));
  if (!verdict && !p.context.empty()) blocks.push_back(block(BlockKind::Paragraph, p.context));
  blocks.push_back(block(as_list_item ? BlockKind::ListItem : BlockKind::Paragraph, p.text));
  return gransk::test::report_of(std::move(blocks));
}

// "" when the report holds the probe as it should, else what went wrong.
std::string judge(const Probe& p, const Report& r) {
  if (p.kind == "fraga") {
    for (const auto& q : r.questions)
      if (stands_for(q.text, p.text)) return "";
    return "ingen fråga";
  }
  if (p.kind == "bedomning") {
    for (const auto& q : r.questions)
      if (stands_for(q.text, p.context)) {
        const std::string got = q.assessment.value_or("");
        return got == p.value ? "" : "bedömning \"" + got + "\"";
      }
    return "frågan hittades inte";
  }
  if (p.kind == "rekommendation") {
    for (const auto& x : r.recommendations)
      if (stands_for(x.text, p.text)) return "";
    return r.recommendations.empty() ? "ingen rekommendation"
                                     : "annan text: " + r.recommendations.front().text;
  }
  if (p.kind == "svarsbegaran") {
    for (const auto& q : r.response_requests) {
      const std::string due = q.due.value_or("");
      return due == p.value ? "" : "datum \"" + due + "\"";
    }
    return "ingen svarsbegäran";
  }
  if (p.kind == "uppfoljning") {
    for (const auto& f : r.followups)
      if (stands_for(f.earlier_recommendation, p.text) ||
          p.text.find(trim_end(f.earlier_recommendation)) != std::string::npos)
        return f.status == p.value ? "" : "status \"" + f.status + "\"";
    return r.followups.empty() ? "ingen uppföljning"
                               : "annan text: " + r.followups.front().earlier_recommendation;
  }
  if (p.kind == "inget") {
    if (!r.recommendations.empty()) return "rekommendation: " + r.recommendations.front().text;
    if (!r.response_requests.empty()) return "svarsbegäran: " + r.response_requests.front().text;
    if (!r.questions.empty()) return "fråga: " + r.questions.front().text;
    if (!r.followups.empty()) return "uppföljning: " + r.followups.front().earlier_recommendation;
    return "";
  }
  return "okänd sort " + p.kind;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "användning: gransk-wording-probe PROBER.tsv [-v] [--min ANDEL]\n";
    return 2;
  }
  bool verbose = false;
  double min = 0;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "-v") verbose = true;
    if (a == "--min" && i + 1 < argc) min = std::stod(argv[++i]);
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "kan inte läsa " << argv[1] << "\n";
    return 2;
  }
  std::vector<Probe> probes;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> c = split_tabs(line);
    if (c.size() < 5) {
      std::cerr << "felaktig rad (färre än 5 kolumner): " << line << "\n";
      return 2;
    }
    Probe p{c[0], c[1], c[2], c[3], c[4], c.size() > 5 ? c[5] : "", in_test_split(c[0])};
    probes.push_back(p);
  }
  // [split][kind] -> right, total; structures counted together.
  std::map<std::string, std::map<std::string, std::pair<int, int>>> score;
  for (const Probe& p : probes)
    for (bool item : {false, true}) {
      const Report report = read(p, item);
      const std::string why = judge(p, report);
      auto& s = score[p.test ? "test" : "dev"];
      for (const std::string& k : {p.kind, std::string("alla")}) {
        s[k].second++;
        if (why.empty()) s[k].first++;
      }
      if (verbose && !why.empty() && !p.test)
        std::cout << "  " << p.id << (item ? " (listpunkt)" : " (stycke)") << ": " << why << " ["
                  << report.report_type << "]\n";
    }
  double overall_dev = 1;
  for (const auto& [split, kinds] : score) {
    std::cout << split << ":\n";
    for (const auto& [kind, rt] : kinds) {
      const double share = rt.second ? static_cast<double>(rt.first) / rt.second : 1;
      std::printf("  %-15s %.3f (%d av %d)\n", kind.c_str(), share, rt.first, rt.second);
      if (split == "dev" && kind == "alla") overall_dev = share;
    }
  }
  return overall_dev < min ? 1 : 0;
}

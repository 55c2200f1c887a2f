// gransk-samplegen: writes realistic Swedish audit-report PDFs and, beside
// each, NAME.gold.json with the answers (the corpus's gold schema).
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <filesystem>
#include <iostream>
#include <random>
#include <set>

#include "report_spec.h"
#include "styles.h"
#include "variants.h"

namespace gransk::samplegen {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QJsonValue opt(const std::string& s) { return s.empty() ? QJsonValue() : QJsonValue(q(s)); }

QJsonObject gold(const ReportSpec& r, const std::string& file) {
  QJsonArray questions, recs, signatories, notes, followups, requests;
  for (const Question& qu : r.questions)
    questions.append(QJsonObject{{"text", q(qu.text)}, {"assessment", opt(qu.verdict)}});
  for (const std::string& s : r.recommendations) recs.append(QJsonObject{{"text", q(s)}});
  const std::string role = r.style == Style::AuditOfficeMemo    ? "Sakkunnig revisor"
                           : r.style == Style::QuestionHeadings ? "Uppdragsledare"
                                                                : "Certifierad kommunal revisor";
  for (const std::string& s : r.signatories)
    signatories.append(QJsonObject{{"name", q(s)}, {"role", q(role)}});
  for (const Footnote& n : r.footnotes)
    notes.append(QJsonObject{{"number", n.number}, {"word", q(n.word)}, {"text", q(n.text)}});
  for (const EarlierRecommendation& e : r.followups) {
    QJsonObject f{{"earlier_recommendation", q(e.text)}, {"status", q(e.status)}};
    if (e.original_ordinal) f["original_ordinal"] = e.original_ordinal;
    followups.append(f);
  }
  for (const ResponseRequest& rr : r.response_requests)
    requests.append(QJsonObject{{"text", q(rr.text)}, {"due", q(rr.due_iso)}});
  QJsonObject g{
      {"organisation", QJsonObject{{"name", q(r.organisation)},
                                   {"kind", q(r.organisation_kind)},
                                   {"code", opt(r.kommunkod)}}},
      {"auditor", q(r.firm)},
      {"report_type", q(r.report_type)},
      {"year", r.year},
      {"date", q(r.date)},
      {"title", q(r.title)},
      {"addressee", q(r.addressee)},
      {"topic", q(r.topic)},
      {"overall_assessment", q(r.overall_assessment)},
      {"questions", questions},
      {"recommendations", recs},
      {"optional_recommendations", QJsonArray{}},
      {"followups", followups},
      {"response_requests", requests},
      {"signatories", signatories},
      {"file", q(file)},
      {"style", q(style_name(r.style))},
      // Generator-only facts about the layout, for the extractor's tests.
      {"layout",
       QJsonObject{{"footnotes", notes},
                   {"running", QJsonArray{q(r.organisation), q(r.title)}},
                   {"has_verdict_table",
                    r.style == Style::VerdictTable || r.style == Style::FulfilmentTable ||
                        r.style == Style::CoverLetter || r.style == Style::RegionReport}}},
  };
  if (r.style == Style::BoardAnswer) g["answers"] = q(r.earlier_file);
  if (r.earlier_year && r.style != Style::BoardAnswer) {
    QJsonObject f{{"year", r.earlier_year}, {"title", q(r.earlier_title)}};
    // Pairs: which generated report this follows up (null: left out on purpose).
    if (r.followups.size() && r.followups[0].original_ordinal)
      f["file"] = r.earlier_file.empty() ? QJsonValue() : QJsonValue(q(r.earlier_file));
    g["follows_up"] = f;
  }
  return g;
}

bool write(const ReportSpec& r, const std::filesystem::path& out) {
  const std::string pdf = r.stem + ".pdf";
  write_report(r, (out / pdf).string());
  QFile f(QString::fromStdString((out / (r.stem + ".gold.json")).string()));
  if (!f.open(QIODevice::WriteOnly)) {
    std::cerr << "gransk-samplegen: kan inte skriva " << f.fileName().toStdString() << "\n";
    return false;
  }
  f.write(QJsonDocument(gold(r, pdf)).toJson(QJsonDocument::Indented));
  return true;
}

// Pairs for checking follow-up linking: an original report and its follow-up
// two years later by another firm. Every third organisation also has an older
// report on the same topic (a link must pick the year the follow-up names);
// every fifth original is left out (its recommendations must not be linked
// to anything). Organisations share topics, so identical recommendation texts
// exist across organisations.
bool write_pairs(std::mt19937& rng, int count, const std::filesystem::path& out) {
  static const Style originals[] = {
      Style::VerdictTable, Style::FulfilmentTable, Style::QuestionHeadings, Style::AnswerSections,
      Style::CoverLetter,  Style::RegionReport,    Style::CommentTable,     Style::SubQuestions};
  std::set<std::string> organisations;
  for (int i = 1, made = 0; made < count && i < count * 20; ++i) {
    const Style style = originals[static_cast<size_t>(i) % 8];
    ReportSpec orig = make_report(rng, i, style);
    // One pair per organisation and topic: an organisation may have pairs on
    // several topics, whose recommendations must not link across.
    if (!organisations.insert(orig.organisation + "/" + orig.topic).second) continue;
    ++made;
    set_date(orig, rng, std::uniform_int_distribution<int>(2017, 2022)(rng));
    orig.stem = "par-" + std::to_string(made) + "-original-" + std::to_string(orig.year);
    const Style fstyle = made % 2 ? Style::FollowUpTable : Style::FollowUpSections;
    ReportSpec follow = make_followup(
        rng, "par-" + std::to_string(made) + "-uppfoljning-" + std::to_string(orig.year + 2), orig,
        fstyle, 2, made % 4);
    const bool leave_out = made % 5 == 0;
    if (!leave_out) {
      follow.earlier_file = orig.stem + ".pdf";
      if (!write(orig, out)) return false;
    }
    if (!write(follow, out)) return false;
    // Half the missivs get the board's answer as a document of its own.
    if (!leave_out && style == Style::CoverLetter && made % 2 == 0 &&
        !write(make_board_answer(rng, "par-" + std::to_string(made) + "-svar", orig), out))
      return false;
    if (made % 3 == 0) {
      ReportSpec older = make_sibling(
          rng, "par-" + std::to_string(made) + "-aldre-" + std::to_string(orig.year - 3), orig,
          originals[static_cast<size_t>(i + 3) % 8], orig.year - 3);
      if (!write(older, out)) return false;
    }
  }
  return true;
}

}  // namespace
}  // namespace gransk::samplegen

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  std::filesystem::path out = "samples";
  int count = 5, pairs = 0;
  bool xss = false;  // also a report whose title and a recommendation carry HTML
  unsigned seed = 2024;
  std::vector<std::filesystem::path> variants_of;  // --variants GOLDKATALOG (repeatable)
  int sample = 1;
  bool html = false;  // --html: variants as pages for a word processor (html_writer.h)
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc)
      out = argv[++i];
    else if (a == "--count" && i + 1 < argc)
      count = std::stoi(argv[++i]);
    else if (a == "--pairs" && i + 1 < argc)
      pairs = std::stoi(argv[++i]);
    else if (a == "--variants" && i + 1 < argc)
      variants_of.push_back(argv[++i]);
    else if (a == "--sample" && i + 1 < argc)
      sample = std::max(1, std::stoi(argv[++i]));
    else if (a == "--xss")
      xss = true;
    else if (a == "--html")
      html = true;
    else if (a == "--seed" && i + 1 < argc)
      seed = static_cast<unsigned>(std::stoul(argv[++i]));
    else {
      std::cerr << "användning: gransk-samplegen [--out KATALOG] [--count N | --pairs N] [--seed "
                   "S] [--xss]\n"
                   "       gransk-samplegen --out KATALOG --variants GOLDKATALOG... [--sample N] "
                   "[--html]\n";
      return 2;
    }
  }
  if (!variants_of.empty()) {
    // Earlier variants are replaced, not mixed with new ones; nothing else is touched.
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(out, ec))
      if (e.path().filename().string().rfind("variant-", 0) == 0) std::filesystem::remove(e.path());
    const int n = gransk::samplegen::write_variants(variants_of, out, sample, html);
    if (n < 0) return 1;
    std::cerr << "gransk-samplegen: " << n << " strukturvarianter i " << out.string() << "\n";
    return 0;
  }
  std::filesystem::create_directories(out);
  // Earlier samples in the directory are replaced, not mixed with new ones.
  for (const auto& e : std::filesystem::directory_iterator(out)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("prov-", 0) == 0 || name.rfind("par-", 0) == 0)
      std::filesystem::remove(e.path());
  }
  std::mt19937 rng(seed);
  if (pairs > 0) {
    if (!gransk::samplegen::write_pairs(rng, pairs, out)) return 1;
    std::cerr << "gransk-samplegen: " << pairs << " par i " << out.string() << "\n";
    return 0;
  }
  for (int i = 1; i <= count; ++i) {
    using gransk::samplegen::Style;
    static const Style styles[] = {
        Style::VerdictTable,   Style::FulfilmentTable, Style::QuestionHeadings,
        Style::AnswerSections, Style::CoverLetter,     Style::AuditOfficeMemo,
        Style::FollowUpTable,  Style::RegionReport,    Style::FollowUpSections,
        Style::CommentTable,   Style::SubQuestions};
    const Style style = styles[(i - 1) % (sizeof styles / sizeof styles[0])];
    const gransk::samplegen::ReportSpec r = gransk::samplegen::make_report(rng, i, style);
    if (!gransk::samplegen::write(r, out)) return 1;
  }
  if (xss) {
    // For the web page's tests: text from a PDF must render as text.
    gransk::samplegen::ReportSpec r =
        gransk::samplegen::make_report(rng, 0, gransk::samplegen::Style::VerdictTable);
    r.stem = "prov-xss";
    r.title =
        "Granskning av <script>window.pwned=1</script> \"><img src=x onerror=\"window.pwned=2\">";
    r.recommendations.front() =
        "Säkerställa att <script>window.pwned=3</script> och \"><img src=x "
        "onerror=\"window.pwned=4\"> visas som text.";
    if (!gransk::samplegen::write(r, out)) return 1;
  }
  std::cerr << "gransk-samplegen: " << count << " rapporter i " << out.string() << "\n";
  return 0;
}

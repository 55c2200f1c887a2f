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

#include "report_spec.h"
#include "styles.h"

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
  for (const EarlierRecommendation& e : r.followups)
    followups.append(QJsonObject{{"earlier_recommendation", q(e.text)}, {"status", q(e.status)}});
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
  if (r.earlier_year)
    g["follows_up"] = QJsonObject{{"year", r.earlier_year}, {"title", q(r.earlier_title)}};
  return g;
}

}  // namespace
}  // namespace gransk::samplegen

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  std::filesystem::path out = "samples";
  int count = 5;
  unsigned seed = 2024;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--out" && i + 1 < argc)
      out = argv[++i];
    else if (a == "--count" && i + 1 < argc)
      count = std::stoi(argv[++i]);
    else if (a == "--seed" && i + 1 < argc)
      seed = static_cast<unsigned>(std::stoul(argv[++i]));
    else {
      std::cerr << "användning: gransk-samplegen [--out KATALOG] [--count N] [--seed S]\n";
      return 2;
    }
  }
  std::filesystem::create_directories(out);
  // Earlier samples in the directory are replaced, not mixed with new ones.
  for (const auto& e : std::filesystem::directory_iterator(out)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("prov-", 0) == 0) std::filesystem::remove(e.path());
  }
  std::mt19937 rng(seed);
  for (int i = 1; i <= count; ++i) {
    using gransk::samplegen::Style;
    static const Style styles[] = {
        Style::VerdictTable,   Style::FulfilmentTable, Style::QuestionHeadings,
        Style::AnswerSections, Style::CoverLetter,     Style::AuditOfficeMemo,
        Style::FollowUpTable,  Style::RegionReport,    Style::FollowUpSections,
        Style::CommentTable,   Style::SubQuestions};
    const Style style = styles[(i - 1) % (sizeof styles / sizeof styles[0])];
    const gransk::samplegen::ReportSpec r = gransk::samplegen::make_report(rng, i, style);
    const std::string pdf = r.stem + ".pdf";
    gransk::samplegen::write_report(r, (out / pdf).string());
    QFile f(QString::fromStdString((out / (r.stem + ".gold.json")).string()));
    if (!f.open(QIODevice::WriteOnly)) {
      std::cerr << "gransk-samplegen: kan inte skriva " << f.fileName().toStdString() << "\n";
      return 1;
    }
    f.write(QJsonDocument(gransk::samplegen::gold(r, pdf)).toJson(QJsonDocument::Indented));
  }
  std::cerr << "gransk-samplegen: " << count << " rapporter i " << out.string() << "\n";
  return 0;
}

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

#include "pdf_writer.h"
#include "report_spec.h"

namespace gransk::samplegen {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

std::string with_marker(std::string text, const Footnote& note) {
  const size_t p = text.find(note.word);
  if (p != std::string::npos)
    text.insert(p + note.word.size(), "{" + std::to_string(note.number) + "}");
  return text;
}

void write_pdf(const ReportSpec& r, const std::string& path) {
  PageFurniture f;
  f.header_left = r.organisation;
  f.header_left2 = r.title;
  f.header_right = std::to_string(r.year);
  f.footer_left =
      "© " + std::to_string(r.year) + " " + r.firm + " AB. Alla rättigheter förbehållna.";
  f.footer_left2 = "Dokumentklassificering: Publik";
  PdfWriter w(path, f);
  for (const Footnote& n : r.footnotes) w.footnote_text(n.number, n.text);

  w.cover(r.firm, r.title, r.organisation, "Revisionsrapport " + std::to_string(r.year), r.date);
  w.heading(1, "1", "Sammanfattning");
  w.paragraph(r.firm + " har på uppdrag av " + r.organisation_genitive +
              " förtroendevalda revisorer granskat kommunens arbete med " + r.topic + ". " +
              r.purpose);
  w.paragraph(r.overall_assessment);
  w.paragraph("I tabellen nedan redovisas våra bedömningar för respektive revisionsfråga.");
  std::vector<std::vector<std::string>> rows;
  for (const Question& qu : r.questions) rows.push_back({qu.text, verdict_label(r, qu.verdict)});
  w.table({"Revisionsfråga", "Bedömning"}, rows, {355, 100});
  w.paragraph("Utifrån granskningens iakttagelser rekommenderar vi kommunstyrelsen att:");
  w.list(r.bullet, r.recommendations);

  w.heading(1, "2", "Inledning");
  w.heading(2, "2.1", "Bakgrund");
  w.paragraph(with_marker(r.background[0], r.footnotes[0]));
  w.paragraph(r.background[1]);
  w.heading(2, "2.2", "Syfte och revisionsfrågor");
  w.paragraph(r.purpose);
  w.paragraph("Granskningen ska besvara följande revisionsfrågor:");
  std::vector<std::string> qs;
  for (const Question& qu : r.questions) qs.push_back(qu.text);
  w.list(r.bullet, qs);
  w.heading(2, "2.3", "Avgränsning");
  w.paragraph("Granskningen avser kommunstyrelsen och omfattar år " + std::to_string(r.year) + ".");
  w.heading(2, "2.4", "Revisionskriterier");
  w.paragraph("Revisionskriterierna utgörs av:");
  w.list(r.bullet, r.criteria);
  w.heading(2, "2.5", "Metod");
  w.paragraph(
      "Granskningen har genomförts genom dokumentstudier och intervjuer med berörda "
      "tjänstepersoner, bl.a. kommundirektören och t.ex. ekonomichefen. Samtliga "
      "intervjuade har fått möjlighet att faktakontrollera rapporten.");

  w.heading(1, "3", "Iakttagelser och bedömningar");
  for (size_t i = 0; i < r.questions.size(); ++i) {
    const Question& qu = r.questions[i];
    const std::string n = "3." + std::to_string(i + 1);
    w.heading(2, n, qu.theme);
    for (const std::string& f2 : qu.findings) w.paragraph(f2);
    w.heading(3, n + ".1", "Bedömning");
    w.paragraph(qu.assessment +
                " Bedömningen grundar sig på de iakttagelser som redovisas ovan "
                "och på de dokument vi har tagit del av.");
  }
  w.heading(1, "4", "Samlad bedömning och rekommendationer");
  w.paragraph(r.overall_assessment);
  w.paragraph("Vi rekommenderar kommunstyrelsen att:");
  w.list(r.bullet, r.recommendations);
  w.paragraph("Datum som ovan");
  w.paragraph(r.firm + " AB");
  for (const std::string& s : r.signatories) w.paragraph(s + ", certifierad kommunal revisor");
  w.finish();
}

QJsonObject gold(const ReportSpec& r, const std::string& file) {
  QJsonArray questions, recs, signatories, notes;
  for (const Question& qu : r.questions)
    questions.append(QJsonObject{{"text", q(qu.text)}, {"assessment", q(qu.verdict)}});
  for (const std::string& s : r.recommendations) recs.append(QJsonObject{{"text", q(s)}});
  for (const std::string& s : r.signatories)
    signatories.append(QJsonObject{{"name", q(s)}, {"role", "Certifierad kommunal revisor"}});
  for (const Footnote& n : r.footnotes)
    notes.append(QJsonObject{{"number", n.number}, {"word", q(n.word)}, {"text", q(n.text)}});
  return QJsonObject{
      {"organisation",
       QJsonObject{{"name", q(r.organisation)}, {"kind", "kommun"}, {"code", q(r.kommunkod)}}},
      {"auditor", q(r.firm)},
      {"report_type", "granskning"},
      {"year", r.year},
      {"date", q(r.date)},
      {"title", q(r.title)},
      {"addressee", "kommunstyrelsen"},
      {"topic", q(r.topic)},
      {"overall_assessment", q(r.overall_assessment)},
      {"questions", questions},
      {"recommendations", recs},
      {"optional_recommendations", QJsonArray{}},
      {"followups", QJsonArray{}},
      {"response_requests", QJsonArray{}},
      {"signatories", signatories},
      {"file", q(file)},
      // Generator-only facts about the layout, for the extractor's tests.
      {"layout", QJsonObject{{"footnotes", notes},
                             {"running", QJsonArray{q(r.organisation), q(r.title)}},
                             {"stamp", "Dokumentklassificering: Publik"}}},
  };
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
  std::mt19937 rng(seed);
  for (int i = 1; i <= count; ++i) {
    const gransk::samplegen::ReportSpec r = gransk::samplegen::make_report(rng, i);
    const std::string pdf = r.stem + ".pdf";
    gransk::samplegen::write_pdf(r, (out / pdf).string());
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

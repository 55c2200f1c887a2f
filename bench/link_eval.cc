// gransk-link-eval DIR: ingests generated original/follow-up pairs (made by
// gransk-samplegen --pairs) into a fresh archive and scores how the register
// links each follow-up's earlier recommendations: precision and recall of the
// links against the generator's answers, and links across organisations.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>

#include "gransk/corpus/register.h"
#include "gransk/corpus/report.h"
#include "gransk/index/ingest.h"
#include "gransk/index/register.h"

namespace {

QJsonObject read_json(const std::filesystem::path& p) {
  QFile f(QString::fromStdString(p.string()));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  if (argc < 2) {
    std::cerr << "användning: gransk-link-eval KATALOG [--min-precision P] [--min-recall R] [-v]\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  double min_precision = 0, min_recall = 0;
  bool verbose = false;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--min-precision" && i + 1 < argc)
      min_precision = std::stod(argv[++i]);
    else if (a == "--min-recall" && i + 1 < argc)
      min_recall = std::stod(argv[++i]);
    else if (a == "-v")
      verbose = true;
  }
  QTemporaryDir tmp;
  std::string error;
  auto archive = gransk::index::Archive::open(tmp.filePath("arkiv.sqlite").toStdString(), error);
  if (!archive) {
    std::cerr << error << "\n";
    return 1;
  }
  const gransk::rules::RuleSet rules =
      gransk::rules::load_rules({gransk::rules::default_rules_dir()});
  const auto pdfs = gransk::index::collect_pdfs({dir.string()});
  gransk::index::IngestOptions options;
  const auto summary = gransk::index::ingest(*archive, pdfs, rules, options, {});
  std::map<std::string, int64_t> id_of;  // file name -> report id
  std::map<int64_t, std::string> org_of;
  for (const auto& r : archive->reports()) {
    id_of[std::filesystem::path(r.path).filename().string()] = r.id;
    org_of[r.id] = r.organisation;
  }

  double lowest_right = 1, highest_wrong = 0;
  int answer_documents = 0, answers_matched = 0;
  int gold_links = 0, made = 0, correct = 0, cross_org = 0, followups = 0, pairs_left_out = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() < 10 || name.substr(name.size() - 10) != ".gold.json") continue;
    const QJsonObject gold = read_json(e.path());
    if (gold.contains("answers")) {  // a board's answer: are its report's requests answered?
      ++answer_documents;
      const std::string pdf = name.substr(0, name.size() - 10) + ".pdf";
      gransk::index::RegisterFilter filter;
      filter.report_id = id_of[gold["answers"].toString().toStdString()];
      gransk::index::Register reg;
      if (!gransk::index::read_register(*archive, filter, "2100-01-01", reg, error)) {
        std::cerr << error << "\n";
        return 1;
      }
      bool all = !reg.requests.empty();
      for (const auto& q : reg.requests) all = all && q.answer && q.answer->report_id == id_of[pdf];
      answers_matched += all;
      if (verbose && !all) std::cout << pdf << ": besvarar inte sin rapports begäranden\n";
      continue;
    }
    const QJsonObject follows = gold["follows_up"].toObject();
    if (!follows.contains("file")) continue;  // not a pair's follow-up
    ++followups;
    const std::string pdf = name.substr(0, name.size() - 10) + ".pdf";
    const auto fid = id_of.find(pdf);
    if (fid == id_of.end()) {
      std::cerr << pdf << ": lagrades inte\n";
      return 1;
    }
    const bool has_original = !follows["file"].isNull();
    pairs_left_out += !has_original;
    const int64_t original = has_original ? id_of[follows["file"].toString().toStdString()] : 0;
    std::vector<gransk::index::LinkRow> rows;
    if (!gransk::index::read_links(*archive, fid->second, rows, error)) {
      std::cerr << error << "\n";
      return 1;
    }
    for (const QJsonValue& v : gold["followups"].toArray()) {
      const QJsonObject f = v.toObject();
      const std::string text = f["earlier_recommendation"].toString().toStdString();
      // The row for this gold item: the one whose quote is most alike.
      const gransk::index::LinkRow* row = nullptr;
      double best = 0;
      for (const auto& r : rows)
        if (const double s = gransk::corpus::text_similarity(r.quote, text); s > best) {
          best = s;
          row = &r;
        }
      const std::string expected = has_original ? std::to_string(original) + "." +
                                                      std::to_string(f["original_ordinal"].toInt())
                                                : std::string();
      gold_links += has_original;
      if (!row) {
        if (verbose) std::cout << pdf << ": saknar posten ”" << text << "”\n";
        continue;
      }
      const bool linked = row->target != row->item;
      made += linked;
      const bool ok = linked && row->target == expected;
      correct += ok;
      if (ok) lowest_right = std::min(lowest_right, row->confidence);
      if (linked && !ok) highest_wrong = std::max(highest_wrong, row->confidence);
      if (linked) {
        const int64_t target_report = std::stoll(row->target.substr(0, row->target.find('.')));
        cross_org += org_of[target_report] != org_of[fid->second];
      }
      if (verbose && (ok != has_original || (linked && !ok)))
        std::cout << pdf << " " << row->item << ": länkad till "
                  << (linked ? row->target : "(ingen)") << ", väntat "
                  << (expected.empty() ? "(ingen)" : expected) << " (säkerhet " << row->confidence
                  << ")\n";
    }
  }
  const double precision = made ? static_cast<double>(correct) / made : 1.0;
  const double recall = gold_links ? static_cast<double>(correct) / gold_links : 1.0;
  std::printf(
      "%d uppföljningar (%d utan originalet i arkivet), %d rapporter lagrade, %d misslyckade\n"
      "länkar: %d väntade, %d gjorda, %d rätt; precision %.3f, recall %.3f; länkar mellan olika "
      "organisationer: %d\n",
      followups, pairs_left_out, summary.stored, summary.failed, gold_links, made, correct,
      precision, recall, cross_org);
  std::printf("svarsdokument: %d av %d besvarar rätt rapports begäranden\n", answers_matched,
              answer_documents);
  std::printf("säkerhet: lägsta för en rätt länk %.2f, högsta för en fel länk %.2f (gräns %.2f)\n",
              lowest_right, highest_wrong, gransk::corpus::kLinkThreshold);
  return precision >= min_precision && recall >= min_recall && cross_org == 0 &&
                 answers_matched == answer_documents
             ? 0
             : 1;
}

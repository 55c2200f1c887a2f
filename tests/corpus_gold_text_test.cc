// Every gold question, recommendation, earlier recommendation and response
// request is one contiguous run of the extracted body text.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "corpus_fixture.h"

namespace gransk::test {
namespace {

std::vector<std::string> gold_texts(const QJsonObject& gold) {
  std::vector<std::string> out;
  auto collect = [&](const char* list, const char* field) {
    for (const auto& v : gold[list].toArray())
      out.push_back(v.toObject()[field].toString().toStdString());
  };
  collect("questions", "text");
  collect("recommendations", "text");
  collect("followups", "earlier_recommendation");
  collect("response_requests", "text");
  return out;
}

TEST(CorpusGoldText, EveryGoldTextIsContiguousInTheBody) {
  const auto pdfs = corpus_pdfs_with_gold();
  if (pdfs.empty()) GTEST_SKIP() << "../shared/corpus saknas";
  int checked = 0;
  for (const auto& pdf : pdfs) {
    if (pdf.string().find(".scanned.") != std::string::npos) continue;  // no text layer
    auto gold_path = pdf;
    gold_path.replace_extension(".gold.json");
    const Extracted& e = extract_cached(pdf);
    const std::string body = comparable(e.clean.text);
    for (const std::string& t : gold_texts(read_json(gold_path))) {
      ++checked;
      EXPECT_NE(body.find(comparable(t)), std::string::npos)
          << pdf.filename() << ": not contiguous in body: " << t;
    }
  }
  EXPECT_GT(checked, 20);
}

}  // namespace
}  // namespace gransk::test

// The extractor on reports made by gransk-samplegen (no ../shared needed):
// every question and recommendation whole, the table as rows, footnotes cut
// from the body and kept, no page furniture.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "corpus_fixture.h"

namespace gransk::test {
namespace {

std::vector<std::filesystem::path> generated_reports() {
  std::vector<std::filesystem::path> out;
  const char* dir = std::getenv("GRANSK_SAMPLES");
  if (!dir || !std::filesystem::exists(dir)) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".pdf") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

class GeneratedReports : public ::testing::Test {
 protected:
  void SetUp() override {
    reports_ = generated_reports();
    ASSERT_GE(reports_.size(), 10u) << "GRANSK_SAMPLES must hold the generated reports";
  }
  static QJsonObject gold_of(std::filesystem::path pdf) {
    pdf.replace_extension(".gold.json");
    return read_json(pdf);
  }
  std::vector<std::filesystem::path> reports_;
};

TEST_F(GeneratedReports, QuestionsAndRecommendationsAreWhole) {
  for (const auto& pdf : reports_) {
    const QJsonObject gold = gold_of(pdf);
    const std::string body = comparable(extract_cached(pdf).clean.text);
    for (const char* list : {"questions", "recommendations"})
      for (const auto& v : gold[list].toArray()) {
        const std::string t = v.toObject()["text"].toString().toStdString();
        EXPECT_NE(body.find(comparable(t)), std::string::npos) << pdf.filename() << ": " << t;
      }
  }
}

TEST_F(GeneratedReports, VerdictTableHasOneRowPerQuestion) {
  int tables = 0;
  for (const auto& pdf : reports_) {
    const QJsonObject gold = gold_of(pdf);
    if (!gold["layout"].toObject()["has_verdict_table"].toBool()) continue;
    ++tables;
    const auto& c = extract_cached(pdf).clean;
    const nlp::CleanBlock* table = nullptr;
    for (const auto& b : c.blocks)
      if (b.kind == extractor::BlockKind::Table && !table) table = &b;
    ASSERT_NE(table, nullptr) << pdf.filename();
    const auto questions = gold["questions"].toArray();
    ASSERT_EQ(table->rows.size(), static_cast<size_t>(questions.size()) + 1) << pdf.filename();
    for (int i = 0; i < questions.size(); ++i) {
      ASSERT_EQ(table->rows[i + 1].size(), 2u) << pdf.filename();
      const auto cell = [&](int col) {
        const nlp::Span s = table->rows[i + 1][col];
        return comparable(c.text.substr(s.begin, s.size()));
      };
      EXPECT_EQ(cell(0), comparable(questions[i].toObject()["text"].toString().toStdString()));
      const std::string verdict = questions[i].toObject()["assessment"].toString().toStdString();
      const std::string label = cell(1);
      const bool consistent = verdict == "ja" ? (label == "ja" || label == "uppfylld")
                              : verdict == "delvis"
                                  ? (label == "delvis" || label == "delvis uppfylld")
                                  : (label == "nej" || label == "ej uppfylld");
      EXPECT_TRUE(consistent) << pdf.filename() << ": " << verdict << " vs " << label;
    }
  }
  EXPECT_GE(tables, 4);
}

TEST_F(GeneratedReports, FootnotesAreCutFromTheWordAndKept) {
  for (const auto& pdf : reports_) {
    const QJsonObject gold = gold_of(pdf);
    const auto& c = extract_cached(pdf).clean;
    for (const auto& v : gold["layout"].toObject()["footnotes"].toArray()) {
      const auto note = v.toObject();
      const std::string word = note["word"].toString().toStdString();
      const int number = note["number"].toInt();
      bool found_ref = false;
      for (const auto& r : c.footnote_refs)
        found_ref |= r.note == number && r.offset >= word.size() &&
                     c.text.compare(r.offset - word.size(), word.size(), word) == 0;
      EXPECT_TRUE(found_ref) << pdf.filename() << ": no marker " << number << " after " << word;
      EXPECT_EQ(c.text.find(word + std::to_string(number)), std::string::npos) << pdf.filename();
      bool found_note = false;
      for (const auto& f : c.footnotes)
        found_note |= f.number == std::to_string(number) &&
                      comparable(f.text) == comparable(note["text"].toString().toStdString());
      EXPECT_TRUE(found_note) << pdf.filename() << ": footnote " << number << " missing";
    }
  }
}

TEST_F(GeneratedReports, NoFurnitureSoftHyphensOrBrokenWords) {
  for (const auto& pdf : reports_) {
    const QJsonObject gold = gold_of(pdf);
    const auto& c = extract_cached(pdf).clean;
    EXPECT_EQ(c.text.find("Alla rättigheter förbehållna"), std::string::npos) << pdf.filename();
    EXPECT_EQ(c.text.find("PM " + gold["date"].toString().toStdString()), std::string::npos);
    EXPECT_EQ(c.text.find("Dokumentklassificering"), std::string::npos) << pdf.filename();
    EXPECT_EQ(c.text.find("\xC2\xAD"), std::string::npos) << pdf.filename();
    EXPECT_EQ(c.text.find("\xE2\x80\x90"), std::string::npos) << pdf.filename();
    for (const auto& v : gold["layout"].toObject()["running"].toArray()) {
      const std::string line = v.toString().toStdString();
      size_t blocks = 0;
      for (const auto& b : c.blocks)
        blocks += c.text.compare(b.span.begin, b.span.size(), line) == 0;
      EXPECT_LE(blocks, 1u) << pdf.filename() << ": running line in body: " << line;
    }
    // The typesetter broke long compounds at soft hyphens; they must be whole.
    EXPECT_EQ(c.text.find("informations "), std::string::npos) << pdf.filename();
  }
}

// The summary's overall assessment is printed again in the closing chapter,
// sometimes at the same height of another page: it is body text, not furniture.
TEST_F(GeneratedReports, RepeatedSentencesStayInTheBody) {
  int checked = 0;
  for (const auto& pdf : reports_) {
    const QJsonObject gold = gold_of(pdf);
    const QString style = gold["style"].toString();
    if (style != "verdikttabell" && style != "uppfyllelsetabell") continue;
    const std::string body = comparable(extract_cached(pdf).clean.text);
    const std::string overall = comparable(gold["overall_assessment"].toString().toStdString());
    size_t count = 0;
    for (size_t p = body.find(overall); p != std::string::npos; p = body.find(overall, p + 1))
      ++count;
    EXPECT_EQ(count, 2u) << pdf.filename();
    ++checked;
  }
  EXPECT_GE(checked, 2);
}

TEST_F(GeneratedReports, NumberedHeadingsNest) {
  for (const auto& pdf : reports_) {
    const auto& c = extract_cached(pdf).clean;
    int bedomning = 0;
    for (const auto& s : c.sections) {
      if (s.title != "Bedömning") continue;
      ++bedomning;
      EXPECT_EQ(s.level, 3) << pdf.filename();
      ASSERT_GE(s.parent, 0);
      EXPECT_EQ(c.sections[s.parent].level, 2) << pdf.filename();
      EXPECT_EQ(s.number.substr(0, c.sections[s.parent].number.size()),
                c.sections[s.parent].number);
    }
    const QString style = gold_of(pdf)["style"].toString();
    // Layouts whose verdicts are not under "Bedömning" headings, one per question.
    const bool per_question = style != "revisionskontor" && style != "uppfoljning" &&
                              style != "forbund-uppfoljning" && style != "delfragor";
    if (per_question) {
      EXPECT_EQ(bedomning, gold_of(pdf)["questions"].toArray().size()) << pdf.filename();
    }
  }
}

}  // namespace
}  // namespace gransk::test

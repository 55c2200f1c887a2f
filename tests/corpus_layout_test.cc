// Reading order of rotated slides, and tables as rows of cells.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "corpus_fixture.h"

namespace gransk::test {
namespace {

using extractor::BlockKind;

class CorpusLayout : public ::testing::Test {
 protected:
  void SetUp() override {
    if (corpus_pdfs_with_gold().empty()) GTEST_SKIP() << "../shared/corpus saknas";
  }
  const Extracted& get(const char* name) { return extract_cached(shared_corpus() / name); }
  static std::string text(const nlp::CleanDocument& c, const nlp::Span& s) {
    return c.text.substr(s.begin, s.size());
  }
  static std::vector<const nlp::CleanBlock*> page_blocks(const nlp::CleanDocument& c, int page) {
    std::vector<const nlp::CleanBlock*> out;
    for (const auto& b : c.blocks)
      if (b.page == page) out.push_back(&b);
    return out;
  }
};

TEST_F(CorpusLayout, LesseboSlidesReadTitleThenWholeBullets) {
  const Extracted& e = get("lessebo-2019-forstudie-informationssakerhet.pdf");
  EXPECT_EQ(e.doc.pages[2].rotation, 3);  // text turned 90° on a portrait page
  const auto p3 = page_blocks(e.clean, 3);
  ASSERT_GE(p3.size(), 4u);
  EXPECT_EQ(p3[0]->kind, BlockKind::Heading);
  EXPECT_EQ(text(e.clean, p3[0]->span), "Styrdokument");
  EXPECT_EQ(p3[1]->kind, BlockKind::ListItem);
  EXPECT_EQ(text(e.clean, p3[1]->span),
            "Informationssäkerhetspolicy. Antagen av kommunfullmäktige 2008-04-21");
  EXPECT_EQ(text(e.clean, p3[2]->span),
            "Policyn syftar till att redovisa ledningens viljeriktning och mål för "
            "informationssäkerhetsarbetet.");

  const auto p7 = page_blocks(e.clean, 7);
  ASSERT_GE(p7.size(), 4u);
  EXPECT_EQ(text(e.clean, p7[0]->span), "Organisation");
  EXPECT_EQ(text(e.clean, p7[1]->span),
            "Kommunen har en IT-enhet. Enheten består av en IT-chef och tre IT-tekniker. "
            "Tjänstepersonen som är IT-chef är även kanslichef.");
  EXPECT_EQ(text(e.clean, p7[2]->span),
            "Lessebo kommun har tecknat ett avtal med Växjö kommun som innebär att Lessebo köper "
            "tjänsten \"Datorarbetsplatsen\".");

  // Blocks keep their words with boxes, fonts and weight.
  const extractor::Block* title = nullptr;
  for (const auto& b : e.doc.blocks)
    if (b.page == 3 && b.kind == BlockKind::Heading) title = &b;
  ASSERT_NE(title, nullptr);
  ASSERT_EQ(title->lines.size(), 1u);
  EXPECT_EQ(title->lines[0].words[0].text, "Styrdokument");
  EXPECT_TRUE(title->lines[0].words[0].bold);
  EXPECT_EQ(title->lines[0].words[0].rotation, 3);
  EXPECT_GT(title->lines[0].words[0].font_size, 11);

  // The slide footer is furniture, not a bullet.
  EXPECT_EQ(e.clean.text.find("Lessebo kommun 2019"), std::string::npos);
}

TEST_F(CorpusLayout, SkinnskattebergQuestionTableHasEightRows) {
  const Extracted& e = get("skinnskatteberg-2024-informationssakerhet.pdf");
  const QJsonObject gold =
      read_json(shared_corpus() / "skinnskatteberg-2024-informationssakerhet.gold.json");
  const nlp::CleanBlock* table = nullptr;
  for (const auto& b : e.clean.blocks)
    if (b.kind == BlockKind::Table && !table) table = &b;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 9u);  // header + 8 questions
  EXPECT_EQ(text(e.clean, table->rows[0][0]), "Revisionsfråga");
  EXPECT_EQ(text(e.clean, table->rows[0][1]), "Bedömning");
  const auto questions = gold["questions"].toArray();
  ASSERT_EQ(questions.size(), 8);
  for (int i = 0; i < 8; ++i) {
    ASSERT_EQ(table->rows[i + 1].size(), 2u);
    const auto q = questions[i].toObject();
    EXPECT_EQ(comparable(text(e.clean, table->rows[i + 1][0])),
              comparable(q["text"].toString().toStdString()));
    EXPECT_EQ(comparable(text(e.clean, table->rows[i + 1][1])),
              q["assessment"].toString().toStdString());
  }
}

TEST_F(CorpusLayout, FollowUpTablesGiveOneRowPerEarlierRecommendation) {
  const char* name = "vastra-malardalens-kommunalforbund-2023-uppfoljning-it-sakerhet.pdf";
  const Extracted& e = get(name);
  const QJsonObject gold =
      read_json(shared_corpus() /
                "vastra-malardalens-kommunalforbund-2023-uppfoljning-it-sakerhet.gold.json");
  std::vector<std::pair<std::string, std::string>> rows;  // earlier recommendation, verdict header
  for (const auto& b : e.clean.blocks) {
    if (b.kind != BlockKind::Table || b.rows.size() != 2 || b.rows[0].size() != 3) continue;
    if (comparable(text(e.clean, b.rows[0][0])) != "tidigare rekommendation") continue;
    rows.emplace_back(comparable(text(e.clean, b.rows[1][0])),
                      comparable(text(e.clean, b.rows[0][1])));
  }
  const auto followups = gold["followups"].toArray();
  ASSERT_EQ(rows.size(), static_cast<size_t>(followups.size()));
  for (int i = 0; i < followups.size(); ++i) {
    const auto f = followups[i].toObject();
    EXPECT_EQ(rows[i].first, comparable(f["earlier_recommendation"].toString().toStdString()));
    EXPECT_EQ(rows[i].second, "bedömning: " + f["status"].toString().toStdString());
  }
}

}  // namespace
}  // namespace gransk::test

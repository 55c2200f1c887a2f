// What a revisor checks first on documents nobody here wrote (devset/): that a
// board's answer or an annual report yields no findings of its own, that a
// verdict written in degree words is read, and that a follow-up's earlier
// recommendations are follow-ups with their statuses, not new recommendations.
#include <gtest/gtest.h>

#include <filesystem>

#include "corpus_fixture.h"
#include "gransk/corpus/analysis.h"
#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

TEST(DocumentKind, ABoardsAnswerQuotesButFindsNothing) {
  const Report r = test::devset_report("synth/dev/eskilstuna-2024-svar-hemtjanst.pdf");
  EXPECT_EQ(r.report_type, "svar på revisionsrapport");
  EXPECT_TRUE(r.questions.empty());
  EXPECT_TRUE(r.recommendations.empty());
  EXPECT_TRUE(r.response_requests.empty());
  EXPECT_FALSE(r.auditor) << *r.auditor;  // PwC wrote the audit it answers, not this
}

TEST(DocumentKind, AHousingAssociationIsNoKommun) {
  const Report r = test::devset_report("synth/dev/brf-tallbacken-vaxjo-2023-arsredovisning.pdf");
  EXPECT_EQ(r.report_type, "annat");
  ASSERT_TRUE(r.organisation);
  EXPECT_NE(r.organisation->kind, "kommun");
  EXPECT_FALSE(r.organisation->code);
  EXPECT_TRUE(r.recommendations.empty());
}

TEST(DocumentKind, ARevisionsberattelseIsNoGranskning) {
  const Report r = test::devset_report("synth/dev/kramfors-2023-revisionsberattelse.pdf");
  EXPECT_EQ(r.report_type, "revisionsberättelse");
  EXPECT_TRUE(r.questions.empty());
}

TEST(DocumentKind, AnAuditOfficesOwnReportIsAnAudit) {
  // "Stadsrevisionen har granskat …" with one other mark of an audit: a
  // granskning by the office, with its recommendation.
  using extractor::BlockKind;
  using test::block;
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Sammanfattning", 1, 1),
       block(BlockKind::Paragraph,
             "Stadsrevisionen har granskat om kommunstyrelsen har en ändamålsenlig styrning "
             "av lokalförsörjningen. Granskningen avser kommunstyrelsen."),
       block(BlockKind::Paragraph, "Vi rekommenderar kommunstyrelsen att:"),
       block(BlockKind::ListItem, "säkerställa att lokalbehoven inventeras årligen.")});
  EXPECT_EQ(r.report_type, "granskning");
  EXPECT_EQ(r.auditor.value_or(""), "Stadsrevisionen");
  EXPECT_EQ(r.recommendations.size(), 1u);
}

TEST(Verdicts, ReadFromProseAnswersByOrdinalAndWording) {
  // "När det gäller den första revisionsfrågan bedömer vi att det delvis finns …",
  // "Den andra revisionsfrågan besvaras nekande.", "Slutligen … endast delvis …"
  const Report r = test::devset_report("synth/dev/ljusnarsberg-2023-hemtjanst.pdf");
  ASSERT_EQ(r.questions.size(), 5u);
  const std::vector<std::string> want = {"delvis", "nej", "nej", "ja", "delvis"};
  for (size_t i = 0; i < want.size(); ++i) {
    ASSERT_TRUE(r.questions[i].assessment) << r.questions[i].text;
    EXPECT_EQ(*r.questions[i].assessment, want[i]) << r.questions[i].text;
    ASSERT_TRUE(r.questions[i].assessment_where);
    EXPECT_GT(r.questions[i].assessment_where->confidence, 0.0);
  }
}

TEST(FollowUps, EarlierRecommendationsWithTheirStatusAreNotNewOnes) {
  const Report r = test::devset_report("synth/dev/harjedalen-2025-uppfoljning-arbetsmiljo.pdf");
  EXPECT_EQ(r.report_type, "uppföljande granskning");
  EXPECT_EQ(r.followups.size(), 5u);
  for (const FollowUp& f : r.followups) EXPECT_FALSE(f.status.empty()) << f.earlier_recommendation;
  EXPECT_EQ(r.recommendations.size(), 3u);  // the follow-up's own
}

TEST(DocumentKind, AKindWordInPassingDoesNotMakeAnAuditAnnat) {
  // A word processor sets "Granskningen har inriktats mot följande områden" and
  // its points as lines: "Internkontrollplan" alone on a line of page 2 is one
  // area of the audit, not the document's kind.
  using extractor::BlockKind;
  using test::block;
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Revisionsrapport: Intern kontroll", 1, 1),
       block(BlockKind::Paragraph, "Skellefteå kommun"),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "På uppdrag av kommunens förtroendevalda revisorer har PwC granskat nämndernas "
             "tillämpning av riktlinjerna för intern kontroll. Granskningen har inriktats mot "
             "följande områden:",
             2),
       block(BlockKind::Paragraph, "Dokumenterade riskbedömningar", 2),
       block(BlockKind::Paragraph, "Internkontrollplan", 2),
       block(BlockKind::Paragraph, "Kontrollaktiviteter", 2),
       block(BlockKind::Heading, "Revisionskriterier", 3, 1),
       block(BlockKind::Paragraph, "Revisionskriterier är kommunallagen.", 3)});
  EXPECT_EQ(r.report_type, "granskning");
  EXPECT_EQ(r.auditor.value_or(""), "PwC");
}

}  // namespace
}  // namespace gransk::corpus

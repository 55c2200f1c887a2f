// A follow-up names the audit it returns to in many ways: "följt upp
// granskningen X (rapport 2021:09)", "en uppföljning av den under år 2011
// genomförda granskningen avseende Y", "Uppföljning av 2021 års granskningar",
// or only its title ("Uppföljning av granskning av Z") with the year in a
// sentence ("… som genomfördes 2021"). Each is the report's earlier audit.
// And boards on consecutive cover lines are addressed together.
#include <gtest/gtest.h>

#include "hand_built_report.h"

namespace gransk::corpus {
namespace {

using extractor::BlockKind;
using test::block;

Report follow_up(const std::string& title, const std::string& summary) {
  return test::report_of(
      {block(BlockKind::Heading, title, 1, 1), block(BlockKind::Paragraph, "Revisionsrapport"),
       block(BlockKind::Paragraph, "2023-09-18"), block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph, summary, 2),
       block(BlockKind::Paragraph,
             "Vår samlade bedömning är att nämnden delvis har vidtagit ändamålsenliga åtgärder "
             "med anledning av de rekommendationer som lämnades i granskningen.",
             2)});
}

TEST(EarlierAudit, NamedWithItsReportNumber) {
  const Report r = follow_up(
      "Uppföljning av granskning av handläggning av ekonomiskt bistånd",
      "Stadsrevisionen har på uppdrag av stadens revisorer följt upp granskningen Handläggning "
      "av ekonomiskt bistånd (rapport 2021:09). Granskningen visade då brister.");
  ASSERT_TRUE(r.follows_up);
  EXPECT_EQ(r.follows_up->year, 2021);
  EXPECT_EQ(r.follows_up->title, "granskningen Handläggning av ekonomiskt bistånd");
}

TEST(EarlierAudit, TheYearBeforeTheAudit) {
  const Report r = follow_up(
      "Uppföljning av tidigare genomförd granskning av bisysslor",
      "Vi har av regionens revisorer fått i uppdrag att göra en uppföljning av den under år "
      "2011 genomförda granskningen avseende bisysslor.");
  ASSERT_TRUE(r.follows_up);
  EXPECT_EQ(r.follows_up->year, 2011);
  EXPECT_EQ(r.follows_up->title, "granskningen avseende bisysslor");
}

TEST(EarlierAudit, AYearsAudits) {
  const Report r = follow_up("Uppföljning av 2021 års granskningar",
                             "EY har följt upp de fördjupade granskningar som gjordes då.");
  ASSERT_TRUE(r.follows_up);
  EXPECT_EQ(r.follows_up->year, 2021);
  EXPECT_EQ(r.follows_up->title, "2021 års granskningar");
}

TEST(EarlierAudit, TitleNamesItAndASentenceDatesIt) {
  const Report r =
      follow_up("Uppföljning av granskning av tillsynsverksamheten",
                "PwC har följt upp den granskning av förbundets tillsynsverksamhet enligt lagen "
                "(2003:778) om skydd mot olyckor som genomfördes 2021.");
  ASSERT_TRUE(r.follows_up);
  EXPECT_EQ(r.follows_up->year, 2021);
  EXPECT_EQ(r.follows_up->title, "granskning av tillsynsverksamheten");
}

TEST(EarlierAudit, NoneInAnAuditThatFollowsNothingUp) {
  const Report r = test::report_of(
      {block(BlockKind::Heading, "Granskning av tillsynsverksamheten", 1, 1),
       block(BlockKind::Paragraph, "Revisionsrapport"),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "Revisorerna har granskat om direktionen har en ändamålsenlig tillsyn. "
             "Vi bedömer att direktionen inte helt har säkerställt en ändamålsenlig tillsyn. "
             "Den förra granskningen som genomfördes 2019 gällde ekonomin.",
             2)});
  EXPECT_NE(r.report_type, "uppföljande granskning");
  EXPECT_FALSE(r.follows_up);
}

TEST(CoverBoards, ConsecutiveLinesAreAddressedTogether) {
  const Report r = test::report_of(
      {block(BlockKind::Paragraph, "Rapport"),
       block(BlockKind::Paragraph, "Granskning av inköpsprocessen"),
       block(BlockKind::Paragraph, "Kommunstyrelsen"),
       block(BlockKind::Paragraph, "Kultur- och tekniknämnden"),
       block(BlockKind::Paragraph, "Timrå kommun"), block(BlockKind::Paragraph, "Augusti 2016"),
       block(BlockKind::Heading, "Sammanfattning", 2, 1),
       block(BlockKind::Paragraph,
             "Deloitte har på uppdrag av de förtroendevalda revisorerna granskat "
             "inköpsprocessen. Vi bedömer att den interna kontrollen inte är tillräcklig.",
             2)});
  EXPECT_EQ(r.addressee.value_or(""), "kommunstyrelsen och kultur- och tekniknämnden");
}

}  // namespace
}  // namespace gransk::corpus

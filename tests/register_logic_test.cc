// The register's reasoning without an archive: statuses, follow-up linking,
// follow-up questions and themes.
#include <gtest/gtest.h>

#include "gransk/corpus/register.h"

namespace gransk::corpus {
namespace {

TEST(RecommendationStatus, ReadsKeysAndLabels) {
  EXPECT_EQ(status_from_text("ej-atgardad"), RecommendationStatus::NotResolved);
  EXPECT_EQ(status_from_text("Ej åtgärdad"), RecommendationStatus::NotResolved);
  EXPECT_EQ(status_from_text("öppen"), RecommendationStatus::Open);
  EXPECT_EQ(status_from_text("atgardad"), RecommendationStatus::Resolved);
  EXPECT_FALSE(status_from_text("kanske").has_value());
  EXPECT_EQ(status_from_followup("ja"), RecommendationStatus::Resolved);
  EXPECT_EQ(status_from_followup("nej"), RecommendationStatus::NotResolved);
  EXPECT_FALSE(status_from_followup("").has_value());
  for (auto s : {RecommendationStatus::Open, RecommendationStatus::Partly,
                 RecommendationStatus::Resolved, RecommendationStatus::NotResolved}) {
    EXPECT_EQ(status_from_text(status_key(s)), s);
    EXPECT_EQ(status_from_text(status_label(s)), s);
  }
}

TEST(OrganisationKey, KommunkodElseFoldedName) {
  EXPECT_EQ(organisation_key("Piteå kommun", "2581"), "2581");
  EXPECT_EQ(organisation_key("Västra Mälardalens Kommunalförbund", ""),
            "västra mälardalens kommunalförbund");
}

TEST(FollowUpLinking, RewordedRecommendationLinksToTheRightOne) {
  const std::vector<LinkCandidate> candidates = {
      {"Revidera informationssäkerhetspolicyn och fastställa riktlinjer för "
       "informationsklassning och behörighetshantering.",
       2021, "Granskning av informationssäkerhetsarbetet"},
      {"Införa en återkommande utbildning i informationssäkerhet för medarbetare och "
       "förtroendevalda.",
       2021, "Granskning av informationssäkerhetsarbetet"},
  };
  const auto links = link_followups(
      {"Att införa en återkommande utbildning i informationssäkerhet för medarbetare.",
       "Se över informationssäkerhetspolicyn och fastställa riktlinjer för "
       "informationsklassning och behörighetshantering."},
      2021, "granskning av informationssäkerhet", candidates);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].candidate, 1);
  EXPECT_EQ(links[1].candidate, 0);
  EXPECT_GE(links[0].confidence, kLinkThreshold);
}

TEST(FollowUpLinking, PrefersTheYearTheFollowUpNamesAndSkipsOlderAudits) {
  const std::string text =
      "Upprätta rutiner för rapportering och uppföljning av informationssäkerhetsincidenter.";
  const std::vector<LinkCandidate> candidates = {
      {text, 2017, "Granskning av informationssäkerhet"},
      {text, 2020, "Granskning av informationssäkerhet"}};
  auto links = link_followups({text}, 2020, "granskning av informationssäkerhet", candidates);
  EXPECT_EQ(links[0].candidate, 1);
  // The 2020 report is not in the archive: the 2017 one is another recommendation.
  links = link_followups({text}, 2020, "granskning av informationssäkerhet", {candidates[0]});
  EXPECT_EQ(links[0].candidate, -1);
}

TEST(FollowUpLinking, DifferentSubjectAndLooseWordingDoNotLink) {
  // Shares "säkerställa", "samtliga" and "genomförs" only (a false link once made).
  const std::vector<LinkCandidate> candidates = {
      {"Säkerställa att informationsklassning och riskanalys genomförs för kommunens samtliga "
       "verksamhetssystem.",
       2017, "Granskning av informationssäkerhetsarbetet"}};
  const auto links = link_followups(
      {"Säkerställa att samtliga kontrollmoment i internkontrollplanen genomförs och "
       "dokumenteras."},
      2017, "granskning av intern kontroll", candidates);
  EXPECT_EQ(links[0].candidate, -1);
}

TEST(FollowUpLinking, OneToOne) {
  const std::string text = "Förtydliga digitaliseringsrådets roll och ansvar i styrande dokument.";
  const auto links = link_followups({text, text}, std::nullopt, "", {{text, 2021, ""}});
  EXPECT_EQ(links[0].candidate, 0);
  EXPECT_EQ(links[1].candidate, -1);
}

TEST(FollowUpQuestion, PhrasedFromTheRecommendation) {
  EXPECT_EQ(followup_question("Införa en modell/metod för riskanalys avseende it-infrastruktur "
                              "som löpande uppdateras för att möta nya risker och hot.",
                              "förbundsdirektionen"),
            "Har förbundsdirektionen infört en modell för riskanalys avseende it-infrastruktur?");
  EXPECT_EQ(followup_question("se över och säkerställa ett systematiskt arbete kring "
                              "IT-säkerheten, se avsnitt 3.1 och 3.2",
                              "kommunstyrelsen"),
            "Har kommunstyrelsen sett över och säkerställt ett systematiskt arbete kring "
            "IT-säkerheten?");
  EXPECT_EQ(followup_question("Kommunstyrelsen bör revidera riktlinjen för systemförvaltning.",
                              "kommunstyrelsen"),
            "Har kommunstyrelsen reviderat riktlinjen för systemförvaltning?");
  EXPECT_EQ(followup_question("Utse systemägare för samtliga verksamhetssystem.", "nämnden"),
            "Har nämnden utsett systemägare för samtliga verksamhetssystem?");
  // A verb further on, joined by "och" or "samt", takes the supine too.
  EXPECT_EQ(followup_question("Utse systemägare och tydliggöra deras ansvar.", "nämnden"),
            "Har nämnden utsett systemägare och tydliggjort deras ansvar?");
  EXPECT_EQ(followup_question("Upprätta en plan samt följa upp rutinerna.", "nämnden"),
            "Har nämnden upprättat en plan samt följt upp rutinerna?");
  // Not an action: still a question, quoting the recommendation.
  EXPECT_EQ(followup_question("Ökad tydlighet i ansvaret.", "kommunstyrelsen"),
            "Har kommunstyrelsen åtgärdat rekommendationen ”Ökad tydlighet i ansvaret”?");
}

TEST(Themes, FromMsbSurveyAreas) {
  EXPECT_EQ(theme_names().size(), 21u);
  const auto t =
      themes_of("Genomförs riskanalyser och informationsklassning på ett systematiskt sätt?");
  EXPECT_NE(std::find(t.begin(), t.end(), "riskanalys"), t.end());
  EXPECT_NE(std::find(t.begin(), t.end(), "informationsklassning"), t.end());
  EXPECT_EQ(theme_named("Utbildning"), "utbildning och säkerhetskultur");
  EXPECT_EQ(theme_named("incident"), "incidenthantering");
  EXPECT_FALSE(theme_named("rymdfart").has_value());
}

// The areas of performance audits beyond information security: a question on
// the budget, on upphandling or on bisysslor is counted under its area.
TEST(Themes, AreasOfPerformanceAudits) {
  auto has = [](const std::string& text, const std::string& theme) {
    const auto t = themes_of(text);
    return std::find(t.begin(), t.end(), theme) != t.end();
  };
  EXPECT_TRUE(
      has("har nämnden bedrivit verksamheten inom tilldelad budget?", "ekonomi och budget"));
  EXPECT_TRUE(has("sker upphandlingar i enlighet med lou?", "upphandling och avtal"));
  EXPECT_TRUE(has("har kommunstyrelsen en ändamålsenlig hantering av anställdas bisysslor?",
                  "bisysslor och jäv"));
  EXPECT_TRUE(has("säkerställ att internkontrollplanen följs upp", "intern kontroll"));
  EXPECT_TRUE(has("finns rutiner för handläggning av försörjningsstöd?", "socialtjänst"));
  EXPECT_TRUE(has("får nämnden en tillräcklig återrapportering om hemtjänstens kvalitet?",
                  "äldreomsorg och vård"));
  EXPECT_TRUE(
      has("styr nämnden mot de mål som fullmäktige har beslutat?", "mål och verksamhetsstyrning"));
  EXPECT_FALSE(
      has("har nämnden säkerställt en tillräcklig intern kontroll?", "skola och förskola"));
  EXPECT_EQ(theme_named("upphandling"), "upphandling och avtal");
  // A word that begins with å, ä or ö (RE2's \\b knows only ASCII letters).
  EXPECT_TRUE(has("äldreomsorgens kvalitet brister", "äldreomsorg och vård"));
  EXPECT_TRUE(has("återrapporteringen till nämnden", "uppföljning"));
  EXPECT_TRUE(has("ägardirektiven är otydliga", "ägarstyrning och bolag"));
}

TEST(SubjectSimilarity, OpensCompoundsAndIgnoresGenericWords) {
  EXPECT_GT(subject_similarity("Svar på revisionsrapport om informationssäkerhet",
                               "Granskning av informationssäkerhetsarbetet"),
            0.5);
  EXPECT_EQ(subject_similarity("Granskning av intern kontroll",
                               "Granskning av informationssäkerhetsarbetet"),
            0);
}

}  // namespace
}  // namespace gransk::corpus

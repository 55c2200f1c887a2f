// The compound splitter on real compounds from the seed reports.
#include <gtest/gtest.h>

#include "gransk/nlp/nlp.h"

namespace gransk::nlp {
namespace {

struct Case {
  const char* word;
  std::vector<std::string> parts;
};

// Words as they occur in ../shared/seeds (case folded), with the parts a
// search for any of them should reach.
const std::vector<Case> kSeedCompounds = {
    {"informationssäkerhet", {"information", "säkerhet"}},
    {"informationssäkerhetsarbete", {"information", "säkerhet", "arbete"}},
    {"informationssäkerhetsarbetet", {"information", "säkerhet", "arbete"}},
    {"enkätfrågan", {"enkät", "fråga"}},
    {"informationsklassning", {"information", "klassning"}},
    {"informationsklassningar", {"information", "klassning"}},
    {"kommunstyrelsen", {"kommun", "styrelse"}},
    {"kommunstyrelsens", {"kommun", "styrelse"}},
    {"förbundsdirektionen", {"förbund", "direktion"}},
    {"medlemskommunerna", {"medlem", "kommun"}},
    {"säkerhetsåtgärder", {"säkerhet", "åtgärd"}},
    {"kontinuitetsplaner", {"kontinuitet", "plan"}},
    {"kontinuitetsplan", {"kontinuitet", "plan"}},
    {"kontinuitetsplanering", {"kontinuitet", "planering"}},
    {"kontinuitetsplaneringen", {"kontinuitet", "planering"}},
    {"säkerhetsarbetet", {"säkerhet", "arbete"}},
    {"säkerhetsarbete", {"säkerhet", "arbete"}},
    {"informationssäkerhetspolicy", {"information", "säkerhet", "policy"}},
    {"informationssäkerhetspolicyn", {"information", "säkerhet", "policy"}},
    {"ledningssystem", {"ledning", "system"}},
    {"länsstyrelsen", {"län", "styrelse"}},
    {"informationssäkerhetsrisker", {"information", "säkerhet", "risk"}},
    {"informationssäkerhetsfrågor", {"information", "säkerhet", "fråga"}},
    {"informationssäkerheten", {"information", "säkerhet"}},
    {"ansvarsfördelning", {"ansvar", "fördelning"}},
    {"informationstillgångar", {"information", "tillgång"}},
    {"informationshantering", {"information", "hantering"}},
    {"återrapportering", {"åter", "rapportering"}},
    {"säkerhetskultur", {"säkerhet", "kultur"}},
    {"kompetensutveckling", {"kompetens", "utveckling"}},
    {"kommunfullmäktige", {"kommun", "fullmäktige"}},
    {"incidenthantering", {"incident", "hantering"}},
    {"verksamhetsprocesser", {"verksamhet", "process"}},
    {"säkerhetshändelser", {"säkerhet", "händelse"}},
    {"standardavtal", {"standard", "avtal"}},
    {"informationssäkerhetssamordnare", {"information", "säkerhet", "samordnare"}},
    {"utgångspunkt", {"utgång", "punkt"}},
    {"systemförvaltning", {"system", "förvaltning"}},
    {"riskbedömning", {"risk", "bedömning"}},
    {"revisionsfråga", {"revision", "fråga"}},
    {"kravställning", {"krav", "ställning"}},
    {"informationssäkerhetschef", {"information", "säkerhet", "chef"}},
    {"uppföljningsarbete", {"uppföljning", "arbete"}},
    {"säkerhetsfrågor", {"säkerhet", "fråga"}},
    {"säkerhetsbrister", {"säkerhet", "brist"}},
    {"revisionsplanen", {"revision", "plan"}},
    {"åtgärdsplan", {"åtgärd", "plan"}},
    {"säkerhetsskydd", {"säkerhet", "skydd"}},
    {"säkerhetskrav", {"säkerhet", "krav"}},
    {"systemförvaltningsorganisationen", {"system", "förvaltning", "organisation"}},
    {"systemförvaltningsmodellen", {"system", "förvaltning", "modell"}},
    {"riskhantering", {"risk", "hantering"}},
    {"regeringsuppdraget", {"regering", "uppdrag"}},
    {"kravställningsarbetet", {"krav", "ställning", "arbete"}},
    {"informationssäkerhetsmål", {"information", "säkerhet", "mål"}},
    {"informationssäkerhetsfunktionen", {"information", "säkerhet", "funktion"}},
    {"gränsdragning", {"gräns", "dragning"}},
    {"enkätresultatet", {"enkät", "resultat"}},
    {"riskanalyserna", {"risk", "analys"}},
    {"personuppgiftsincidenter", {"person", "uppgift", "incident"}},
};

TEST(CompoundSplitter, SplitsRealCompoundsFromTheSeeds) {
  const CompoundSplitter& s = CompoundSplitter::shared();
  ASSERT_GE(kSeedCompounds.size(), 50u);
  int right = 0;
  for (const Case& c : kSeedCompounds) {
    const auto parts = s.split(c.word);
    EXPECT_EQ(parts, c.parts) << c.word;
    right += parts == c.parts;
  }
  EXPECT_EQ(right, static_cast<int>(kSeedCompounds.size()));
}

TEST(CompoundSplitter, LeavesSimpleAndLexicalisedWordsWhole) {
  const CompoundSplitter& s = CompoundSplitter::shared();
  for (const char* w :
       {"information", "organisationen", "rekommendationer", "tillräckligt", "verksamheterna",
        "förutsättningar", "kommunen", "ansvar", "sammanfattande", "konfidentialitet"})
    EXPECT_TRUE(s.split(w).empty()) << w << " -> " << ::testing::PrintToString(s.split(w));
}

TEST(CompoundSplitter, HyphenFormsSplitLikeTheClosedForm) {
  const CompoundSplitter& s = CompoundSplitter::shared();
  const std::vector<std::string> it_sak = {"it", "säkerhet"};
  EXPECT_EQ(s.split("it-säkerhet"), it_sak);
  EXPECT_EQ(s.split("itsäkerhet"), it_sak);
  EXPECT_EQ(s.split("it-säkerheten"), it_sak);
}

TEST(CompoundSplitter, BaseFormsOfHeads) {
  const CompoundSplitter& s = CompoundSplitter::shared();
  EXPECT_EQ(s.base_form("säkerheten"), "säkerhet");
  EXPECT_EQ(s.base_form("frågor"), "fråga");
  EXPECT_EQ(s.base_form("arbetet"), "arbete");
  EXPECT_EQ(s.base_form("styrelsen"), "styrelse");
  EXPECT_EQ(s.base_form("åtgärder"), "åtgärd");
}

}  // namespace
}  // namespace gransk::nlp

// No page furniture, no soft hyphen, no glued footnote marker in any body.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include "corpus_fixture.h"

namespace gransk::test {
namespace {

class CorpusBody : public ::testing::Test {
 protected:
  void SetUp() override {
    if (corpus_pdfs_with_gold().empty()) GTEST_SKIP() << "../shared/corpus saknas";
  }
  const Extracted& get(const char* name) { return extract_cached(shared_corpus() / name); }
};

TEST_F(CorpusBody, NoStampOrRunningLineInAnyBody) {
  for (const auto& pdf : corpus_pdfs_with_gold()) {
    if (pdf.string().find(".scanned.") != std::string::npos) continue;
    const std::string& body = extract_cached(pdf).clean.text;
    for (const char* stamp : {"All rights reserved", "Document classification", "DocuSign",
                              "Envelope ID", "KPMG Public"})
      EXPECT_EQ(body.find(stamp), std::string::npos) << pdf.filename() << " has " << stamp;
    // A running line may stand once as a block of its own (the cover's title),
    // never again on the pages it runs over.
    const auto& c = extract_cached(pdf).clean;
    for (const auto& page : c.pages)
      for (const std::string& f : page.furniture) {
        if (f.size() < 12) continue;
        size_t count = 0;
        for (const auto& b : c.blocks)
          if (c.text.compare(b.span.begin, b.span.size(), f) == 0) ++count;
        EXPECT_LE(count, 1u) << pdf.filename() << ": running line in body: " << f;
      }
  }
}

TEST_F(CorpusBody, NoSoftOrBreakHyphens) {
  for (const auto& pdf : corpus_pdfs_with_gold()) {
    if (pdf.string().find(".scanned.") != std::string::npos) continue;
    const std::string& body = extract_cached(pdf).clean.text;
    EXPECT_EQ(body.find("\xC2\xAD"), std::string::npos) << pdf.filename();
    EXPECT_EQ(body.find("\xE2\x80\x90"), std::string::npos) << pdf.filename();
  }
}

TEST_F(CorpusBody, NoPageNumberLinesInBody) {
  static const RE2 bare_number(R"((?m)^\d{1,3}$)");
  for (const auto& pdf : corpus_pdfs_with_gold()) {
    if (pdf.string().find(".scanned.") != std::string::npos) continue;
    if (pdf.string().find("msb-") != std::string::npos) continue;  // charts print bare numbers
    EXPECT_FALSE(RE2::PartialMatch(extract_cached(pdf).clean.text, bare_number)) << pdf.filename();
  }
}

TEST_F(CorpusBody, SwedishLineBreakHyphenation) {
  const std::string& sk = get("skinnskatteberg-2024-informationssakerhet.pdf").clean.text;
  // soft hyphen + U+2010 at a line end: one word again
  EXPECT_NE(sk.find("ett systematiskt informationssäkerhetsarbete. Uppdraget"), std::string::npos);
  // hyphen ellipsis across a line break kept with its space
  EXPECT_NE(sk.find("informations- och kommunikationsteknik"), std::string::npos);
  EXPECT_NE(sk.find("risk- och sårbarhetsanalys"), std::string::npos);
  const std::string& vm =
      get("vastra-malardalens-kommunalforbund-2023-uppfoljning-it-sakerhet.pdf").clean.text;
  // a real hyphen at a line end stays: "it-" + "infrastruktur"
  EXPECT_NE(vm.find("riskanalys avseende it-infrastruktur"), std::string::npos);
  EXPECT_EQ(vm.find("itinfrastruktur"), std::string::npos);
}

TEST_F(CorpusBody, FootnoteMarkersCutFromWordsAndKept) {
  const auto& sk = get("skinnskatteberg-2024-informationssakerhet.pdf").clean;
  EXPECT_NE(sk.text.find("ransomware-attack vilken"), std::string::npos);
  EXPECT_EQ(sk.text.find("ransomware-attack1"), std::string::npos);
  EXPECT_NE(sk.text.find("NIS2, vilket"), std::string::npos);
  EXPECT_EQ(sk.text.find("NIS211"), std::string::npos);
  auto ref_after = [&](const nlp::CleanDocument& c, const std::string& word, int note) {
    for (const nlp::FootnoteRef& r : c.footnote_refs)
      if (r.note == note && r.offset >= word.size() &&
          c.text.compare(r.offset - word.size(), word.size(), word) == 0)
        return true;
    return false;
  };
  EXPECT_TRUE(ref_after(sk, "ransomware-attack", 1));
  EXPECT_TRUE(ref_after(sk, "NIS2", 11));
  ASSERT_GE(sk.footnotes.size(), 11u);
  EXPECT_EQ(sk.footnotes[0].number, "1");
  EXPECT_NE(sk.footnotes[0].text.find("skadlig kod"), std::string::npos);
  EXPECT_EQ(sk.text.find("En form av skadlig kod"), std::string::npos);  // not in the body

  const auto& pi = get("pitea-2022-uppfoljande-granskning-it-sakerhet.pdf").clean;
  EXPECT_EQ(pi.text.find("270021"), std::string::npos);
  EXPECT_TRUE(ref_after(pi, "ISO 27002", 1));
}

TEST_F(CorpusBody, NumberedHeadingsFormASectionTree) {
  const auto& sk = get("skinnskatteberg-2024-informationssakerhet.pdf").clean;
  const nlp::CleanSection* bedomning = nullptr;
  for (const auto& s : sk.sections)
    if (s.number == "3.1.4") bedomning = &s;
  ASSERT_NE(bedomning, nullptr);
  EXPECT_EQ(bedomning->title, "Bedömning");
  EXPECT_EQ(bedomning->level, 3);
  ASSERT_GE(bedomning->parent, 0);
  EXPECT_EQ(sk.sections[bedomning->parent].number, "3.1");
  EXPECT_EQ(sk.sections[sk.sections[bedomning->parent].parent].number, "3");
  EXPECT_NE(sk.text.substr(bedomning->span.begin, bedomning->span.size())
                .find("Vi bedömer att det saknas en ändamålsenlig organisation"),
            std::string::npos);
}

}  // namespace
}  // namespace gransk::test

// Pages the page tree declares but the file does not hold: lost text is said,
// never an exit 0 with fewer pages. Many missing → "trasig"; one among many →
// a warning on the report.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "gransk/extractor/extractor.h"

namespace gransk::test {
namespace {

// A minimal valid PDF: `pages` pages of Helvetica text, a page tree saying /Count `declared`.
std::string pdf_with(int declared, int pages) {
  std::vector<std::string> objs;
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(3 + 2 * i) + " 0 R ";
  const int font = 3 + 2 * pages;
  objs.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objs.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(declared) +
                 " >>");
  for (int i = 0; i < pages; ++i) {
    objs.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                   "<< /F1 " + std::to_string(font) + " 0 R >> >> /Contents " +
                   std::to_string(4 + 2 * i) + " 0 R >>");
    std::string body = "BT /F1 11 Tf 72 760 Td ";
    for (int j = 0; j < 30; ++j)
      body += "(Rad " + std::to_string(j) + " med text om granskningen av sidan " +
              std::to_string(i + 1) + ".) Tj 0 -14 Td ";
    body += "ET";
    objs.push_back("<< /Length " + std::to_string(body.size()) + " >>\nstream\n" + body +
                   "\nendstream");
  }
  objs.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t k = 0; k < objs.size(); ++k) {
    offsets.push_back(out.size());
    out += std::to_string(k + 1) + " 0 obj\n" + objs[k] + "\nendobj\n";
  }
  const size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
    out += line;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

class MissingPages : public ::testing::Test {
 protected:
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("gransk-missing-pages-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir); }
  void TearDown() override { std::filesystem::remove_all(dir); }
  std::string write(const std::string& name, const std::string& bytes) {
    const auto p = dir / name;
    std::FILE* f = std::fopen(p.c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return p.string();
  }
};

TEST_F(MissingPages, AllDeclaredPagesPresentIsReadWithoutWarning) {
  const extractor::Result r = extractor::extract(write("hel.pdf", pdf_with(3, 3)));
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r.document().pages.size(), 3u);
  EXPECT_TRUE(r.document().warnings.empty());
}

TEST_F(MissingPages, ManyMissingPagesMakeTheFileBrokenNamingThem) {
  const extractor::Result r = extractor::extract(write("avhuggen.pdf", pdf_with(5, 2)));
  ASSERT_FALSE(r.ok()) << "3 av 5 sidor saknas men filen lästes utan ett ord";
  EXPECT_EQ(r.error().kind, extractor::ErrorKind::Damaged);
  EXPECT_EQ(r.error().page, 3);
  const std::string m = r.error().message();
  EXPECT_NE(m.find("avhuggen.pdf"), std::string::npos) << m;
  EXPECT_NE(m.find("3 av 5 sidor"), std::string::npos) << m;
  EXPECT_NE(m.find("sidan 3, 4, 5"), std::string::npos) << m;
  EXPECT_NE(m.find("finns inte i filen"), std::string::npos) << m;
}

TEST_F(MissingPages, OneMissingPageAmongManyIsAWarning) {
  const extractor::Result r = extractor::extract(write("nastan.pdf", pdf_with(11, 10)));
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_EQ(r.document().warnings.size(), 1u);
  EXPECT_NE(r.document().warnings[0].find("sidan 11"), std::string::npos)
      << r.document().warnings[0];
}

}  // namespace
}  // namespace gransk::test

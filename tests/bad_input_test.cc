// Damaged and unreadable files: a specific Swedish error, never a crash.
#include <gtest/gtest.h>
#include <unistd.h>

#include "corpus_fixture.h"

namespace gransk::test {
namespace {

using extractor::ErrorKind;

void expect_error(const std::filesystem::path& p, ErrorKind kind, const std::string& reason) {
  const extractor::Result r = extractor::extract(p.string());
  ASSERT_FALSE(r.ok()) << p;
  EXPECT_EQ(r.error().kind, kind) << p << ": " << r.error().message();
  const std::string m = r.error().message();
  EXPECT_NE(m.find(p.filename().string()), std::string::npos) << m;
  EXPECT_NE(m.find(reason), std::string::npos) << m;
}

TEST(BadInput, EachDamagedCorpusFileHasItsOwnReason) {
  const auto corpus = shared_corpus();
  if (corpus.empty()) GTEST_SKIP() << "../shared/corpus saknas";
  expect_error(corpus / "bad/empty.pdf", ErrorKind::EmptyFile, "tom fil");
  expect_error(corpus / "bad/not-a-pdf.pdf", ErrorKind::NotPdf, "inte en PDF");
  expect_error(corpus / "bad/encrypted.pdf", ErrorKind::Encrypted, "lösenordsskyddad");
  expect_error(corpus / "bad/truncated.pdf", ErrorKind::Damaged, "avkortad");
  expect_error(corpus / "bad/broken-xref.pdf", ErrorKind::Damaged, "xref");
}

TEST(BadInput, TimeLimitGivesATimeoutNamingThePage) {
  const auto corpus = shared_corpus();
  if (corpus.empty()) GTEST_SKIP() << "../shared/corpus saknas";
  extractor::Options o;
  o.time_limit = std::chrono::milliseconds(0);
  const extractor::Result r =
      extractor::extract((corpus / "msb-2015-informationssakerhet-i-kommuner.pdf").string(), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Timeout);
  EXPECT_GE(r.error().page, 1);
  EXPECT_NE(r.error().message().find("tog för lång tid"), std::string::npos);
}

TEST(BadInput, MissingFileIsAnErrorValue) {
  const extractor::Result r = extractor::extract("/finns/inte.pdf");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Unreadable);
}

TEST(BadInput, GeneratedDamage) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("gransk-bad-input-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto write = [&](const char* name, const std::string& bytes) {
    std::FILE* f = std::fopen((dir / name).c_str(), "wb");
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return dir / name;
  };
  expect_error(write("empty.pdf", ""), ErrorKind::EmptyFile, "tom fil");
  expect_error(write("html.pdf", "<html>inte en pdf</html>"), ErrorKind::NotPdf, "inte en PDF");
  expect_error(write("header-only.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), ErrorKind::Damaged,
               "avkortad");
  expect_error(write("garbage-xref.pdf", "%PDF-1.4\n%garbage\nstartxref\n5\n%%EOF\n"),
               ErrorKind::Damaged, "xref");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gransk::test

// --xlsx: the workbook a revisor opens holds exactly the rows --csv prints,
// text as text (a formula in a report stays text, a kommunkod keeps its zero),
// ids and years as numbers, Swedish letters intact, a header that stays in
// view and a filter on every column. The file is read back as Excel reads it:
// a zip of XML parts (zlib inflates them).
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "xlsx_table.h"

namespace gransk::cli {
namespace {

uint32_t le(const std::string& b, size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(b.at(at + i));
  return v;
}

// Every part of a zip file by name, found through its central directory.
std::map<std::string, std::string> unzip(const std::string& zip) {
  std::map<std::string, std::string> parts;
  const size_t end = zip.rfind(std::string("PK\x05\x06", 4));
  if (end == std::string::npos) return parts;
  const uint32_t count = le(zip, end + 10, 2);
  size_t at = le(zip, end + 16, 4);
  for (uint32_t i = 0; i < count; ++i) {
    const uint32_t method = le(zip, at + 10, 2), packed = le(zip, at + 20, 4),
                   size = le(zip, at + 24, 4), name_len = le(zip, at + 28, 2),
                   extra_len = le(zip, at + 30, 2), comment_len = le(zip, at + 32, 2),
                   local = le(zip, at + 42, 4);
    const std::string name = zip.substr(at + 46, name_len);
    const size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
    std::string out(size, '\0');
    if (method == 0) {
      out = zip.substr(data, packed);
    } else {
      z_stream z{};
      inflateInit2(&z, -MAX_WBITS);  // raw deflate, as zip stores it
      z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      z.avail_in = packed;
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = size;
      inflate(&z, Z_FINISH);
      inflateEnd(&z);
    }
    parts[name] = out;
    at += 46 + name_len + extra_len + comment_len;
  }
  return parts;
}

std::string unescaped(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities)
    for (size_t p; (p = s.find(from)) != std::string::npos;) s.replace(p, std::strlen(from), to);
  return s;
}

struct Sheet {
  std::vector<std::vector<std::string>> rows;  // as shown: shared strings resolved
  std::vector<std::vector<bool>> numeric;
  std::string xml;
};

// The text between `open`'s end and the next `close`, from `from`; npos when none.
std::string between(const std::string& s, size_t& from, const std::string& open,
                    const std::string& close) {
  const size_t a = s.find(open, from);
  if (a == std::string::npos) {
    from = std::string::npos;
    return "";
  }
  const size_t b = s.find(close, a + open.size());
  from = b == std::string::npos ? b : b + close.size();
  return s.substr(a + open.size(), b - a - open.size());
}

// Scanned, not matched with std::regex: libstdc++'s recursion overflows the
// stack on a 32,767-character cell.
Sheet read_sheet(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const auto parts = unzip(bytes.str());
  std::vector<std::string> strings;
  if (parts.count("xl/sharedStrings.xml")) {
    const std::string& sst = parts.at("xl/sharedStrings.xml");
    for (size_t at = 0; at != std::string::npos;) {
      std::string si = between(sst, at, "<si>", "</si>");
      if (at == std::string::npos) break;
      size_t t = 0;
      const std::string text = between(si, t, ">", "</t>");  // after "<t" and its attributes
      strings.push_back(unescaped(text));
    }
  }
  Sheet s;
  s.xml = parts.count("xl/worksheets/sheet1.xml") ? parts.at("xl/worksheets/sheet1.xml") : "";
  for (size_t at = 0; at != std::string::npos;) {
    const std::string row = between(s.xml, at, "<row ", "</row>");
    if (at == std::string::npos) break;
    s.rows.emplace_back();
    s.numeric.emplace_back();
    for (size_t c = 0; c != std::string::npos;) {
      const std::string cell = between(row, c, "<c ", "</c>");
      if (c == std::string::npos) break;
      const bool shared = cell.find("t=\"s\"") < cell.find('>');
      size_t v = 0;
      const std::string value = between(cell, v, "<v>", "</v>");
      s.rows.back().push_back(shared ? strings.at(std::stoul(value)) : value);
      s.numeric.back().push_back(!shared);
    }
  }
  return s;
}

class XlsxExport : public ::testing::Test {
 protected:
  std::string path = (std::filesystem::temp_directory_path() /
                      ("gransk-xlsx-" + std::to_string(::getpid()) + ".xlsx"))
                         .string();
  void TearDown() override { std::filesystem::remove(path); }
};

TEST_F(XlsxExport, TheWorkbookHoldsTheRowsAsARevisorReadsThem) {
  const std::vector<std::string> header = {"rapport", "organisation", "kommunkod", "ar", "text"};
  const std::vector<std::vector<std::string>> rows = {
      {"14", "Övertorneå kommun", "2518", "2021", "Säkerställa att åtgärder vidtas & följs upp"},
      {"7", "Upplands Väsby kommun", "0114", "", "=HYPERLINK(\"http://x\")"},
      {"203", "Region Örebro län", "", "2019", "<b>inte</b> märkt"}};
  ASSERT_EQ(write_xlsx(path, "Träffar", header, rows), "");
  const Sheet s = read_sheet(path);
  ASSERT_EQ(s.rows.size(), 4u) << s.xml.substr(0, 400);
  EXPECT_EQ(s.rows[0], header);
  EXPECT_EQ(s.rows[1], rows[0]);
  // An empty cell is no cell: the row holds the others, in order.
  EXPECT_EQ(s.rows[2], (std::vector<std::string>{"7", "Upplands Väsby kommun", "0114",
                                                 "=HYPERLINK(\"http://x\")"}));
  EXPECT_EQ(s.rows[3],
            (std::vector<std::string>{"203", "Region Örebro län", "2019", "<b>inte</b> märkt"}));
  // Ids and years are numbers a filter can sort; "0114" stays text; no formula.
  EXPECT_TRUE(s.numeric[1][0]);
  EXPECT_TRUE(s.numeric[1][3]);
  EXPECT_FALSE(s.numeric[2][2]);
  EXPECT_EQ(s.xml.find("<f>"), std::string::npos);
  // The header stays in view and every column has a filter.
  EXPECT_NE(s.xml.find("ySplit=\"1\""), std::string::npos);
  EXPECT_NE(s.xml.find("<autoFilter ref=\"A1:E4\""), std::string::npos);
}

TEST_F(XlsxExport, ACellLongerThanExcelAllowsIsCutAtACharacter) {
  std::string long_text;
  while (long_text.size() < 40000) long_text += "åtgärd ";
  ASSERT_EQ(write_xlsx(path, "Rapporter", {"text"}, {{long_text}}), "");
  const Sheet s = read_sheet(path);
  ASSERT_EQ(s.rows.size(), 2u);
  const std::string& cell = s.rows[1][0];
  EXPECT_LE(cell.size(), 32767u);
  EXPECT_GT(cell.size(), 32000u);
  EXPECT_EQ(long_text.compare(0, cell.size(), cell), 0);
  EXPECT_NE(static_cast<unsigned char>(long_text[cell.size()]) & 0xC0, 0x80u);
}

TEST_F(XlsxExport, AFileThatCannotBeWrittenIsNamedWithTheReason) {
  const std::string error = write_xlsx("/nonexistent-dir/x.xlsx", "Träffar", {"a"}, {{"1"}});
  EXPECT_EQ(error, "kunde inte skriva Excelfilen /nonexistent-dir/x.xlsx: katalogen finns inte");
}

}  // namespace
}  // namespace gransk::cli

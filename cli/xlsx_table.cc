#include "xlsx_table.h"

#include <fcntl.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"

namespace gransk::cli {
namespace {

constexpr size_t kMaxCell = 32767;  // Excel's limit on one cell's text
constexpr double kMaxWidth = 60;    // wider text wraps rather than widens the column

// Characters, not bytes: "Övertorneå" is ten wide.
size_t characters(const std::string& s) {
  return static_cast<size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// At most Excel's limit, cut where a character begins.
std::string fitted(const std::string& s) {
  if (s.size() <= kMaxCell) return s;
  size_t end = kMaxCell;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

// A report id, year or page: digits only, no leading zero (a kommunkod such as
// "0180" stays text), short enough to be exact.
bool is_whole_number(const std::string& s) {
  return !s.empty() && s.size() <= 9 && s[0] != '0' &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the file can be created, checked before the library tries (it would
// print its own English message): "" or why not, in Swedish.
std::string cannot_create(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd >= 0) {
    ::close(fd);
    return "";
  }
  switch (errno) {
    case ENOENT:
      return "katalogen finns inte";
    case EACCES:
    case EPERM:
      return "du saknar rätt att skriva där";
    case EROFS:
      return "filsystemet är skrivskyddat";
    case ENOSPC:
      return "disken är full";
    case EISDIR:
      return "det är en katalog";
    default:
      return "filen kunde inte skapas (fel " + std::to_string(errno) + ")";
  }
}

}  // namespace

std::string write_xlsx(const std::string& path, const std::string& sheet,
                       const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows) {
  const auto failed = [&](lxw_error e) {
    return "kunde inte skriva Excelfilen " + path + " (" + lxw_strerror(e) + ")";
  };
  if (const std::string why = cannot_create(path); !why.empty())
    return "kunde inte skriva Excelfilen " + path + ": " + why;
  if (rows.size() + 1 > LXW_ROW_MAX)
    return "kunde inte skriva Excelfilen " + path + ": fler rader än Excel rymmer (" +
           std::to_string(rows.size()) + ")";
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) return "kunde inte skriva Excelfilen " + path;
  lxw_worksheet* ws = workbook_add_worksheet(book, sheet.c_str());
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* wrap = workbook_add_format(book);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

  std::vector<double> width(header.size(), 0);
  lxw_error err = LXW_NO_ERROR;
  for (size_t c = 0; c < header.size() && !err; ++c) {
    err = worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c].c_str(), bold);
    width[c] = static_cast<double>(characters(header[c]));
  }
  for (size_t r = 0; r < rows.size() && !err; ++r) {
    const auto row = static_cast<lxw_row_t>(r + 1);
    for (size_t c = 0; c < rows[r].size() && c < header.size() && !err; ++c) {
      const std::string& cell = rows[r][c];
      const auto col = static_cast<lxw_col_t>(c);
      if (is_whole_number(cell))
        err = worksheet_write_number(ws, row, col, std::atof(cell.c_str()), nullptr);
      else if (!cell.empty())
        // Written as text, never as a formula: "=HYPERLINK(…)" in a report stays text.
        err = worksheet_write_string(ws, row, col, fitted(cell).c_str(), wrap);
      width[c] = std::max(width[c], static_cast<double>(characters(cell)));
    }
  }
  for (size_t c = 0; c < header.size() && !err; ++c)
    err = worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                               std::min(width[c] + 2, kMaxWidth), nullptr);
  if (!err && !header.empty()) {
    worksheet_freeze_panes(ws, 1, 0);
    err = worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows.size()),
                               static_cast<lxw_col_t>(header.size() - 1));
  }
  // Closing writes the file; it also frees the workbook after an error.
  const lxw_error closed = workbook_close(book);
  if (err) return failed(err);
  if (closed) return failed(closed);
  return "";
}

std::string xlsx_bytes(const std::string& sheet, const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows, std::string& error) {
  // libxlsxwriter writes files only: a private temporary one, read and removed.
  std::string dir = (std::filesystem::temp_directory_path() / "gransk-xlsx-XXXXXX").string();
  if (!::mkdtemp(dir.data())) {
    error = "kunde inte skapa en temporär katalog för Excelfilen";
    return "";
  }
  const std::string path = dir + "/export.xlsx";
  error = write_xlsx(path, sheet, header, rows);
  std::string bytes;
  if (error.empty()) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    bytes = out.str();
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return bytes;
}

int export_xlsx(const std::string& path, const char* command, const std::string& sheet,
                const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows) {
  const std::string error = write_xlsx(path, sheet, header, rows);
  if (!error.empty()) {
    std::cerr << "gransk " << command << ": " << error << "\n";
    return kSomeFailed;
  }
  std::cout << rows.size() << (rows.size() == 1 ? " rad i " : " rader i ") << path << "\n";
  return kOk;
}

}  // namespace gransk::cli

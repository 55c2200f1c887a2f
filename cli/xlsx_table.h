// A table as an Excel workbook a revisor opens directly: a bold header row that
// stays in view, a filter on every column, columns as wide as their text (up
// to a limit), whole numbers as numbers. The same header and rows as --csv.
#pragma once

#include <string>
#include <vector>

namespace gransk::cli {

// Writes `path` (replacing it); "" when written, else a Swedish message naming
// the file and the reason.
std::string write_xlsx(const std::string& path, const std::string& sheet,
                       const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows);

// The workbook's bytes, for a download from the web page; "" and `error` set
// when it could not be made.
std::string xlsx_bytes(const std::string& sheet, const std::vector<std::string>& header,
                       const std::vector<std::vector<std::string>>& rows, std::string& error);

// `gransk COMMAND --xlsx FILE`: writes the table and says where ("12 rader i
// träffar.xlsx"), or names the file and the reason on stderr. An exit code.
int export_xlsx(const std::string& path, const char* command, const std::string& sheet,
                const std::vector<std::string>& header,
                const std::vector<std::vector<std::string>>& rows);

}  // namespace gransk::cli

// Opening a PDF: checks that a revisor's error message can name, then Poppler.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "gransk/extractor/extractor.h"

class PDFDoc;

namespace gransk::extractor::detail {

Error make_error(ErrorKind kind, const std::string& path, std::string detail, int page = 0);

// Checks what Poppler would silently repair or guess at: empty files, files that
// are not PDFs, truncated files and a broken cross-reference table.
std::optional<Error> check_file_structure(const std::string& path);

// Loads with Poppler; nullptr and `error` set when it cannot be read or is locked.
std::unique_ptr<PDFDoc> open_pdf(const std::string& path, Error& error);

void read_info(PDFDoc& pdf, Document& doc);
void read_outline(PDFDoc& pdf, Document& doc);

}  // namespace gransk::extractor::detail

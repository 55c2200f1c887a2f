// PDF -> Document. The only entry point of the extractor stage.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <variant>

#include "gransk/extractor/document.h"

namespace gransk::extractor {

enum class ErrorKind {
  EmptyFile,    // tom fil
  NotPdf,       // inte en PDF
  Encrypted,    // lösenordsskyddad
  Damaged,      // trasig
  NoTextLayer,  // saknar textlager — OCR behövs
  Timeout,      // tog för lång tid
  Unreadable,   // kunde inte läsas (I/O)
};

// An error a revisor can act on: which file, which page (0 = whole file), what.
struct Error {
  ErrorKind kind = ErrorKind::Unreadable;
  std::string file;
  int page = 0;
  std::string detail;
  std::string message() const;  // Swedish, names the file and the reason
};

struct Options {
  // Extraction stops with ErrorKind::Timeout after this long (checked per page;
  // a page that never ends is stopped by the isolating child process).
  std::chrono::milliseconds time_limit{60000};
  // Called as each page is started, e.g. so a crash can name its page.
  std::function<void(int page)> on_page;
};

class Result {
 public:
  Result(Document d) : value_(std::move(d)) {}
  Result(Error e) : value_(std::move(e)) {}
  bool ok() const { return std::holds_alternative<Document>(value_); }
  const Document& document() const { return std::get<Document>(value_); }
  Document& document() { return std::get<Document>(value_); }
  const Error& error() const { return std::get<Error>(value_); }

 private:
  std::variant<Document, Error> value_;
};

Result extract(const std::string& path, const Options& options = {});

}  // namespace gransk::extractor

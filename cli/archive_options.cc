#include "archive_options.h"

#include <iostream>

namespace gransk::cli {

void add_db_option(CLI::App* cmd, std::string& path) {
  cmd->add_option("--db", path, "Arkivfil (standard: $GRANSK_DB eller användarens datakatalog)");
}

std::unique_ptr<index::Archive> open_archive(const std::string& path) {
  std::string error;
  auto a = index::Archive::open(path.empty() ? index::Archive::default_path() : path, error);
  if (!a) std::cerr << "gransk: " << error << "\n";
  return a;
}

}  // namespace gransk::cli

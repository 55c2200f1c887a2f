// The follow-up pack as a document: Markdown, HTML (prints on A4), JSON or
// CSV. `gransk followup` writes it; `gransk serve` shows the same HTML.
#pragma once

#include <string>

#include "gransk/index/followup_pack.h"

namespace gransk::cli {

std::string render_markdown(const index::FollowUpPack& p);
std::string render_html(const index::FollowUpPack& p);
std::string render_json(const index::FollowUpPack& p);
std::string render_csv(const index::FollowUpPack& p);

}  // namespace gransk::cli

// Structure variants: every gold item of some development documents set, with
// its section heading, in each structure a writer might choose — a paragraph,
// a bullet list after three different lead-ins, a table under three different
// headers, a box — one PDF each, with gold holding those items. Whether Gransk
// finds them all, with the right verdict, status or due date, measures whether
// a statement is recognised by its words rather than by one layout.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gransk::samplegen {

// Reads NAME.gold.json in each of `gold_dirs`, writes the variants of every
// `sample`-th group of items (1 = all) into `out`, as PDF or, with `html`, as
// HTML pages for a word processor (html_writer.h). Returns the files written,
// or -1 with a message on stderr.
int write_variants(const std::vector<std::filesystem::path>& gold_dirs,
                   const std::filesystem::path& out, int sample, bool html = false);

}  // namespace gransk::samplegen

// The recommendation register over the archive: its rows loaded, and a
// revisor's decisions and answers stored. Every recommendation has a
// stable identity (organisation, report, ordinal) shown as "RAPPORT.N"; an
// earlier recommendation known only from a follow-up is "RAPPORT.uN"; a
// response request is "RAPPORT.sN". The register is built (corpus::prepare_register)
// from the stored findings and kept in the archive by its data version, which
// every change it is built from raises, so it can never disagree with them; a
// revisor's decisions (link confirmed, moved, undone) and recorded answers are
// stored, keyed by the reports' SHA-256 so they survive re-indexing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gransk/corpus/register_build.h"
#include "gransk/index/archive.h"
#include "gransk/index/search.h"

namespace gransk::index {

// The register's types are the domain's (gransk/corpus/register_build.h).
using corpus::Answer;
using corpus::days_between;
using corpus::LinkRow;
using corpus::Register;
using corpus::RegisterEntry;
using corpus::RegisterFilter;
using corpus::ReportRef;
using corpus::ResponseRequestEntry;
using corpus::StatusEvent;

// The register as of `today` (ISO date), filtered. False and `error` when the
// archive cannot be read. Built again only after a change (kept in the
// archive for the next process; kept by no process while another writes).
[[nodiscard]] bool read_register(const Archive& archive, const RegisterFilter& filter,
                                 const std::string& today, Register& out, std::string& error);

// For a process that reads the register again and again (`gransk serve`):
// also keep it in memory by the archive's data version (Archive::data_version),
// so a read after no change does not even decode it.
void keep_register_between_reads(bool on);

// For an export of search hits: each hit's register id ("5.3", "14.u2",
// "7.s1"; none for a question or verdict) and, for a recommendation, its status
// in the register as of `today` ("öppen", "åtgärdad" …), numbered as the
// register numbers them.
[[nodiscard]] bool add_register_ids(const Archive& archive, const std::string& today,
                                    std::vector<Hit>& hits, std::string& error);

bool read_links(const Archive& archive, int64_t followup_report, std::vector<LinkRow>& out,
                std::string& error);

enum class LinkAction { Confirm, Move, Undo };
// Records a revisor's decision on follow-up item `item` ("14.u2"): confirm its
// link, move it to recommendation `target` ("5.3"), or undo it (the item is
// then tracked on its own). Survives re-indexing.
bool decide_link(Archive& archive, const std::string& item, LinkAction action,
                 const std::string& target, std::string& error);

// Records (or with `remove`, takes back) the board's answer to a response
// request ("7.s1") or to all of a report's requests ("7").
bool record_answer(Archive& archive, const std::string& request, const std::string& date,
                   const std::string& text, bool remove, std::string& error);

}  // namespace gransk::index

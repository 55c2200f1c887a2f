// The register kept in the archive between processes: what prepare_register
// builds (links, statuses, answers: nothing that depends on the day or a
// filter), stored with the data version it was built from and the program
// that built it. `gransk recs` then reads it instead of building it again
// from every finding; an ingest, a decision or an answer raises the version,
// so a kept register is never read for data it was not built from.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "gransk/corpus/register_build.h"

namespace gransk::index::detail {

// The byte form of a register core; decode is false on anything malformed.
std::string encode_core(const corpus::RegisterCore& core);
bool decode_core(std::string_view bytes, corpus::RegisterCore& core);

// Who built a kept register: this program's file (size, time, inode). A
// rebuilt Gransk, whose register rules may differ, builds its own again.
// Empty where the program's file cannot be known: nothing is then kept.
const std::string& program_identity();

// The core kept for `version` by this program, or null. Call inside the read
// transaction that read `version`.
std::shared_ptr<corpus::RegisterCore> read_kept(sqlite3* db, int64_t version);

// Keeps `core` for `version`, if the archive is still at that version and no
// other process is writing (then it is left for a later read: keeping is an
// optimisation, and a reader must never wait for a writer). Call outside any
// transaction.
void keep(sqlite3* db, int64_t version, const corpus::RegisterCore& core);

}  // namespace gransk::index::detail

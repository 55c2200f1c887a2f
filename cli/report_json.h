// The gold schema (../shared/corpus/README.md) both ways, in one place: a
// report written as JSON in its fields, each item with its provenance; and a
// gold file read into corpus::Gold for `gransk eval`.
#pragma once

#include <QJsonObject>
#include <string>

#include "gransk/corpus/evaluation.h"
#include "gransk/corpus/report.h"

namespace gransk::cli {

QJsonObject report_json(const corpus::Report& report);

// Reads a gold object into `out`. Returns what is wrong with it by the schema,
// in Swedish, or "" when it can be scored. An empty object is wrong: it would
// score every report as perfect.
std::string read_gold(const QJsonObject& gold, corpus::Gold& out);

}  // namespace gransk::cli

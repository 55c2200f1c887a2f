// JSON for a report: the gold schema's fields, each item with its provenance.
#pragma once

#include <QJsonObject>

#include "gransk/corpus/report.h"

namespace gransk::cli {

QJsonObject report_json(const corpus::Report& report);

}  // namespace gransk::cli

// The register as JSON and CSV, shared by `recs`, `followup` and `serve`.
#pragma once

#include <QJsonObject>
#include <string>
#include <vector>

#include "gransk/index/register.h"

namespace gransk::cli {

QJsonObject to_json(const index::ReportRef& r);
QJsonObject to_json(const index::RegisterEntry& e);
QJsonObject to_json(const index::ResponseRequestEntry& q);

std::vector<std::string> register_csv_header();
std::vector<std::string> register_csv_row(const index::RegisterEntry& e);

}  // namespace gransk::cli

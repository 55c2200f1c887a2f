// JSON for an extracted document (gransk extract --json).
#pragma once

#include <QJsonObject>

#include "gransk/extractor/document.h"
#include "gransk/nlp/nlp.h"

namespace gransk::cli {

QJsonObject document_json(const extractor::Document& doc, const nlp::CleanDocument& clean);

}  // namespace gransk::cli

// Renders a ReportSpec as a PDF in its firm's layout.
#pragma once

#include <string>

#include "report_spec.h"

namespace gransk::samplegen {

void write_report(const ReportSpec& r, const std::string& path);

}  // namespace gransk::samplegen

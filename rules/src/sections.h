// Shared by the matcher and the miss explainer: does a section, or one it lies
// in, have a heading that matches?
#pragma once

#include <re2/re2.h>

#include "gransk/nlp/nlp.h"

namespace gransk::rules::detail {

bool in_section(const nlp::CleanDocument& d, int section, const RE2& re);

}  // namespace gransk::rules::detail

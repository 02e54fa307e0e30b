// link_problems.h: what the link tests (share_link_test, link_keys_test,
// link_values_test) ask of a parsed link's problems.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "core/share_link.h"

namespace awscalc {

// The one problem a link has (a test failure when it has none or several).
inline std::string OnlyProblem(const ParsedLink& parsed) {
  EXPECT_EQ(parsed.problems.size(), 1u);
  return parsed.problems.empty() ? "" : parsed.problems[0].message;
}

}  // namespace awscalc

// cli_messages.cpp: see cli_messages.h.
#include "cli/cli_messages.h"

#include "core/messages.h"

namespace awscalc::cli {
namespace {

// Sorted by key.
constexpr CatalogEntry kCliEnglish[] = {
    {"cli.chance",
     "Chance that AWS earns more than {threshold} from Anthropic in {year}: {chance}"},
    {"cli.extensions",
     "Reported figures: {source}. Later years and\nthe training, AWS and stake rows are the "
     "calculator's extensions."},
    {"cli.goal", "Goal seek: {answer}"},
    {"cli.histogram", "AWS revenue from Anthropic in {year}, share of samples ($B):"},
    {"cli.histogram.bin", "{low} to{high}"},
    {"cli.link", "Link: {link}"},
    {"cli.payback", "payback {year}"},
    {"cli.payback.notYet", "payback not yet"},
    {"cli.percentile.mean", "mean"},
    {"cli.percentile.median", "median"},
    {"cli.percentile.p10", "10th percentile"},
    {"cli.percentile.p5", "5th percentile"},
    {"cli.percentile.p90", "90th percentile"},
    {"cli.percentile.p95", "95th percentile"},
    {"cli.range", "{low} to {high}"},
    {"cli.range.money", "{low} to {high} $B"},
    {"cli.range.points", "{low} to {high} points"},
    {"cli.scenarios", "Scenarios: AWS revenue from Anthropic ($B), and payback"},
    {"cli.scenarios.yours", "Your assumptions"},
    {"cli.title", "AWS revenue from Anthropic: the {firm} note, recomputed"},
    {"cli.tornado.bar", "{low} -> {lowOutput}, {high} -> {highOutput}; swing {swing}"},
    {"cli.tornado.in",
     "What matters most for {output} in {year} ({value} at your values),\neach input from the "
     "low to the high end of its range:"},
    {"cli.tornado.to",
     "What matters most for {output} to {year} ({value} at your values),\neach input from the "
     "low to the high end of its range:"},
    {"cli.uncertainty",
     "Uncertainty: {samples} samples, seed {seed}; triangular ranges around your values:"},
};

}  // namespace

void AddCliMessages() {
  AddEnglishMessages(kCliEnglish);
}

}  // namespace awscalc::cli

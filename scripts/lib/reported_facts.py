#!/usr/bin/env python3
"""reported_facts.py: data/reported.csv -> the core's table of reported facts.

    python3 scripts/lib/reported_facts.py data/reported.csv OUT.inc

Reads the facts reported since the note (one a row; README.md, "The reported facts",
says how an editor adds one), checks every row, and writes OUT.inc: the rows as C++
initializers of awscalc::ReportedFact (src/core/reported.h), which src/core/reported.cpp
includes, and the date of the newest fact (kNewestReportedDate, for the "as of" line:
the page's first download needs that date, not the whole table). A row that is not right stops the build: the file, the line and what is
wrong, on stderr, and exit status 1 (nothing is written).
"""
import csv
import math
import re
import sys
from datetime import date

COLUMNS = ['id', 'measure', 'period', 'qualifier', 'value', 'value_high', 'unit',
           'reported_on', 'source', 'url', 'strength', 'definition']

# What can be measured, the period each is stated for, and whether a row must say
# exactly what it measures (a definition). Keep in step with ReportedMeasure in
# src/core/reported.h (the build fails when a name is missing there).
MEASURES = {
    'aws_net_sales': ('year or quarter', False),
    'amazon_stake': ('date', True),
    'amazon_investment': ('quarter', True),
    'compute_commitment': ('years', True),
    'anthropic_revenue_year': ('year', False),
    'anthropic_revenue_quarter': ('quarter', False),
    'anthropic_run_rate': ('month', True),
    'anthropic_gross_margin': ('year', True),
    'anthropic_projection': ('year', False),
}
PERIODS = {
    'year': r'\d{4}',
    'quarter': r'\d{4}-Q[1-4]',
    'year or quarter': r'\d{4}(-Q[1-4])?',
    'month': r'\d{4}-(0[1-9]|1[0-2])',
    'date': r'\d{4}-\d{2}-\d{2}',
    'years': r'\d{4}-\d{4}',
}
# Measures the "Since the note" view charts over time (src/core/reported_charts.cpp): in
# the file, each one's rows go in time order, as the charts draw them.
IN_TIME_ORDER = ('aws_net_sales', 'amazon_stake', 'anthropic_run_rate')
QUALIFIERS = {'': 'kExact', 'about': 'kAbout', 'over': 'kOver', 'up to': 'kUpTo'}
UNITS = {'usd_billion': 'Unit::kBillionUsd', 'percent': 'Unit::kPercent'}
# Strongest first. Secondary reports (an outlet repeating another's report or an
# analyst's note) are left out of the product: a row may not carry one.
STRENGTHS = {'filing': 'kFiling', 'company': 'kCompany', 'reported': 'kReported'}


class RowError(Exception):
    pass


def valid_date(text):
    """YYYY-MM-DD or YYYY-MM (a month when the day was not given)."""
    match = re.fullmatch(r'(\d{4})-(\d{2})(?:-(\d{2}))?', text)
    if not match:
        return False
    try:
        date(int(match[1]), int(match[2]), int(match[3] or 1))
    except ValueError:
        return False
    return True


def number(text, what):
    try:
        value = float(text)
    except ValueError:
        raise RowError(f'{what} "{text}" is not a number')
    if not math.isfinite(value):
        raise RowError(f'{what} "{text}" is not a finite number')
    return value


def period_time(period):
    """Where a period sits in time, in years, as the charts place it (PeriodTime in
    src/core/reported_charts.cpp): a year's middle, a month's, a quarter's, a day's end."""
    year = int(period[:4])
    if len(period) == 4:
        return year + 0.5
    if period[5] == 'Q':
        return year + (int(period[6]) - 0.5) / 4
    month = int(period[5:7])
    if len(period) == 7:
        return year + (month - 0.5) / 12
    return year + (month - 1 + int(period[8:10]) / 31) / 12


def c_string(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def check(row, seen, latest):
    """The row's C++ initializer, or RowError saying what is wrong. `latest`: the period of
    the last row of each measure kept in time order."""
    for column in COLUMNS:
        if row.get(column) is None:
            raise RowError(f'the row has no "{column}" column (too few values)')
    if None in row:
        raise RowError('the row has more values than the header has columns')
    fact_id = row['id']
    if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', fact_id):
        raise RowError(f'the id "{fact_id}" must be lowercase letters, digits and dashes')
    if fact_id in seen:
        raise RowError(f'the id "{fact_id}" is already used on line {seen[fact_id]}')
    measure = row['measure']
    if measure not in MEASURES:
        raise RowError(f'unknown measure "{measure}" (the measures are {", ".join(MEASURES)})')
    period_kind, needs_definition = MEASURES[measure]
    if not re.fullmatch(PERIODS[period_kind], row['period']):
        raise RowError(f'the period "{row["period"]}" of {measure} must be a {period_kind} '
                       f'({PERIODS[period_kind]})')
    if row['qualifier'] not in QUALIFIERS:
        raise RowError(f'the qualifier "{row["qualifier"]}" must be empty, about, over or up to')
    value = number(row['value'], 'the value')
    value_high = number(row['value_high'], 'the high value') if row['value_high'] else math.nan
    if not math.isnan(value_high) and value_high < value:
        raise RowError(f'the high value {row["value_high"]} is below the value {row["value"]}')
    if row['unit'] not in UNITS:
        raise RowError(f'the unit "{row["unit"]}" must be {" or ".join(UNITS)}')
    if not valid_date(row['reported_on']):
        raise RowError(f'the date "{row["reported_on"]}" is not a date (YYYY-MM-DD, or YYYY-MM)')
    if not row['source'].strip():
        raise RowError('the source is missing')
    url = row['url']
    if url and not re.fullmatch(r'https://[^\s"<>]+', url):
        raise RowError(f'the URL "{url}" must be an https:// address (or empty)')
    if row['strength'] not in STRENGTHS:
        raise RowError(f'the strength "{row["strength"]}" must be {", ".join(STRENGTHS)} '
                       '(secondary reports are left out)')
    if needs_definition and not row['definition'].strip():
        raise RowError(f'{measure} needs a definition: what exactly the figure measures')
    if measure in IN_TIME_ORDER:
        before = latest.get(measure)
        if before is not None and period_time(row['period']) <= period_time(before):
            raise RowError(f'the period "{row["period"]}" comes after {before} in the file: rows of '
                           f'{measure} go in time order (the charts draw them so)')
        latest[measure] = row['period']
    high = 'kNoHigh' if math.isnan(value_high) else repr(value_high)
    return ('  {' + ', '.join([
        c_string(fact_id), f'ReportedMeasure::k{"".join(w.title() for w in measure.split("_"))}',
        c_string(row['period']), f'Qualifier::{QUALIFIERS[row["qualifier"]]}', repr(value), high,
        UNITS[row['unit']], c_string(row['reported_on']), c_string(row['source']), c_string(url),
        f'Strength::{STRENGTHS[row["strength"]]}', c_string(row['definition'])]) + '},')


def main(argv):
    if len(argv) != 3:
        print('usage: reported_facts.py data/reported.csv OUT.inc', file=sys.stderr)
        return 2
    source, output = argv[1], argv[2]
    errors = []
    lines = []
    seen = {}
    latest = {}
    row_dates = []
    with open(source, newline='', encoding='utf-8') as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != COLUMNS:
            print(f'{source}:1: the header must be {",".join(COLUMNS)}', file=sys.stderr)
            return 1
        for row in reader:
            line = reader.line_num
            try:
                lines.append(check(row, seen, latest))
                seen[row['id']] = line
                row_dates.append(row['reported_on'])
            except RowError as error:
                errors.append(f'{source}:{line}: {error}')
    if not lines and not errors:
        errors.append(f'{source}: no facts')
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        return 1
    newest = max(row_dates)
    with open(output, 'w', encoding='utf-8') as f:
        f.write(f'// Generated from {source} by scripts/lib/reported_facts.py: edit the data file.\n')
        f.write('#ifdef AWSCALC_REPORTED_NEWEST\n')
        f.write(f'inline constexpr char kNewestReportedDate[] = {c_string(newest)};\n')
        f.write('#else\n')
        f.write('\n'.join(lines) + '\n')
        f.write('#endif\n')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

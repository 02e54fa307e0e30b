#!/usr/bin/env python3
"""reported_facts_test.py: the reported facts' data file and its way into the product.

    python3 tests/data/reported_facts_test.py path/to/aws-calc   (ctest: reported_facts)

- Each kind of malformed row stops the generator (scripts/lib/reported_facts.py) with
  the file, the line and the reason, and writes nothing.
- A row added to a copy of data/reported.csv, or a row changed, reaches the generated
  table.
- Every row of data/reported.csv reaches the command line (aws-calc --reported --json,
  --csv), figure for figure, and no run-rate is named as a year's revenue there.
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..'))
GENERATOR = os.path.join(ROOT, 'scripts', 'lib', 'reported_facts.py')
DATA = os.path.join(ROOT, 'data', 'reported.csv')
CLI = sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(ROOT, 'build', 'dev', 'src', 'cli', 'aws-calc')

GOOD = ('ok-row,anthropic_revenue_year,2025,,4.59,,usd_billion,2026-09-29,A named outlet,'
        'https://example.com/a,reported,Revenue in the calendar year')


def generate(rows):
    """Runs the generator on a file of the data file's header and `rows` (lines 2...):
    (exit status, stderr, the generated text or None)."""
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, 'reported.csv')
        output = os.path.join(folder, 'out.inc')
        with open(DATA, encoding='utf-8') as f:
            header = f.readline()
        with open(source, 'w', encoding='utf-8') as f:
            f.write(header + '\n'.join(rows) + '\n')
        run = subprocess.run([sys.executable, GENERATOR, source, output], capture_output=True, text=True)
        text = None
        if os.path.exists(output):
            with open(output, encoding='utf-8') as f:
                text = f.read()
        return run.returncode, run.stderr.replace(source, 'reported.csv'), text


def with_column(column, value, row=GOOD):
    cells = next(csv.reader([row]))
    with open(DATA, encoding='utf-8') as f:
        header = f.readline().strip().split(',')
    cells[header.index(column)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator='').writerow(cells)
    return out.getvalue()


class MalformedRows(unittest.TestCase):
    def refused(self, row, reason):
        status, stderr, text = generate([GOOD.replace('ok-row', 'first'), row])
        self.assertEqual(status, 1, stderr)
        self.assertIn('reported.csv:3: ', stderr)   # the file and the line (header = 1)
        self.assertIn(reason, stderr)
        self.assertIsNone(text, 'nothing is written')

    def test_unknown_measure(self):
        self.refused(with_column('measure', 'aws_revenue'), 'unknown measure "aws_revenue"')

    def test_a_date_that_is_not_a_date(self):
        self.refused(with_column('reported_on', '2026-02-30'), 'is not a date')
        self.refused(with_column('reported_on', 'last week'), 'is not a date')

    def test_a_value_that_is_not_a_number(self):
        self.refused(with_column('value', '4.59B'), 'is not a number')
        self.refused(with_column('value', 'nan'), 'is not a finite number')

    def test_a_url_that_is_not_https(self):
        self.refused(with_column('url', 'http://example.com/a'), 'must be an https:// address')
        self.refused(with_column('url', 'javascript:alert(1)'), 'must be an https:// address')

    def test_a_missing_source(self):
        self.refused(with_column('source', ''), 'the source is missing')

    def test_a_period_of_the_wrong_kind(self):
        self.refused(with_column('period', '2025-Q3'), 'must be a year')

    def test_a_secondary_report(self):
        self.refused(with_column('strength', 'secondary'), 'secondary reports are left out')

    def test_a_run_rate_without_its_definition(self):
        row = with_column('definition', '', with_column('period', '2025-12', with_column('measure', 'anthropic_run_rate')))
        self.refused(row, 'anthropic_run_rate needs a definition')

    def test_a_charted_measure_out_of_time_order(self):
        first = with_column('id', 'later', with_column('measure', 'anthropic_run_rate',
                            with_column('period', '2026-05', with_column('definition', 'Annualized'))))
        earlier = with_column('period', '2026-02', with_column('id', 'earlier', first))
        status, stderr, text = generate([first, earlier])
        self.assertEqual(status, 1, stderr)
        self.assertIn('reported.csv:3: the period "2026-02" comes after 2026-05 in the file', stderr)
        self.assertIsNone(text)

    def test_a_repeated_id(self):
        self.refused(GOOD.replace('ok-row', 'first'), 'already used on line 2')

    def test_a_row_with_too_few_values(self):
        self.refused('short,aws_net_sales,2025', 'too few values')


MEASURES = os.path.join(ROOT, 'data', 'reported_measures.csv')


def generate_with_measures(measure_lines, rows):
    """Runs the generator with a measures file of `measure_lines` (after its header):
    (exit status, stderr, the vocabulary header's text or None)."""
    with tempfile.TemporaryDirectory() as folder:
        measures = os.path.join(folder, 'measures.csv')
        with open(MEASURES, encoding='utf-8') as f:
            header = f.readline()
        with open(measures, 'w', encoding='utf-8') as f:
            f.write(header + '\n'.join(measure_lines) + '\n')
        source = os.path.join(folder, 'reported.csv')
        with open(DATA, encoding='utf-8') as f:
            source_header = f.readline()
        with open(source, 'w', encoding='utf-8') as f:
            f.write(source_header + '\n'.join(rows) + '\n')
        run = subprocess.run([sys.executable, GENERATOR, source, os.path.join(folder, 'out.inc'),
                              '--measures', measures], capture_output=True, text=True)
        vocabulary = os.path.join(folder, 'reported_vocabulary.h')
        text = open(vocabulary, encoding='utf-8').read() if os.path.exists(vocabulary) else None
        return run.returncode, run.stderr.replace(measures, 'measures.csv'), text


class TheMeasuresFile(unittest.TestCase):
    """What can be measured is declared once (data/reported_measures.csv): the generator
    writes the core's enum and words from it and checks rows against it."""

    def lines(self):
        with open(MEASURES, encoding='utf-8') as f:
            return f.read().splitlines()[1:]

    def test_a_measure_added_reaches_the_vocabulary(self):
        status, stderr, text = generate_with_measures(
            self.lines() + ['google_stake,"Google\'s Anthropic stake",date,yes,yes'], [GOOD])
        self.assertEqual(status, 0, stderr)
        self.assertIn('kAnthropicProjection, kGoogleStake };', text)
        self.assertIn('{"google_stake", "Google\'s Anthropic stake"}', text)
        self.assertIn('inline constexpr int kReportedMeasureCount = %d;' % (len(self.lines()) + 1), text)
        self.assertIn('kStrengthWords[] = {"filing", "company", "reported"}', text)

    def test_a_measure_removed_refuses_its_rows(self):
        kept = [line for line in self.lines() if not line.startswith('anthropic_revenue_year,')]
        status, stderr, text = generate_with_measures(kept, [GOOD])
        self.assertEqual(status, 1, stderr)
        self.assertIn('reported.csv:2: unknown measure "anthropic_revenue_year"', stderr)

    def test_a_malformed_measure(self):
        status, stderr, text = generate_with_measures(self.lines() + ['odd_thing,Odd,fortnight,no,no'], [GOOD])
        self.assertEqual(status, 1, stderr)
        self.assertIn(f'measures.csv:{len(self.lines()) + 2}: the period "fortnight" must be', stderr)
        self.assertIsNone(text, 'nothing is written')


class RowsReachTheTable(unittest.TestCase):
    def test_an_added_row_and_a_changed_row(self):
        with open(DATA, encoding='utf-8') as f:
            rows = f.read().splitlines()[1:]
        status, stderr, base = generate(rows)
        self.assertEqual(status, 0, stderr)
        self.assertEqual(base.count('\n  {'), len(rows))
        added = with_column('id', 'added-in-a-test', with_column('value', '123.25'))
        status, stderr, text = generate(rows + [added])
        self.assertEqual(status, 0, stderr)
        self.assertIn('{"added-in-a-test", ReportedMeasure::kAnthropicRevenueYear, "2025", Qualifier::kExact, 123.25,', text)
        changed = [rows[0].replace('107.556', '107.557')] + rows[1:]
        status, stderr, text = generate(changed)
        self.assertIn('107.557', text)
        self.assertNotIn('107.556', text)


class RowsReachTheCommandLine(unittest.TestCase):
    def test_every_row_with_its_figure_date_source_and_strength(self):
        with open(DATA, encoding='utf-8') as f:
            rows = list(csv.DictReader(f))
        facts = json.loads(subprocess.run([CLI, '--reported', '--json'], capture_output=True, text=True, check=True).stdout)
        self.assertEqual([fact['id'] for fact in facts], [row['id'] for row in rows])
        for row, fact in zip(rows, facts):
            self.assertEqual(fact['measure'], row['measure'])
            self.assertEqual(fact['period'], row['period'])
            self.assertEqual(fact['value'], float(row['value']))
            self.assertEqual(fact['valueHigh'], float(row['value_high']) if row['value_high'] else None)
            self.assertEqual(fact['reportedOn'], row['reported_on'])
            self.assertEqual(fact['source'], row['source'])
            self.assertEqual(fact['url'], row['url'])
            self.assertEqual(fact['strength'], row['strength'])
            self.assertEqual(fact['definition'], row['definition'])
        newest = max(row['reported_on'] for row in rows)
        link = json.loads(subprocess.run([CLI, '--json', 'v=1'], capture_output=True, text=True, check=True).stdout)
        self.assertEqual(link['asOf'], {'note': 'July 2025', 'reported': newest})

    def test_no_run_rate_is_named_a_years_revenue(self):
        table = subprocess.run([CLI, '--reported', '--csv'], capture_output=True, text=True, check=True).stdout
        rows = list(csv.DictReader(io.StringIO(table)))
        self.assertNotIn('Revenue', ' '.join(next(csv.reader(io.StringIO(table)))))  # no column says revenue
        run_rates = [row for row in rows if 'run-rate' in row['Measure']]
        self.assertGreater(len(run_rates), 0)
        for row in run_rates:
            self.assertIn("not a year's revenue", row['Measure'])
            self.assertIn("not a year's revenue", row['What it measures'])
        for row in rows:
            if 'revenue in the year' in row['Measure']:
                self.assertNotIn('run-rate', row['What it measures'])


if __name__ == '__main__':
    unittest.main(verbosity=2)

#!/usr/bin/env python3
"""reported_copy_test.py: an edit to the reported facts reaches every place, through the build.

    python3 tests/data/reported_copy_test.py SOURCE_DIR BUILD_DIR   (ctest: reported_copy)

Builds the command line (the core and aws-calc only, in BUILD_DIR) from a copy of
data/reported.csv with one row added (a newer run-rate) and one row changed (2025's gross
margin), as an editor would, then checks that both reach every door of the core's table:
the facts (--reported as a table, --json and --csv), a link's JSON ("as of" now the added
row's date), its CSV (the as-of row and the reported section), its table ("AWS and
Amazon"), and the "As reported" preset (its margin). The page reads the same table (the
wasm-vs-CLI test holds it to the command line).
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
import zipfile

SOURCE, BUILD = sys.argv[1], sys.argv[2]
del sys.argv[1:3]
DATA = os.path.join(SOURCE, 'data', 'reported.csv')

ADDED = ('run-rate-test-added,anthropic_run_rate,2026-11,over,71.5,,usd_billion,2026-11-30,'
         '"A test, not a fact",https://example.com/added,company,'
         '"Annualized revenue at a point in time, stated gross of the share cloud partners keep; '
         'not a year\'s revenue"')
CHANGED_ID, CHANGED_VALUE = 'margin-2025', '41.5'


def edited_copy(folder):
    with open(DATA, encoding='utf-8') as f:
        rows = list(csv.reader(f))
    header = rows[0]
    for row in rows[1:]:
        if row[0] == CHANGED_ID:
            row[header.index('value')] = CHANGED_VALUE
    out = io.StringIO()
    csv.writer(out, lineterminator='\n').writerows(rows)
    path = os.path.join(folder, 'reported.csv')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(out.getvalue() + ADDED + '\n')
    return path


def build(copy):
    subprocess.run(['cmake', '-S', SOURCE, '-B', BUILD, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Debug',
                    '-DAWSCALC_TESTS=OFF', f'-DAWSCALC_REPORTED_CSV={copy}'],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(['cmake', '--build', BUILD, '--target', 'aws-calc'], check=True,
                   stdout=subprocess.DEVNULL)
    return os.path.join(BUILD, 'src', 'cli', 'aws-calc')


class AnEditReachesEveryPlace(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.cli = build(edited_copy(cls.folder.name))

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def run_cli(self, *args):
        return subprocess.run([self.cli, *args], check=True, capture_output=True, text=True).stdout

    def test_the_facts(self):
        facts = {f['id']: f for f in json.loads(self.run_cli('--reported', '--json'))}
        self.assertEqual(facts['run-rate-test-added']['text'], 'over $71.5B')
        self.assertEqual(facts['run-rate-test-added']['source'], 'A test, not a fact')
        self.assertEqual(facts[CHANGED_ID]['value'], 41.5)
        table = self.run_cli('--reported')
        self.assertIn('Reported figures up to 2026-11-30.', table)
        self.assertIn('2026-11    over $71.5B', table)
        self.assertIn('about 41.5%', table)
        self.assertIn('"A test, not a fact"', self.run_cli('--reported', '--csv'))

    def test_a_links_json_csv_and_table(self):
        link = json.loads(self.run_cli('--json', 'v=1'))
        self.assertEqual(link['asOf'], {'note': 'July 2025', 'reported': '2026-11-30'})
        self.assertEqual(link['grossMarginPct'], [60, 60, 60])  # the note's stay the defaults
        # The data download (--zip): its metadata's dates, and the fact in reported.csv.
        data = subprocess.run([self.cli, '--zip', 'v=1'], check=True, capture_output=True).stdout
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            meta = json.loads(archive.read('metadata.json'))
            rows = list(csv.reader(io.StringIO(archive.read('reported.csv').decode('utf-8'))))
        self.assertEqual(meta['asOf'], 'Note: July 2025. Reported figures up to 2026-11-30.')
        self.assertEqual(meta['reportedUpTo'], '2026-11-30')
        added = [row for row in rows if row[:3] == [
            "Anthropic's run-rate (annualized, gross; not a year's revenue)", '2026-11', 'over $71.5B']]
        self.assertEqual(len(added), 1, 'the added row is not in the download\'s reported.csv')
        self.assertTrue(any(row[:3] == ["Anthropic's gross margin", '2025', 'about 41.5%'] for row in rows))

    def test_the_as_reported_preset(self):
        scenario = json.loads(self.run_cli('--json', 'v=1&s1=reported'))['scenarios'][0]
        self.assertEqual(scenario['grossMarginPct'][0], 41.5)
        self.assertEqual(scenario['name'], 'As reported since the note')


if __name__ == '__main__':
    unittest.main()

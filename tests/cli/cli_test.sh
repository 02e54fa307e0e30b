#!/usr/bin/env bash
# cli_test.sh: `aws-calc` as an analyst uses it. Usage: cli_test.sh path/to/aws-calc
set -u
cli=$1
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run NAME EXPECTED_STATUS ARGS...: runs the CLI, keeps stdout/stderr in $tmp/NAME.{out,err}.
run() {
  local name=$1 expected=$2
  shift 2
  "$cli" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "FAIL $name: exit status $status, expected $expected"; failures=$((failures + 1))
  fi
}
# has NAME STREAM TEXT: the stream contains TEXT (fixed string; runs of spaces count as
# one, so the table's column widths can change without rewriting every check).
has() {
  if ! tr -s ' ' <"$tmp/$1.$2" | grep -qF -- "$(printf '%s' "$3" | tr -s ' ')"; then
    echo "FAIL $1: $2 lacks: $3"; sed 's/^/    /' "$tmp/$1.$2"; failures=$((failures + 1))
  fi
}
empty() {
  if [ -s "$tmp/$1.$2" ]; then echo "FAIL $1: $2 is not empty"; failures=$((failures + 1)); fi
}

run defaults 0 'v=1'
has defaults out 'AWS revenue from Anthropic ($B)                1.20      3.00      5.70'
has defaults out "Revenue the note's figure needs at your margin and share (\$B) 4.27 10.00 18.67"
has defaults out "AWS revenue reported by the note (\$B) 1.28 ~3 5.60"
has defaults out 'Link: #v=1'
# The "AWS and Amazon" sentences are the interface's (core/explain.h), not the table's own.
has defaults out "That does not cover Amazon's \$8B investment by 2027."
has defaults out "Amazon's stake, bought for \$8B, is worth \$13.8B: a gain of \$5.8B, 1.73× the money."
empty defaults err

# Reported since the note, in the same view: Anthropic's share of AWS on AWS's reported
# 2025 net sales, and the stake as last reported.
has defaults out "AWS's 2025 net sales were reported at \$128.725B"
has defaults out "Amazon's filings put its Anthropic stake at"

# --set: a value as a reader types it (a decimal comma, the unit around it), on top of
# the link; a refused value is a problem (exit 1) and changes nothing.
run typed_comma 0 --json --set 'gm=62,5' --set 'rev.2026=$30B' 'v=1'
has typed_comma out '"grossMarginPct":[62.5,62.5,62.5]'
has typed_comma out '"link":"v=1&rev=4,30,19&gm=62.5"'
run typed_grouping 1 --json --set 'gm.2027=1,00.5' 'v=1'
has typed_grouping err 'Anthropic gross margin, 2027 "1,00.5" is not grouped in threes'
has typed_grouping out '"grossMarginPct":[60,60,60]'
run typed_range 1 --set 'aws=150' 'v=1'
has typed_range err 'cannot be above 100% (150 was given): nothing was changed.'
run typed_key 2 --set 'zz=1'
has typed_key err '--set zz=1: no input has the key zz'

run no_link 0
has no_link out '1.20      3.00      5.70'

run matched 0 --preset matched
has matched out 'AWS revenue from Anthropic ($B)                1.28      3.00      5.60'
has matched out 'Link: #v=1&rev=4.267,10,18.667'

run matched_link 0 '#v=1&rev=4.267,10,18.667'
has matched_link out '1.28      3.00      5.60'

run url 0 'https://example.org/calc/#v=1&rev=5,12,24'
has url out 'Link: #v=1&rev=5,12,24'

run bad 1 'v=1&gm=abc&aws=150&rev=4,10,19&rev=1'
has bad err 'aws-calc: link problem: gm=abc: Anthropic gross margin must be a plain decimal number'
has bad err 'aws-calc: link problem: aws=150: Share of Anthropic'"'"'s costs spent on AWS cannot be above 100%'
has bad err 'aws-calc: link problem: rev=1: "rev" appears more than once'
has bad out 'AWS revenue from Anthropic ($B)                1.60      4.00      7.60'

run json 0 --json 'v=1'
has json out '{"years":[2025,2026,2027],"anthropicRevenue":[4,10,19]'
has json out '"link":"v=1","asOf":{"note":"July 2025","reported":"'
has json out '"},"problems":[]}'

run json_bad 1 --json 'gm=abc'
has json_bad out '"problems":["gm=abc: Anthropic gross margin must be a plain decimal number'

# --csv: the projection, one tidy table (its first line the column names).
run csv 0 --csv 'rev=4.5,12,24'
has csv out '2025,4.50,60.0,75.0,'
if [ "$(head -c 32 "$tmp/csv.out")" != 'Year,Anthropic revenue ($B),Anth' ]; then
  echo "FAIL csv: the first line is not the column names"; failures=$((failures + 1))
fi

# --exact: the same file with every value exact, as --json writes numbers.
run csv_exact 0 --csv --exact 'rev=4.5,12,24'
has csv_exact out '2025,4.5,60,75,0,'
run exact_alone 2 --exact
has exact_alone err 'aws-calc: --exact goes with --csv or --zip'

# --zip: the data download, as Python's zipfile and csv modules read it: its files whole
# (CRC-checked), each CSV one table, pandas-like column access, the metadata's link and
# dates, the same bytes on the same day.
AWSCALC_DATE=2026-11-29 "$cli" --zip 'https://news.example/calc/#v=1&s1=bear' >"$tmp/data.zip"
AWSCALC_DATE=2026-11-29 "$cli" --zip 'https://news.example/calc/#v=1&s1=bear' >"$tmp/data2.zip"
if ! cmp -s "$tmp/data.zip" "$tmp/data2.zip"; then echo "FAIL zip: not the same bytes twice"; failures=$((failures + 1)); fi
if ! python3 - "$tmp/data.zip" <<'PY'
import csv, io, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as archive:
    assert archive.testzip() is None, 'a CRC does not match'
    names = archive.namelist()
    assert names == ['projection.csv', 'single-values.csv', 'percentiles.csv', 'scenarios.csv',
                     'reported.csv', 'metadata.json'], names
    meta = json.loads(archive.read('metadata.json'))
    assert meta['link'] == 'https://news.example/calc/#v=1&s1=bear', meta['link']
    assert meta['noteDate'] == 'July 2025' and meta['downloadedOn'] == '2026-11-29', meta
    assert meta['licence']['name'] == 'CC BY 4.0'
    assert [f['name'] for f in meta['files']] == names[:-1], meta['files']
    table = list(csv.DictReader(io.StringIO(archive.read('projection.csv').decode('utf-8'))))
    assert [row['Year'] for row in table] == ['2025', '2026', '2027']
    assert [float(row['AWS revenue from Anthropic ($B)']) for row in table] == [1.2, 3.0, 5.7]
    singles = {row['Result']: row['Value'] for row in csv.DictReader(io.StringIO(archive.read('single-values.csv').decode('utf-8')))}
    assert singles["Year the operating profit covers Amazon's investment"] == 'not by 2027', singles
    assert archive.getinfo('projection.csv').date_time[:3] == (2026, 11, 29)
PY
then echo "FAIL zip: Python could not read the data download as it should"; failures=$((failures + 1)); fi
run zip_reported 2 --reported --zip
has zip_reported err 'takes no link'

run help 0 --help
has help out 'usage: aws-calc'

run unknown_option 2 --xml
has unknown_option err 'aws-calc: unknown option --xml'
has unknown_option err 'usage: aws-calc'
empty unknown_option out

run two_links 2 'v=1' 'gm=5'
has two_links err 'give one link'

run two_formats 2 --csv --json
run no_preset_id 2 --preset
run bad_preset 2 --preset moon
has bad_preset err "no preset called 'moon'"

# The analysis sections: uncertainty, tornado, scenarios, goal seek.
run analysis 0 'v=1&goal=aws&target=9.728&s1=bear&s2.gm=50&s2.name=Cheap%20chips'
has analysis out 'Uncertainty: 10000 samples, seed 1; triangular ranges around your values:'
has analysis out 'Anthropic gross margin -10 to +10 points'
has analysis out 'Chance that AWS earns more than $5.00B from Anthropic in 2027:'
has analysis out 'AWS revenue from Anthropic in 2027, share of samples ($B):'
has analysis out 'What matters most for AWS revenue from Anthropic in 2027 ($5.70B at your values)'
has analysis out 'Anthropic revenue $13.30B -> $3.99B, $24.70B -> $7.41B; swing $3.42B'
has analysis out '1. Bear case (the calculator'"'"'s illustration)'
has analysis out '2. Cheap chips 1.50 3.75 7.12'
has analysis out 'Goal seek: It would take an AWS share of 128%, and a share cannot exceed 100%.'
empty analysis err

run parts 0 --parts tornado 'v=1'
has parts out 'What matters most'
if grep -q 'Uncertainty:' "$tmp/parts.out"; then echo "FAIL parts: uncertainty printed"; failures=$((failures + 1)); fi

run json_parts 0 --json --parts projection 'v=1&goal=gm'
has json_parts out '"stakeMultiple":1.725,"link":"v=1&goal=gm","asOf":{'

run json_all 0 --json 'v=1&n=1000&seed=3&goal=gm&target=8'
has json_all out '"uncertainty":{"samples":1000,"seed":3,"year":2027,"awsFromAnthropic":{"p5":['
has json_all out '"tornado":{"output":"aws","year":2027,"central":5.7,"bars":[{"input":"rev"'
has json_all out '"scenarios":[],"goal":{"input":"gm","output":"aws","year":2027,"target":8,"outcome":"solved"'

# The facts reported since the note (data/reported.csv): a table, CSV and JSON.
run reported 0 --reported
has reported out 'Reported since the note. Note: July 2025. Reported figures up to '
has reported out "Anthropic's run-rate (annualized, gross; not a year's revenue)"
has reported out '2025 $128.725B 2026-02-05 filing Amazon Q4 2025 earnings release'
empty reported err
run reported_csv 0 --reported --csv
has reported_csv out 'Measure,Period,Figure as reported,Value,High value,Unit,Reported on,Source,URL,Strength,What it measures'
run reported_json 0 --reported --json
has reported_json out '{"id":"margin-2025","measure":"anthropic_gross_margin","period":"2025","qualifier":"about","value":40,'
run reported_link 2 --reported 'v=1'
has reported_link err '--reported takes no link'

run bad_parts 2 --parts charts
has bad_parts err "--parts takes all, projection or a comma list of uncertainty, tornado, scenarios, goal; not 'charts'"

run bad_new_keys 1 'n=500&yr=2031&s4=bear'
has bad_new_keys err 'aws-calc: link problem: n=500: The number of Monte Carlo samples cannot be below 1000'
has bad_new_keys err 'aws-calc: link problem: yr=2031: The chosen year cannot be above 2027'
has bad_new_keys err 'aws-calc: link problem: s4=bear: at most 3 scenarios can be kept'
has bad_new_keys out 'Uncertainty: 1000 samples'

# --batch: one line of JSON per line of standard input, each the same as --json alone.
printf 'v=1\nv=1&gm=55&debug=abort\r\n#gm=50?aws=10\n' | "$cli" --json --batch >"$tmp/batch.out" 2>"$tmp/batch.err"
if [ "$(wc -l <"$tmp/batch.out")" -ne 3 ]; then echo "FAIL batch: $(wc -l <"$tmp/batch.out") lines"; failures=$((failures + 1)); fi
for i in 1 2 3; do
  link=$(printf 'v=1\nv=1&gm=55&debug=abort\n#gm=50?aws=10\n' | sed -n "${i}p")
  if [ "$(sed -n "${i}p" "$tmp/batch.out")" != "$("$cli" --json "$link" 2>/dev/null)" ]; then
    echo "FAIL batch: line $i differs from --json '$link'"; failures=$((failures + 1))
  fi
done
empty batch err
run batch_table 2 --batch
has batch_table err 'aws-calc: --batch writes JSON: add --json'

# --svg: a chart as a file to republish, dated by AWSCALC_DATE so the bytes are stable.
export AWSCALC_DATE=2026-11-29
run svg 0 --svg 'v=1'
has svg out '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 '
has svg out '<title>AWS revenue from Anthropic, $B per year</title>'
has svg out "Sources: the note's figures (Morgan Stanley note via Business Insider (July 2025)); the model's, the"
has svg out 'Downloaded on 2026-11-29.</text>'
has svg out '>#v=1</text>'
has svg out '>$5.70B</text>'
empty svg err
run svg_again 0 --svg 'v=1'
if ! cmp -s "$tmp/svg.out" "$tmp/svg_again.out"; then echo "FAIL svg: two runs differ"; failures=$((failures + 1)); fi
if [ "$(tail -c 7 "$tmp/svg.out")" != "</svg>" ]; then echo "FAIL svg: does not end with </svg>"; failures=$((failures + 1)); fi

run svg_compare 0 --svg --chart compare 'v=1&s1=bear&s2.gm=50&s2.name=Cheap%20chips'
has svg_compare out '>Yours</text>'
has svg_compare out '2: Cheap chips'
has svg_compare out 'fill="#8250df"'

# The chart of the link's tab, the page's address from a whole URL, the link's theme.
run svg_tab 0 --svg 'https://example.org/calc/#v=1&n=1000&tab=range&theme=dark'
has svg_tab out '>90% of outcomes</text>'
has svg_tab out '>https://example.org/calc/#v=1&amp;n=1000&amp;tab=range&amp;theme=dark</text>'
has svg_tab out 'fill="#0d1117"/>'
run svg_options 0 --svg --chart tornado --dark --width 900 'v=1'
has svg_options out 'width="900"'
has svg_options out 'What matters most for AWS revenue from Anthropic in 2027'
has svg_options out 'fill="#0d1117"/>'
# Pictures of a fixed size, as the page's PNG buttons: their pixels, their layout.
run svg_square 0 --svg --size square --dark 'v=1'
has svg_square out 'viewBox="0 0 720 720" width="1080" height="1080"'
has svg_square out 'fill="#0d1117"/>'
run svg_social 0 --svg --size social --chart fan 'v=1&n=1000'
has svg_social out 'viewBox="0 0 800 450" width="1200" height="675"'
has svg_social out 'the calculator'"'"'s own assumptions of how far each input may vary'
run svg_graphic 0 --svg --size social --graphic '  Jane Doe,   The Paper ' 'v=1'
has svg_graphic out '>Graphic: Jane Doe, The Paper</text>'
run graphic_alone 2 --graphic 'Jane Doe'
has graphic_alone err 'go with --svg'
run svg_size_bad 2 --svg --size banner 'v=1'
has svg_size_bad err "aws-calc: --size takes social or square; not 'banner'"
run svg_problem 1 --svg 'gm=abc'
has svg_problem out '<svg xmlns='
has svg_problem err 'aws-calc: link problem: gm=abc'

run bad_chart 2 --svg --chart pie
has bad_chart err "aws-calc: --chart takes bars, fan, histogram, tornado or compare; not 'pie'"
has bad_chart err 'usage: aws-calc'
empty bad_chart out
run no_chart_name 2 --svg --chart
has no_chart_name err '--chart needs a name'
run chart_alone 2 --chart fan
has chart_alone err 'aws-calc: --chart, --dark, --width, --size and --graphic go with --svg'
run bad_width 2 --svg --width 10
has bad_width err "aws-calc: --width takes a number of px from 280 to 2400; not '10'"
run hex_width 2 --svg --width 0x200
has hex_width err "aws-calc: --width takes a number of px from 280 to 2400; not '0x200'"
run svg_and_csv 2 --svg --csv
has svg_and_csv err 'choose one of --table, --csv, --zip, --json, --svg'
unset AWSCALC_DATE
before=$(date -u +%Y-%m-%d)
run svg_today 0 --svg
after=$(date -u +%Y-%m-%d)
if ! grep -qF -e "$before.</text>" -e "$after.</text>" "$tmp/svg_today.out"; then
  echo "FAIL svg_today: not dated $after (UTC)"; failures=$((failures + 1))
fi

# The hostile-input review, round three, at the CLI's door.
# A tiny span: the histogram is a few labels, not millions (it ran out of memory at 2 GB).
export AWSCALC_DATE=2026-12-06
run tiny_histogram 0 --svg --chart histogram 'rev=0,0,1e-20'
if [ "$(wc -c <"$tmp/tiny_histogram.out")" -gt 65536 ]; then
  echo "FAIL tiny_histogram: $(wc -c <"$tmp/tiny_histogram.out") bytes"; failures=$((failures + 1))
fi
has tiny_histogram out '</svg>'
# A formula as a scenario's name is text in the CSV, never a formula.
AWSCALC_DATE=2026-12-06 "$cli" --zip 'v=1&s1=bear&s2.name=%3DHYPERLINK(%22http%3A%2F%2Fevil.example%2F%22%2C%22x%22)' >"$tmp/formula.zip"
python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("scenarios.csv").decode())' "$tmp/formula.zip" >"$tmp/csv_formula.out"
has csv_formula out "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"x\"\")\",2025,"
if grep -q '^"=' "$tmp/csv_formula.out"; then echo "FAIL csv_formula: a cell starts with ="; failures=$((failures + 1)); fi
# A colon in the first key is a bad key, not a URL; one '#' is dropped, once.
run colon_key 1 --json 'note:see&rev=4,10,30'
has colon_key out '"anthropicRevenue":[4,10,30]'
has colon_key err '"note:see" is not a setting'
run double_hash 1 --json '##gm=55'
has double_hash out '"grossMarginPct":[60,60,60]'
has double_hash err '"#gm" is not a setting'
run whole_url 0 --json 'https://example.org/calc/#v=1&gm=55'
has whole_url out '"grossMarginPct":[55,55,55]'
# A link shared in a language says its problems in it, wherever lang= stands; --lang wins.
run problems_de 1 'v=1&gm=150&zz=1&lang=de'
has problems_de err 'aws-calc: link problem: gm=150: Bruttomarge von Anthropic darf nicht über 100'
has problems_de err 'aws-calc: link problem: zz=1: „zz“ ist keine Einstellung, die dieser Rechner kennt'
run problems_es 1 --lang es 'v=1&gm=150&lang=de'
has problems_es err 'aws-calc: link problem: gm=150: Margen bruto de Anthropic no puede superar 100'
unset AWSCALC_DATE

if [ "$failures" -ne 0 ]; then echo "$failures check(s) failed"; exit 1; fi
echo "all CLI checks passed"

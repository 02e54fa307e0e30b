#!/usr/bin/env python3
"""check_languages.py: the CLI in every language against English and its golden tables.

    tests/golden/check_languages.py path/to/aws-calc            compare (ctest: golden_languages)
    tests/golden/check_languages.py path/to/aws-calc --update   record the tables anew

- The numbers do not depend on the language: for every golden link (links.txt), each
  language's --json has the same numbers (and nulls, in the same places) as English's.
- The formats are guarded: for the links of TABLE_LINKS, `--lang LANG --parts projection`
  (the table for people: labels, units, decimal marks, sentences), and for FULL_LINKS
  every part, byte for byte against cli-table-LANG.golden. Record anew only when a wording or a format changes on purpose,
  and say why in the commit.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LANGUAGES = sorted(name[:-5] for name in os.listdir(os.path.join(HERE, '..', '..', 'data', 'messages'))
                   if name.endswith('.json'))
# The article's link, every preset-like shape, a payback, a free stake, problems, 6 years.
TABLE_LINKS = ['#v=1', 'rev=4.267,10,18.667', 'gm=55,50,45', 'rev=5,12,24,30&opm=60',
               'inv=0', 'gm=101&aws=-1', 'rev=1,2,3,4,5,6', 'stake=20&inv=4', 'train=0,1,2']
# ...and with every part (the range of outcomes, what matters most, the goal seek).
FULL_LINKS = ['#v=1', 'v=1&g=20&goal=aws&target=9.728']


def run(cli, *args):
    done = subprocess.run([cli, *args], capture_output=True, text=True)
    return done.stdout


def numbers(value, path=''):
    """The numeric leaves (and nulls) of a JSON value, by path."""
    out = {}
    if isinstance(value, dict):
        for key, item in value.items():
            out.update(numbers(item, f'{path}.{key}'))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.update(numbers(item, f'{path}[{i}]'))
    elif value is None or isinstance(value, (int, float)) and not isinstance(value, bool):
        out[path] = value
    return out


def main(argv):
    cli = argv[1]
    update = len(argv) > 2 and argv[2] == '--update'
    failures = []
    if not update:
        with open(os.path.join(HERE, 'links.txt'), encoding='utf-8') as f:
            links = [line.rstrip('\n') for line in f]
        # One process per language for all links (--batch), the English one as reference.
        batch = '\n'.join(links) + '\n'

        def batch_json(*lang):
            done = subprocess.run([cli, '--json', '--batch', *lang], input=batch,
                                  capture_output=True, text=True, check=True)
            return [json.loads(line) for line in done.stdout.splitlines()]
        english = batch_json()
        for lang in LANGUAGES:
            for link, en, other in zip(links, english, batch_json('--lang', lang)):
                if numbers(en) != numbers(other):
                    failures.append(f'--lang {lang} {link!r}: the numbers differ from English')
    for lang in LANGUAGES:
        text = ''.join(f'link: {link}\n{run(cli, "--lang", lang, "--parts", "projection", link)}\n'
                       for link in TABLE_LINKS)
        text += ''.join(f'link (all parts): {link}\n{run(cli, "--lang", lang, link)}\n'
                        for link in FULL_LINKS)
        golden = os.path.join(HERE, f'cli-table-{lang}.golden')
        if update:
            with open(golden, 'w', encoding='utf-8') as f:
                f.write(text)
            print(f'recorded {golden}')
            continue
        with open(golden, encoding='utf-8') as f:
            want = f.read()
        if want != text:
            got, wanted = text.splitlines(), want.splitlines()
            line = next((i for i, (a, b) in enumerate(zip(got, wanted)) if a != b),
                        min(len(got), len(wanted)))
            failures.append(f'--lang {lang}: the table differs from {os.path.basename(golden)} at '
                            f'line {line + 1}:\n  recorded: {wanted[line] if line < len(wanted) else ""}\n'
                            f'  now:      {got[line] if line < len(got) else ""}')
    if failures:
        print('\n'.join(failures[:20]))
        return 1
    if not update:
        print(f'{len(LANGUAGES)} languages: the numbers of {len(links)} links as in English, '
              f'the tables of {len(TABLE_LINKS)} links as recorded')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""languages.py: the calculator's languages, from CLDR and the message files.

    python3 scripts/lib/languages.py locales CLDR_DIR MESSAGES_DIR OUT.inc
    python3 scripts/lib/languages.py messages ENGLISH.json MESSAGES_DIR OUT.inc [--packs DIR]
                                     [--glyphs U+0020-007E,...]
    python3 scripts/lib/languages.py check ENGLISH.json MESSAGES_DIR

A language is English (the core's own words, declared beside what they describe) or one
message file, data/messages/LANG.json: an object whose "@language" entry names the CLDR
locale its numbers follow and the language's name in itself, and whose other entries are
the English keys with their text in that language (README.md, "Adding a language").

`locales` reads, for English and each message file's CLDR locale, the Unicode CLDR's
number symbols and patterns (Debian's unicode-cldr-core: common/main/LANG.xml, and
supplemental/plurals.xml) and writes them as initializers of awscalc::Locale
(src/core/locale.h): the decimal and grouping marks, the minimum grouping digits, where
the percent sign goes, how billions of dollars are written in the short (compact)
currency form below and from $10B, the year range, the plural rule.

`messages` (and `check`, which writes nothing) reads the English keys the core declares
(ENGLISH.json, written by the `english-messages` tool) and checks every message file
against them: a key missing or extra, a placeholder that is not the English one's, a
plural case the language does not have; each stops the build, naming the file and the
key. With --glyphs (the fonts' characters, cmake/assets.cmake: the page's embedded
subset and the one a language pack brings), a character no font draws stops it too.
Then it writes the catalogs as C++ (OUT.inc, src/core/catalogs.cpp) and, with --packs,
each language as a JSON pack the page loads on demand: {"code", "name", "messages"},
the page's messages only (the CLI's own, "cli.*", stay in the CLI).
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

NBSP = '\u00a0'
SOURCES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src')
# The house style where it differs from CLDR's English (the page was written in it and
# English readers see it unchanged): years joined by an en dash without spaces
# ("2025–2027", CLDR's en has "2025 – 2027" with thin spaces).
HOUSE = {'en': {'year_range': '{0}\u2013{1}', 'date': 'y-MM-dd', 'year_quarter': 'y QQQ'},
         'qps': {'year_range': '{0}\u2013{1}', 'date': 'y-MM-dd', 'year_quarter': 'y QQQ'}}
# ... and dates as ISO 8601 ("2026-02-05": the facts' dates as their sources' records
# have them; CLDR's en is "2/5/2026").
# ... and values not grouped by the formatter ("$1234B"; counts are: "200,000").
HOUSE_UNGROUPED = {'en', 'qps'}
# English: code, CLDR locale, name in itself (the default language, and the key of every
# message).
ENGLISH = ('en', 'en', 'English')
# The pseudo-locale of the layout tests: every English message 40% longer, its letters
# accented ("Ánţĥŕóþíç ŕéṽéñúé ·····"), English numbers. "qps" is ISO 639's code reserved
# for local use, as pseudo-locales take it ("qps-ploc"), so no real language is shadowed.
PSEUDO = ('qps', 'Pseudo (every text 40% longer, accented: the layout tests)')
ACCENTS = str.maketrans('aceinorsuyACEINORSUY', 'áçéíñóŕšúýÁÇÉÍÑÓŔŠÚÝ')


def pseudo_text(text):
    """The English pattern accented outside its placeholders and printf conversions
    (%s, %.1f), and 40% longer."""
    out, depth, letters, conversion = '', 0, 0, False
    for ch in text:
        depth += ch == '{'
        if ch == '%' and not depth:
            conversion = not conversion  # "%%" ends where it starts
        elif conversion and ch.isalpha():
            conversion = False
            out += ch
            continue
        out += ch if depth or conversion else ch.translate(ACCENTS)
        letters += 0 if depth or conversion else 1
        depth -= ch == '}'
    extra = (letters * 2 + 4) // 5
    words = ' '.join('·' * 5 for _ in range(max(1, extra // 6)))
    return out + (' ' + words if extra else '')


class LanguageError(Exception):
    pass


def message_files(messages_dir):
    """{code: (path, data)} for each data/messages/*.json, checked for its header."""
    files = {}
    for name in sorted(os.listdir(messages_dir)):
        if not name.endswith('.json'):
            continue
        code = name[:-5]
        path = os.path.join(messages_dir, name)
        if not re.fullmatch(r'[a-z]{2,3}(-[A-Za-z0-9]+)*', code):
            raise LanguageError(f'{path}: the file name must be a language code such as de.json')
        try:
            with open(path, encoding='utf-8') as f:
                data = json.load(f)
        except json.JSONDecodeError as e:
            raise LanguageError(f'{path}:{e.lineno}: not JSON: {e.msg}')
        header = data.get('@language')
        if not isinstance(header, dict) or not header.get('cldr') or not header.get('name'):
            raise LanguageError(f'{path}: "@language" must name its "cldr" locale and its "name"')
        files[code] = (path, data)
    return files


# --- CLDR -----------------------------------------------------------------------------

def cldr_locale(cldr_dir, name):
    path = os.path.join(cldr_dir, 'common', 'main', name + '.xml')
    if not os.path.exists(path):
        hint = '' if os.path.isdir(cldr_dir) else \
            f'; {cldr_dir} is missing: install Debian\'s unicode-cldr-core (scripts/setup does)'
        raise LanguageError(f'CLDR has no locale "{name}" ({path}){hint}')
    return ET.parse(path).getroot()


def latn(root, tag):
    for element in root.findall('numbers/' + tag):
        if element.get('numberSystem', 'latn') == 'latn':
            return element
    return None


def find_text(roots, path):
    """The first value along the inheritance chain (de_AT -> de -> root)."""
    for root in roots:
        element = root.find(path)
        if element is not None and element.text is not None and element.get('alt') is None:
            return element.text
    return None


def symbols(roots):
    out = {}
    for root in roots:
        block = latn(root, 'symbols')
        if block is None:
            continue
        for child in block:
            if child.get('alt') is None:
                out.setdefault(child.tag, child.text)
    return out


def standard_pattern(roots, tag):
    for root in roots:
        block = latn(root, tag)
        if block is None:
            continue
        for pattern in block.iter('pattern'):
            if pattern.get('type') is None and pattern.get('alt') is None:
                return pattern.text
    raise LanguageError(f'CLDR has no {tag} pattern')


def compact_currency(roots, magnitude):
    for root in roots:
        block = latn(root, 'currencyFormats')
        if block is None:
            continue
        for length in block.findall('currencyFormatLength'):
            if length.get('type') != 'short':
                continue
            for pattern in length.iter('pattern'):
                if pattern.get('type') == str(magnitude) and pattern.get('count') == 'other' \
                        and pattern.get('alt') is None:
                    return pattern.text
    raise LanguageError(f'CLDR has no short currency pattern for {magnitude}')


def unquote(text):
    """CLDR's quoting: 'Mrd'.'' is "Mrd.", '' is a quote."""
    return re.sub(r"'([^']*)'", lambda m: m.group(1) or "'", text)


def money_form(pattern, magnitude, symbol):
    """"0\u00a0Mrd'.'\u00a0¤" for 1e9 -> ("", "\u00a0Mrd.\u00a0$", shift 0)."""
    positive = pattern.split(';')[0]
    zeros = re.search(r'0+', positive)
    if zeros is None:
        raise LanguageError(f'the short currency pattern "{pattern}" has no digits')
    prefix = unquote(positive[:zeros.start()]).replace('\u00a4', symbol)
    suffix = unquote(positive[zeros.end():]).replace('\u00a4', symbol)
    exponent = len(str(magnitude)) - 1
    # The digits count units of 10^(exponent - zeros + 1) dollars; the calculator's
    # values are billions (10^9), so the digits are the value times 10^shift.
    shift = 9 - (exponent - len(zeros.group(0)) + 1)
    return prefix, suffix, shift


def percent_affixes(pattern, percent_sign):
    positive = pattern.split(';')[0]
    body = re.search(r'[#0,.]+', positive)
    return (positive[:body.start()].replace('%', percent_sign),
            positive[body.end():].replace('%', percent_sign))


PLURAL_RULES = {
    # CLDR's rule for "one" -> the core's PluralRule (src/core/locale.h).
    'i = 1 and v = 0': 'PluralRule::kOneIsWholeOne',
    'n = 1': 'PluralRule::kOneIsOne',
}


def plural_rule(cldr_dir, language):
    root = ET.parse(os.path.join(cldr_dir, 'common', 'supplemental', 'plurals.xml')).getroot()
    for rules in root.iter('pluralRules'):
        if language in rules.get('locales', '').split():
            for rule in rules.findall('pluralRule'):
                if rule.get('count') == 'one':
                    condition = rule.text.split('@')[0].strip()
                    if condition not in PLURAL_RULES:
                        raise LanguageError(
                            f'CLDR\'s plural rule for "{language}" ("one": {condition}) is not one '
                            f'the core knows (src/core/locale.h, PluralRule): add it there')
                    return PLURAL_RULES[condition], [r.get('count') for r in rules.findall('pluralRule')]
    raise LanguageError(f'CLDR has no plural rules for "{language}"')


def locale_of(cldr_dir, code, cldr, name):
    chain = [cldr]
    while '_' in chain[-1]:
        chain.append(chain[-1].rsplit('_', 1)[0])
    roots = [cldr_locale(cldr_dir, n) for n in chain] + [cldr_locale(cldr_dir, 'root')]
    sym = symbols(roots)
    usd = None
    for root in roots:
        for symbol in root.findall("numbers/currencies/currency[@type='USD']/symbol"):
            if symbol.get('alt') == 'narrow':
                usd = usd or symbol.text
    usd = usd or find_text(roots, "numbers/currencies/currency[@type='USD']/symbol") or '$'
    minimum_grouping = int(find_text(roots, 'numbers/minimumGroupingDigits') or '1')
    percent = percent_affixes(standard_pattern(roots, 'percentFormats'), sym.get('percentSign', '%'))
    small = money_form(compact_currency(roots, 1000000000), 1000000000, usd)
    large = money_form(compact_currency(roots, 10000000000), 10000000000, usd)
    year_range = None
    for root in roots:
        item = root.find("dates/calendars/calendar[@type='gregorian']/dateTimeFormats/"
                         "intervalFormats/intervalFormatItem[@id='y']/greatestDifference[@id='y']")
        if item is not None:
            year_range = item.text.replace('y', '{0}', 1).replace('y', '{1}', 1)
            break
    year_range = HOUSE.get(code, {}).get('year_range', year_range or '{0}\u2013{1}')
    date = None
    for root in roots:
        item = root.find("dates/calendars/calendar[@type='gregorian']/dateTimeFormats/"
                         "availableFormats/dateFormatItem[@id='yMd']")
        if item is not None:
            date = item.text
            break
    date = HOUSE.get(code, {}).get('date', date)
    if date is None or not re.fullmatch(r"[yMd.,/ \-]+", date):
        raise LanguageError(f'CLDR\'s short date for "{cldr}" ("{date}") is not one the core '
                            f'writes (src/core/format.cpp, DateText: y, M, MM, d, dd)')
    # A month and a quarter of a year, as the reported facts' periods are labelled ("Dec
    # 2025", "Dez. 2025"; "2026 Q1", "T1 2026"): CLDR's abbreviated names and its yMMM and
    # yQQQ patterns.
    calendar = "dates/calendars/calendar[@type='gregorian']/"
    months = [find_text(roots, calendar + "months/monthContext[@type='format']/monthWidth"
                        f"[@type='abbreviated']/month[@type='{i}']") for i in range(1, 13)]
    quarters = [find_text(roots, calendar + "quarters/quarterContext[@type='format']/quarterWidth"
                          f"[@type='abbreviated']/quarter[@type='{i}']") for i in range(1, 5)]
    year_month = find_text(roots, calendar + "dateTimeFormats/availableFormats/dateFormatItem[@id='yMMM']")
    year_quarter = HOUSE.get(code, {}).get('year_quarter') or find_text(
        roots, calendar + "dateTimeFormats/availableFormats/dateFormatItem[@id='yQQQ']")
    for what, pattern, fields in (('yMMM', year_month, 'MMM'), ('yQQQ', year_quarter, 'QQQ')):
        if not pattern or not re.fullmatch(r"[.,/ \-]*(?:(?:y|%s)[.,/ \-]*){2}" % fields, pattern):
            raise LanguageError(f'CLDR\'s {what} for "{cldr}" ("{pattern}") is not one the core '
                                f'writes (src/core/format.cpp, PeriodText: y and {fields})')
    if not all(months) or not all(quarters) or any('|' in n for n in months + quarters):
        raise LanguageError(f'CLDR has no abbreviated month and quarter names for "{cldr}"')
    rule, categories = plural_rule(cldr_dir, cldr.split('_')[0])
    return {
        'code': code, 'cldr': cldr, 'name': name,
        'decimal': sym['decimal'], 'group': sym['group'],
        'approximately': sym.get('approximatelySign', '~'), 'minimum_grouping': minimum_grouping,
        'percent': percent, 'money': small, 'money_large': large,
        'year_range': year_range, 'date': date, 'plural': rule, 'categories': categories,
        'months': '|'.join(months), 'year_month': year_month,
        'quarters': '|'.join(quarters), 'year_quarter': year_quarter,
    }


def cxx(text):
    out = '"'
    for ch in text:
        if ch in '"\\':
            out += '\\' + ch
        elif ch == '\n':
            out += '\\n'
        elif ord(ch) < 0x20:
            out += '\\x%02x' % ord(ch)
        elif ord(ch) < 0x80:
            out += ch
        else:
            # Octal escapes end after three digits, so a following digit stays a digit.
            out += ''.join('\\%03o' % b for b in ch.encode('utf-8'))
    return out + '"'


def write_locales(cldr_dir, messages_dir, out_path):
    languages = [ENGLISH]
    for code, (path, data) in message_files(messages_dir).items():
        languages.append((code, data['@language']['cldr'], data['@language']['name']))
    languages.append((PSEUDO[0], 'en', PSEUDO[1]))
    lines = ['// Generated by scripts/lib/languages.py from CLDR (unicode-cldr-core) and',
             '// data/messages/*.json: do not edit. Included by src/core/locale.cpp.']
    for code, cldr, name in languages:
        loc = locale_of(cldr_dir, code, cldr, name)
        money = ', '.join(f'{{{cxx(p)}, {cxx(s)}, {shift}}}' for p, s, shift in
                          (loc['money'], loc['money_large']))
        lines.append(
            f'{{{cxx(code)}, {cxx(cldr)}, {cxx(name)}, {cxx(loc["decimal"])}, {cxx(loc["group"])}, '
            f'{cxx(loc["approximately"])}, '
            f'{loc["minimum_grouping"]}, {cxx(loc["percent"][0])}, {cxx(loc["percent"][1])}, '
            f'{money}, {cxx(loc["year_range"])}, {cxx(loc["date"])}, '
            f'{cxx(loc["months"])}, {cxx(loc["year_month"])}, {cxx(loc["quarters"])}, '
            f'{cxx(loc["year_quarter"])}, {loc["plural"]}, '
            f'{"false" if code in HOUSE_UNGROUPED else "true"}, '
            f'{"true" if code == PSEUDO[0] else "false"}}},')
    write_if_changed(out_path, '\n'.join(lines) + '\n')


# --- messages -------------------------------------------------------------------------

PLACEHOLDER = re.compile(r'\{(\w+)(?:,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*))?\}')
PLURAL_CASE = re.compile(r'\s*(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}')


def placeholders(text):
    """{name: [plural cases]} of a message pattern."""
    found = {}
    for match in PLACEHOLDER.finditer(text):
        cases = [c.group(1) for c in PLURAL_CASE.finditer(match.group(2) or '')]
        found[match.group(1)] = cases
    return found


# The interface's own words (src/core/messages.h): T("English words") translates them
# where they are shown, MarkT("...") marks them in a table; the English words are the key.
WORDS_CALL = re.compile(r'\b(?:T|MarkT)\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*)+)\)')
C_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
C_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)')
SIMPLE_ESCAPES = {'n': '\n', 't': '\t', '"': '"', "'": "'", '\\': '\\', '?': '?'}


def c_literal(body):
    """The text of a C++ string literal's body (UTF-8 source; escapes decoded)."""
    raw = bytearray()
    at = 0
    for m in C_ESCAPE.finditer(body):
        raw += body[at:m.start()].encode('utf-8')
        e = m.group(1)
        if e[0] == 'u':
            raw += chr(int(e[1:], 16)).encode('utf-8')
        elif e[0] == 'x':
            raw.append(int(e[1:], 16))
        elif e[0] in '01234567':
            raw.append(int(e, 8))
        else:
            raw += SIMPLE_ESCAPES.get(e, e).encode('utf-8')
        at = m.end()
    raw += body[at:].encode('utf-8')
    return raw.decode('utf-8')


def interface_words(source_dir):
    """{english: english} of every T("...") and MarkT("...") in source_dir's C++."""
    words = {}
    for folder, _, names in sorted(os.walk(source_dir)):
        for name in sorted(names):
            if not name.endswith(('.cpp', '.h')):
                continue
            with open(os.path.join(folder, name), encoding='utf-8') as f:
                text = re.sub(r'(?m)^\s*//.*$', '', f.read())  # examples in comments
            for call in WORDS_CALL.finditer(text):
                english = ''.join(c_literal(m.group(1)) for m in C_STRING.finditer(call.group(1)))
                words[english] = english
    return words


# The page's own words (web/words.js): tr('English words'), wordsOf(element, '...') and
# labelOf(element, '...') in its scripts (a literal, or literals joined by +), markTr('...')
# for the words of a table translated where shown and trSpan('...') (web/embed_dialog.js),
# and the elements of web/index.html and web/embed.html marked data-tr (their text) or
# data-tr-label (aria-label).
JS_WORDS = re.compile(r"""\b(?:trf?\(|markTr\(|trSpan\(|(?:wordsOf|labelOf)\([^,()]*(?:\([^()]*\))?[^,()]*,\s*)"""
                      r"""((?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")"""
                      r"""(?:\s*\+\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"))*)\s*[,)]""")
JS_STRING = re.compile(r"""'((?:[^'\\\n]|\\.)*)'""" + r'|"((?:[^"\\\n]|\\.)*)"')
HTML_WORDS = re.compile(r'<(\w+)\b[^>]*\sdata-tr(?=[\s>])[^>]*>([^<]*)</\1>')
HTML_LABELS = re.compile(r'<\w+\b(?=[^>]*\sdata-tr-label[\s>])[^>]*\saria-label="([^"]*)"')


def page_words(web_dir):
    """{english: english} of the page's own words (web/words.js)."""
    import html
    words = {}
    for name in sorted(os.listdir(web_dir)):
        path = os.path.join(web_dir, name)
        if name.endswith('.js'):
            with open(path, encoding='utf-8') as f:
                text = re.sub(r'(?m)^\s*//.*$', '', f.read())
            for m in JS_WORDS.finditer(text):
                english = ''.join(c_literal(part.group(1) if part.group(1) is not None else part.group(2))
                                  for part in JS_STRING.finditer(m.group(1)))
                words[english] = english
        elif name in ('index.html', 'embed.html'):
            with open(path, encoding='utf-8') as f:
                text = f.read()
            for m in list(HTML_WORDS.finditer(text)) + list(HTML_LABELS.finditer(text)):
                english = ' '.join(html.unescape(m.group(m.lastindex)).split())
                words[english] = english
    return words


# A printf conversion (no ' ' flag: "60% gross margin" is words, not "% g").
PRINTF = re.compile(r'%(?:(\d+)\$)?[-+#0]*\d*(?:\.\d+)?(lld|ld|zu|[sdfcugx%])')


def conversions(text):
    """The printf conversions of a text, in the order of their arguments."""
    found = [(m.group(1), m.group(2)) for m in PRINTF.finditer(text) if m.group(2) != '%']
    if found and all(position for position, _ in found):
        return [kind for _, kind in sorted(found, key=lambda f: int(f[0]))]
    return [kind if not position else f'{position}${kind}' for position, kind in found]


def check(english, files, categories_of):
    problems = []
    for code, (path, data) in files.items():
        keys = [k for k in data if not k.startswith('@')]
        for key in english:
            if key not in data:
                problems.append(f'{path}: the key "{key}" is missing (English: "{english[key]}")')
        for key in keys:
            if key not in english:
                problems.append(f'{path}: the key "{key}" is not one the core declares')
                continue
            text = data[key]
            if not isinstance(text, str) or not text.strip():
                problems.append(f'{path}: "{key}" must be a text')
                continue
            if conversions(english[key]) != conversions(text):
                problems.append(f'{path}: "{key}" has the conversions {conversions(text)}, the '
                                f'English {conversions(english[key])} (in their order, or '
                                'numbered: %2$s)')
            want, have = placeholders(english[key]), placeholders(text)
            if set(want) != set(have):
                problems.append(f'{path}: "{key}" has the placeholders {sorted(have)}, '
                                f'the English {sorted(want)}')
            for name, cases in have.items():
                if not cases:
                    continue
                allowed = set(categories_of(code)) | {c for c in cases if c.startswith('=')}
                for case in cases:
                    if case not in allowed:
                        problems.append(f'{path}: "{key}" has the plural case "{case}", which '
                                        f'{code} does not have ({", ".join(sorted(allowed))})')
                if 'other' not in cases:
                    problems.append(f'{path}: "{key}": a plural needs its "other" case')
    if problems:
        raise LanguageError('\n'.join(problems))


def categories_from(cldr_dir, files):
    cache = {}

    def categories_of(code):
        if code not in cache:
            cldr = files[code][1]['@language']['cldr']
            cache[code] = plural_rule(cldr_dir, cldr.split('_')[0])[1]
        return cache[code]
    return categories_of


def write_if_changed(path, text):
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            if f.read() == text:
                return
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(path + '.tmp', path)


def write_messages(english, files, out_path, packs_dir):
    lines = ['// Generated by scripts/lib/languages.py from data/messages/*.json: do not edit.',
             '// Included by src/core/catalogs.cpp.']
    for code, (path, data) in files.items():
        entries = ''.join(f'    {{{cxx(k)}, {cxx(data[k])}}},\n' for k in sorted(english))
        lines.append(f'constexpr CatalogEntry k_{code.replace("-", "_")}[] = {{\n{entries}}};')
    pseudo = ''.join(f'    {{{cxx(k)}, {cxx(pseudo_text(english[k]))}}},\n' for k in sorted(english))
    lines.append(f'constexpr CatalogEntry k_{PSEUDO[0]}[] = {{\n{pseudo}}};')
    lines.append('constexpr Catalog kCatalogs[] = {')
    for code in list(files) + [PSEUDO[0]]:
        lines.append(f'    {{{cxx(code)}, k_{code.replace("-", "_")}}},')
    lines.append('};')
    write_if_changed(out_path, '\n'.join(lines) + '\n')
    if packs_dir:
        os.makedirs(packs_dir, exist_ok=True)
        # English's name, from the one table of names (write_locales), for the page's
        # switcher and the embed dialog: a pack without messages (English is the key).
        write_if_changed(os.path.join(packs_dir, 'en.json'),
                         json.dumps({'code': ENGLISH[0], 'name': ENGLISH[2]}, ensure_ascii=False, sort_keys=True) + '\n')
        for code, (path, data) in files.items():
            pack = {'code': code, 'name': data['@language']['name'],
                    'messages': {k: data[k] for k in sorted(english) if not k.startswith('cli.')}}
            write_if_changed(os.path.join(packs_dir, code + '.json'),
                             json.dumps(pack, ensure_ascii=False, sort_keys=True) + '\n')


def unicode_ranges(text):
    """'U+0020-007E,U+00A0' -> a set of code points."""
    points = set()
    for part in text.split(','):
        m = re.fullmatch(r'U\+([0-9A-Fa-f]+)(?:-([0-9A-Fa-f]+))?', part.strip())
        if not m:
            raise LanguageError(f'--glyphs: "{part}" is not U+XXXX or U+XXXX-YYYY')
        first = int(m.group(1), 16)
        points.update(range(first, int(m.group(2) or m.group(1), 16) + 1))
    return points


def check_glyphs(files, glyphs):
    for code, (path, data) in files.items():
        for key, text in data.items():
            if key.startswith('@') or key.startswith('cli.'):
                continue  # the CLI writes to a terminal, not with the page's font
            for c in text:
                if c != '\n' and ord(c) not in glyphs:
                    raise LanguageError(f'{path}: "{key}" has the character {c} (U+{ord(c):04X}), '
                                        'which the page\'s fonts do not draw: add it to '
                                        'cmake/assets.cmake (AWSCALC_FONT_LANGUAGE_UNICODES)')


def main(argv):
    if len(argv) < 4 or argv[1] not in ('locales', 'messages', 'check'):
        print(__doc__, file=sys.stderr)
        return 2
    try:
        if argv[1] == 'locales':
            write_locales(argv[2], argv[3], argv[4])
            return 0
        with open(argv[2], encoding='utf-8') as f:
            english = json.load(f)
        files = message_files(argv[3])
        sources = argv[argv.index('--sources') + 1] if '--sources' in argv else SOURCES
        english.update(interface_words(sources))
        english.update(page_words(os.path.join(sources, '..', 'web')))
        cldr_dir = os.environ.get('AWSCALC_CLDR', '/usr/share/unicode/cldr')
        check(english, files, categories_from(cldr_dir, files))
        if '--glyphs' in argv:
            check_glyphs(files, unicode_ranges(argv[argv.index('--glyphs') + 1]))
        if argv[1] == 'messages':
            packs = argv[argv.index('--packs') + 1] if '--packs' in argv else None
            write_messages(english, files, argv[4], packs)
        return 0
    except LanguageError as e:
        print(f'languages: {e}', file=sys.stderr)
        return 1


if __name__ == '__main__':
    sys.exit(main(sys.argv))

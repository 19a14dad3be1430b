#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the Spanish and English translations are complete and consistent.

Runs lupdate over a copy of each .ts file (the sources are never touched), then fails when a
user-visible string (ui/, app/, and core/, whose messages the interface shows) has no translation,
or when a translation loses or invents a placeholder (%1, %n) of its source."""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

parser = argparse.ArgumentParser()
parser.add_argument('--lupdate', required=True)
parser.add_argument('--root', required=True)
parser.add_argument('ts', nargs='+')
args = parser.parse_args()

root = Path(args.root)
problems = []
placeholder = re.compile(r'%(?:\d+|n)')
with tempfile.TemporaryDirectory() as scratch:
    for ts in args.ts:
        copy = Path(scratch) / Path(ts).name
        shutil.copy(ts, copy)
        run = subprocess.run([args.lupdate, '-no-obsolete', '-locations', 'none', '-silent',
                              '-extensions', 'cpp,h,ui',
                              str(root / 'core'), str(root / 'ui'), str(root / 'app'), '-ts', str(copy)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            sys.exit(f'lupdate failed on {ts}')
        for context in ET.parse(copy).getroot().iter('context'):
            name = context.findtext('name')
            for message in context.iter('message'):
                source = message.findtext('source') or ''
                translation = message.find('translation')
                forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
                if translation.get('type') in ('unfinished', 'vanished', 'obsolete') or not all(f.strip() for f in forms):
                    problems.append(f'{Path(ts).name}: {name}: not translated: {source!r}')
                    continue
                wanted = sorted(set(placeholder.findall(source)))
                for form in forms:
                    found = sorted(set(placeholder.findall(form)))
                    # A singular form may spell out "one" instead of %n.
                    if found != wanted and not (message.get('numerus') == 'yes' and [p for p in wanted if p != '%n'] == found):
                        problems.append(f'{Path(ts).name}: {name}: placeholders {found} in {form!r} do not match {wanted} in {source!r}')

for problem in problems:
    print(problem)
print(f'{len(problems)} problem(s) in {len(args.ts)} translation file(s)')
sys.exit(1 if problems else 0)

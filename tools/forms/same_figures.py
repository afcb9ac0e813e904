#!/usr/bin/env python3
"""Checks that `import --dry-run` prints the same evaluations and indicators for every format of one report.

Usage: tools/forms/same_figures.py OUT1.json OUT2.json ...  (each the output of `import --dry-run FILE`)
Prints, per file, the number of evaluations and indicators and a digest of the fields the importer reads (unit, year,
kind, name, budgets, rate, scores, grade; per indicator category, subcategory, name, target, actual, weight, score,
deviation reason); exits 1 if the digests differ. Python 3 standard library only.
"""
import hashlib
import json
import sys

REPORT = ['unit', 'year', 'kind', 'name', 'initialBudget', 'adjustedBudget', 'executed', 'executionRate',
          'executionWeight', 'executionScore', 'totalScore', 'grade']
INDICATOR = ['category', 'subcategory', 'name', 'target', 'actual', 'weight', 'score', 'deviationReason']

digests = set()
for path in sys.argv[1:]:
    text = open(path, encoding='utf-8').read()
    doc = json.loads(text[text.index('{'):text.rindex('}') + 1])
    core = [[r.get(k) for k in REPORT] + [[i.get(k) for k in INDICATOR] for i in r['indicators']]
            for r in doc['reports']]
    digest = hashlib.sha256(json.dumps(core, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]
    digests.add(digest)
    print(f"{path}: {len(doc['reports'])} evaluations, {sum(len(r['indicators']) for r in doc['reports'])} "
          f"indicators, fields {digest}")
print('same figures' if len(digests) == 1 else 'DIFFERENT figures')
sys.exit(0 if len(digests) == 1 else 1)

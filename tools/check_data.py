#!/usr/bin/env python3
"""Checks data/*.json against data/sources/*.txt: every figure and text occurs in its cited lines.
The same rules as SeedFidelityTest (see docs/data-format.md); this copy lets curators check quickly."""
import json, re, sys, pathlib
from decimal import Decimal, ROUND_HALF_UP

ROOT = pathlib.Path(__file__).resolve().parent.parent
FW = str.maketrans('０１２３４５６７８９．，％', '0123456789.,%')
NUM_FIELDS = {'initialBudget', 'adjustedBudget', 'executed', 'executionRate', 'executionWeight', 'executionScore',
              'totalScore', 'weight', 'score', 'finalAmount', 'basic', 'project', 'currentAmount', 'change',
              'changeRate', 'priorAmount'}
RATE_FIELDS = {'executionRate', 'changeRate'}
TEXT_FIELDS = {'name', 'category', 'subcategory', 'target', 'actual', 'deviationReason', 'improvementMeasures',
               'indicatorClass', 'nature', 'unitOfMeasure', 'criterion', 'code', 'text', 'supervisingDepartment',
               'implementingUnit', 'annualGoal', 'goalOutcome', 'grade', 'source_'}

def markup(s):
    s = s.replace('<sup>2</sup>', '²').replace('<sup>3</sup>', '³')
    return re.sub(r'<[^>]*>', ' ', s).translate(FW)

def norm(s):
    """Text comparison: markup removed, all whitespace removed."""
    return re.sub(r'\s+', '', markup(s))

def numbers(raw):
    """Numbers of the raw cited text: cells stay apart, '3, 825. 75' is read as 3825.75."""
    s = re.sub(r'(?<=\d) *([.,]) *(?=\d)', r'\1', markup(raw))
    s = re.sub(r'(?<=\d),(?=\d)', '', s)
    return {Decimal(m) for m in re.findall(r'\d+(?:\.\d+)?', s)}

def matches(field, value, nums):
    d = Decimal(str(value))
    cands = {d, abs(d)}
    if field in RATE_FIELDS:
        cands |= {d * 100, abs(d) * 100}
    return any(c == n for c in cands for n in nums)

STEP = re.compile(r'^\s*(\d+(?:\.\d+)?(?:\s*[-+−×*÷/]\s*\d+(?:\.\d+)?)+)\s*=\s*(\d+(?:\.\d+)?)(%?)\s*$')

def recomputation(value, nums):
    """A contradiction's other reading may be a recomputation from printed figures: steps 'a + b = r'
    separated by '；', each with operators of one kind (+ − or × ÷), every operand printed in the cited lines
    or the result of an earlier step, every result the exact arithmetic rounded to its printed decimals
    (a result with % is the quotient × 100). Returns None if value is not written so, else True/False."""
    steps = re.split(r'[；;]', value)
    if not all(STEP.match(st) for st in steps):
        return None
    known = set(nums)
    for st in steps:
        expr, result, pct = STEP.match(st).groups()
        operands = [Decimal(x) for x in re.findall(r'\d+(?:\.\d+)?', expr)]
        ops = re.findall(r'[-+−×*÷/]', expr)
        if len({o in '-+−' for o in ops}) > 1 or any(o not in known for o in operands):
            return False
        acc = operands[0]
        for o, x in zip(ops, operands[1:]):
            acc = acc + x if o == '+' else acc - x if o in '-−' else acc * x if o in '×*' else acc / x
        r = Decimal(result)
        if pct:
            acc *= 100
        if acc.quantize(r, rounding=ROUND_HALF_UP) != r:
            return False
        known.add(r)
    return True

def check(path):
    doc = json.loads(path.read_text(encoding='utf-8'))
    lines = (ROOT / 'data' / 'sources' / doc['source'].replace('.txt', '') ).with_suffix('.txt').read_text(encoding='utf-8').split('\n')
    errors, count = [], 0
    def cited(rng, where):
        if not (isinstance(rng, list) and len(rng) == 2 and 1 <= rng[0] <= rng[1] <= len(lines)):
            errors.append(f'{where}: bad line range {rng}')
            return None
        return '\n'.join(lines[rng[0] - 1:rng[1]])
    def obj(o, where, default_rng=None, figure_lines=None):
        nonlocal count
        rng = o.get('sourceLines', default_rng)
        base = cited(rng, where) if rng else None
        for k, v in o.items():
            if v is None or isinstance(v, (list, dict)):
                continue
            text = base
            if figure_lines and k in figure_lines:
                text = cited(figure_lines[k], f'{where}.{k}')
            if text is None:
                continue
            if k in NUM_FIELDS and isinstance(v, (int, float)):
                count += 1
                if not matches(k, v, numbers(text)):
                    errors.append(f'{where}.{k}={v} not in lines {figure_lines.get(k) if figure_lines and k in figure_lines else rng}')
            elif k in TEXT_FIELDS and isinstance(v, str):
                count += 1
                if norm(v) not in norm(text):
                    errors.append(f'{where}.{k}={v[:40]!r} not in lines {rng}')
    for i, r in enumerate(doc.get('reports', [])):
        w = f'reports[{i}]({r.get("name")})'
        fl = r.get('figureLines') or {}
        for k in NUM_FIELDS & set(r):
            if r[k] is not None and k not in fl:
                errors.append(f'{w}: figureLines lacks {k}')
        obj(r, w, figure_lines=fl)
        for j, x in enumerate(r.get('fundingLines') or []): obj(x, f'{w}.fundingLines[{j}]')
        for j, x in enumerate(r.get('scoreComponents') or []): obj(x, f'{w}.scoreComponents[{j}]')
        for j, x in enumerate(r.get('indicators') or []): obj(x, f'{w}.indicators[{j}]({x.get("name")})')
        for j, x in enumerate(r.get('unmetGoals') or []): obj(x, f'{w}.unmetGoals[{j}]')
    for j, x in enumerate(doc.get('expenditureLines') or []): obj(x, f'expenditureLines[{j}]({x.get("name")})')
    for j, x in enumerate(doc.get('priorYearFigures') or []): obj(x, f'priorYearFigures[{j}]')
    for j, c in enumerate(doc.get('contradictions') or []):
        for key, rk in (('keptValue', 'sourceLines'), ('otherValue', 'otherLines')):
            t = cited(c.get(rk), f'contradictions[{j}].{rk}')
            count += 1
            if t is None:
                continue
            recomputed = recomputation(str(c[key]), numbers(t)) if key == 'otherValue' else None
            if recomputed is False:
                errors.append(f'contradictions[{j}].{key}={c[key]}: operands not in {rk} or arithmetic wrong')
            elif recomputed is None and norm(str(c[key])) not in norm(t):
                errors.append(f'contradictions[{j}].{key}={c[key]} not in {rk}')
    return errors, count

def main(args):
    files = [pathlib.Path(a) for a in args] or sorted((ROOT / 'data').glob('*.json'))
    bad = 0
    for f in files:
        errs, n = check(f)
        print(f'{f.name}: {n} values checked, {len(errs)} problems')
        for e in errs:
            print('  ' + e)
        bad += len(errs)
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

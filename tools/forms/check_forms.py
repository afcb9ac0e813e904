#!/usr/bin/env python3
"""Reads the form fixtures in src/test/resources/forms/ back and compares them with data/<seed>.json.

DOCX and XLSX are read structurally (table grid with gridSpan/vMerge, sheet cells with merges) and interpreted by
the labels of the official layout; every figure must equal the json's: kind, name, supervising department,
implementing unit, initial/adjusted budget, executed, execution rate/weight/score, funding lines, total score,
grade, annual goal, goal outcome and each indicator's category, subcategory, name, class, target, actual, weight,
score, deviation reason and improvement measures. A null in the json must be an empty cell.
PDFs are checked more loosely: every text and number of the json must occur in `pdftotext -raw` output
(whitespace removed), fonts must be embedded, and the page count is printed.
Python 3.11 standard library only (plus poppler's pdftotext/pdffonts for the PDF checks).
"""
import json
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parents[2]
FORMS = ROOT / 'src' / 'test' / 'resources' / 'forms'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
S = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
R = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'


# ------------------------------------------------------------------------------------------------------ readers

def docx_forms(path):
    """[(paragraphs before the table, grid)], grid[r][c] = (cell text, is_origin)."""
    body = ET.fromstring(zipfile.ZipFile(path).read('word/document.xml')).find(W + 'body')
    out, paras = [], []
    for el in body:
        if el.tag == W + 'p':
            t = para_text(el)
            if t.strip():
                paras.append(t)
        elif el.tag == W + 'tbl':
            out.append((paras, docx_grid(el)))
            paras = []
    return out


def para_text(p):
    parts = []
    for el in p.iter():
        if el.tag == W + 't':
            parts.append(el.text or '')
        elif el.tag == W + 'br' and el.get(W + 'type') != 'page':
            parts.append('\n')
        elif el.tag == W + 'tab':
            parts.append('\t')
    return ''.join(parts)


def docx_grid(tbl):
    rows = []
    for tr in tbl.findall(W + 'tr'):
        row = []
        for tc in tr.findall(W + 'tc'):
            pr = tc.find(W + 'tcPr')
            span, cont = 1, False
            if pr is not None:
                gs = pr.find(W + 'gridSpan')
                if gs is not None:
                    span = int(gs.get(W + 'val'))
                vm = pr.find(W + 'vMerge')
                cont = vm is not None and vm.get(W + 'val', 'continue') == 'continue'
            text = '\n'.join(para_text(p) for p in tc.findall(W + 'p'))
            for k in range(span):
                row.append(None if cont else (text, k == 0))
        rows.append(row)
    for r, row in enumerate(rows):          # vertical continuations take the text of the cell above
        for c, v in enumerate(row):
            if v is None:
                row[c] = (rows[r - 1][c][0], False)
    return rows


def xlsx_forms(path):
    """[(title rows, grid, raw values)] per sheet; raw[r][c] is the cell's stored value (numbers as text)."""
    z = zipfile.ZipFile(path)
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(S + 'si'):
            shared.append(''.join(t.text or '' for t in si.iter(S + 't')))
    wb = ET.fromstring(z.read('xl/workbook.xml'))
    rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
    out = []
    for sh in wb.find(S + 'sheets'):
        ws = ET.fromstring(z.read('xl/' + rels[sh.get(R + 'id')]))
        cells = {}
        for c in ws.iter(S + 'c'):
            ref = c.get('r')
            v = c.find(S + 'v')
            if v is None:
                continue
            cells[ref] = shared[int(v.text)] if c.get('t') == 's' else v.text
        nrows = max(int(re.sub(r'[A-Z]+', '', k)) for k in cells)
        ncols = max(col_index(k) for k in cells) + 1
        merges = [m.get('ref') for m in ws.iter(S + 'mergeCell')]
        for m in merges:
            a, b = m.split(':')
            ncols = max(ncols, col_index(b) + 1)
        raw = [[cells.get(f'{col_name(c)}{r + 1}', '') for c in range(ncols)] for r in range(nrows)]
        grid = [[(raw[r][c], True) for c in range(ncols)] for r in range(nrows)]
        for m in merges:
            a, b = m.split(':')
            r0, c0, r1, c1 = int(re.sub(r'[A-Z]+', '', a)) - 1, col_index(a), int(re.sub(r'[A-Z]+', '', b)) - 1, col_index(b)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        grid[r][c] = (grid[r0][c0][0], False)
                        raw[r][c] = raw[r0][c0]
        # title lines: rows whose only cell spans the whole width, before the table
        start = 0
        while start < nrows and all(not o for _, o in grid[start][1:]):
            start += 1
        titles = [grid[r][0][0] for r in range(start)]
        out.append((titles, grid[start:], raw[start:]))
    return out


def col_index(ref):
    n = 0
    for ch in re.match(r'[A-Z]+', ref).group(0):
        n = n * 26 + ord(ch) - 64
    return n - 1


def col_name(i):
    s = ''
    i += 1
    while i:
        i, rem = divmod(i - 1, 26)
        s = chr(65 + rem) + s
    return s


# ------------------------------------------------------------------------------------------------ interpretation

def interpret(titles, grid, raw=None):
    """The form's figures as a dict shaped like a json report (numbers as printed text)."""
    rep = {'fundingLines': [], 'indicators': []}
    title = next(t for t in titles if '绩效自评表' in t)
    m = re.match(r'\d{4}年度(.*)绩效自评表', title)
    rep['kind'] = 'project' if m.group(1) == '项目支出' else 'overall'
    if rep['kind'] == 'overall':
        rep['name'] = m.group(1)

    def origins(r):
        return [(c, t) for c, (t, o) in enumerate(grid[r]) if o]

    def val(r, c):
        return raw[r][c] if raw is not None else grid[r][c][0]

    r = 0
    fund_cols = ind_cols = None
    while r < len(grid):
        cells = origins(r)
        first = cells[0][1] if cells else ''
        texts = [t for _, t in cells]
        if first == '项目名称':
            rep['name'] = cells[1][1]
        elif first == '主管部门':
            rep['supervisingDepartment'], rep['implementingUnit'] = cells[1][1], cells[3][1]
        elif '年初预算数' in texts:
            fund_cols = {t: c for c, t in cells if t}
        elif first == '年度资金总额' or (fund_cols and grid[r][0][0].endswith('（万元）') and cells and cells[0][0] > 0):
            line = {k: val(r, fund_cols[h]) for k, h in (('initialBudget', '年初预算数'), ('adjustedBudget', '全年预算数'),
                                                         ('executed', '全年执行数'), ('executionRate', '执行率'))}
            if first == '年度资金总额':
                line['executionWeight'] = val(r, fund_cols['分值'])
                line['executionScore'] = val(r, fund_cols['得分'])
                rep.update(line)
            else:
                line['source'] = first.removeprefix('其中：')
                rep['fundingLines'].append(line)
        elif '预期目标' in texts:
            goal_cols = [c for c, t in cells if t in ('预期目标', '实际完成情况')]
            rep['annualGoal'], rep['goalOutcome'] = grid[r + 1][goal_cols[0]][0], grid[r + 1][goal_cols[1]][0]
            r += 1
        elif '一级指标' in texts:
            ind_cols = {t: c for c, t in cells}
        elif first == '总分':
            rep['totalWeight'] = val(r, ind_cols['分值'])
            rep['totalScore'] = val(r, ind_cols['得分'])
            rep['grade'] = grid[r][ind_cols['得分'] + 1][0]
        elif ind_cols:
            g = lambda h: grid[r][ind_cols[h]][0] if h in ind_cols else None
            v = lambda h: val(r, ind_cols[h])
            rep['indicators'].append({
                'category': g('一级指标'), 'subcategory': g('二级指标'), 'name': g('三级指标'),
                'indicatorClass': g('指标分类'), 'target': g('年度指标值'), 'actual': g('实际完成值'),
                'weight': v('分值'), 'score': v('得分'),
                'deviationReason': g('偏差原因分析及改进措施') if '偏差原因分析及改进措施' in ind_cols else g('偏差原因分析'),
                'improvementMeasures': g('改进措施')})
        r += 1
    return rep


def same_number(printed, expected, rate=False):
    if expected is None:
        return printed in ('', None)
    if printed in ('', None):
        return False
    p = printed.strip()
    if p.endswith('%'):
        return Decimal(p[:-1]) == Decimal(expected) * 100
    d = Decimal(p)
    return d == Decimal(expected)


def compare(rep, exp, unit, where):
    errs = []

    def text(field, got, want):
        want = '' if want is None else want
        if (got or '') != want:
            errs.append(f'{where}: {field}: got {got!r}, want {want!r}')

    def number(field, got, want):
        if not same_number(got, want):
            errs.append(f'{where}: {field}: got {got!r}, want {want!r}')

    text('kind', rep['kind'], exp['kind'])
    text('name', rep.get('name'), exp['name'])
    if exp['kind'] == 'project' or exp.get('supervisingDepartment') or exp.get('implementingUnit'):
        text('supervisingDepartment', rep.get('supervisingDepartment'), exp.get('supervisingDepartment'))
        text('implementingUnit', rep.get('implementingUnit'), exp.get('implementingUnit'))
    for f in ('initialBudget', 'adjustedBudget', 'executed', 'executionRate', 'executionWeight', 'executionScore',
              'totalScore'):
        number(f, rep.get(f), exp.get(f))
    text('grade', rep.get('grade'), exp.get('grade'))
    text('annualGoal', rep.get('annualGoal'), exp.get('annualGoal'))
    text('goalOutcome', rep.get('goalOutcome'), exp.get('goalOutcome'))
    fl_got, fl_exp = rep['fundingLines'], exp.get('fundingLines') or []
    if len(fl_got) != len(fl_exp):
        errs.append(f'{where}: {len(fl_got)} funding lines, want {len(fl_exp)}')
    for k, (g, e) in enumerate(zip(fl_got, fl_exp)):
        text(f'fundingLines[{k}].source', g['source'], e['source'])
        for f in ('initialBudget', 'adjustedBudget', 'executed', 'executionRate'):
            number(f'fundingLines[{k}].{f}', g.get(f), e.get(f))
    ig, ie = rep['indicators'], exp['indicators']
    if len(ig) != len(ie):
        errs.append(f'{where}: {len(ig)} indicators, want {len(ie)}')
    for k, (g, e) in enumerate(zip(ig, ie)):
        for f in ('category', 'subcategory', 'name', 'target', 'actual', 'deviationReason', 'improvementMeasures'):
            text(f'indicators[{k}].{f}', g[f], e.get(f))
        if g['indicatorClass'] is not None or e.get('indicatorClass'):
            text(f'indicators[{k}].indicatorClass', g['indicatorClass'], e.get('indicatorClass'))
        number(f'indicators[{k}].weight', g['weight'], e.get('weight'))
        number(f'indicators[{k}].score', g['score'], e.get('score'))
    return errs


# ------------------------------------------------------------------------------------------------------- checks

def seed_json(prefix):
    path = next((ROOT / 'data').glob(f'{prefix}_*.json'))
    return json.loads(path.read_text(encoding='utf-8'), parse_float=str, parse_int=str)


def check_docx(path, seed, reports):
    errs, forms = [], docx_forms(path)
    if len(forms) != len(reports):
        return [f'{path.name}: {len(forms)} tables, want {len(reports)}']
    for k, ((paras, grid), exp) in enumerate(zip(forms, reports)):
        if f"单位名称：{seed['unit']}" not in paras:
            errs.append(f'{path.name} table {k + 1}: no unit line')
        errs += compare(interpret(paras, grid), exp, seed['unit'], f'{path.name} table {k + 1}')
    return errs


def check_xlsx(path, seed, reports):
    errs, sheets = [], xlsx_forms(path)
    if len(sheets) != len(reports):
        return [f'{path.name}: {len(sheets)} sheets, want {len(reports)}']
    for k, ((titles, grid, raw), exp) in enumerate(zip(sheets, reports)):
        if f"单位名称：{seed['unit']}" not in titles:
            errs.append(f'{path.name} sheet {k + 1}: no unit line')
        errs += compare(interpret(titles, grid, raw), exp, seed['unit'], f'{path.name} sheet {k + 1}')
    return errs


def nows(s):
    return re.sub(r'\s+', '', s)


def check_pdf(path, seed, reports):
    errs = []
    fonts = subprocess.run(['pdffonts', str(path)], capture_output=True, text=True, check=True).stdout
    for line in fonts.splitlines()[2:]:
        cols = line.split()
        if len(cols) >= 5 and 'no' in cols[-5:-2]:
            errs.append(f'{path.name}: font not embedded/subset/unicode: {line}')
    text = nows(subprocess.run(['pdftotext', '-raw', str(path), '-'], capture_output=True, text=True,
                               check=True).stdout)
    tokens = set(re.findall(r'\d+(?:\.\d+)?%?', subprocess.run(['pdftotext', '-raw', str(path), '-'],
                                                                capture_output=True, text=True).stdout))
    missing = []
    for rep in reports:
        fields = [rep.get('name'), rep.get('supervisingDepartment'), rep.get('implementingUnit'),
                  rep.get('annualGoal'), rep.get('goalOutcome'), rep.get('grade')]
        for i in rep['indicators']:
            fields += [i.get(f) for f in ('category', 'subcategory', 'name', 'indicatorClass', 'target', 'actual',
                                           'deviationReason', 'improvementMeasures')]
        for f in fields:
            if f and nows(f) not in text:
                missing.append(f[:30])
        nums = [rep.get(f) for f in ('initialBudget', 'adjustedBudget', 'executed', 'executionWeight',
                                     'executionScore', 'totalScore')]
        nums += [i.get(f) for i in rep['indicators'] for f in ('weight', 'score')]
        for n in nums:
            if n is not None and n not in tokens:
                missing.append(f'number {n}')
    pages = subprocess.run(['pdfinfo', str(path)], capture_output=True, text=True).stdout
    npages = re.search(r'Pages:\s+(\d+)', pages).group(1)
    return errs, missing, npages


def main():
    bad = 0
    for path in sorted((ROOT / 'data').glob('[0-9][0-9][0-9]_*.json')):
        prefix = path.name[:3]
        seed = seed_json(prefix)
        sets = [(f'{prefix}-forms', seed['reports'])]
        if (FORMS / f'{prefix}-project-single.docx').exists():
            sets.append((f'{prefix}-project-single', seed['reports'][:1]))
        for stem, reports in sets:
            for ext, fn in (('docx', check_docx), ('xlsx', check_xlsx)):
                p = FORMS / f'{stem}.{ext}'
                if not p.exists():
                    continue
                errs = fn(p, seed, reports)
                bad += len(errs)
                print(f'{p.name}: {"ok" if not errs else f"{len(errs)} differences"}')
                for e in errs[:20]:
                    print('   ', e)
            p = FORMS / f'{stem}.pdf'
            if p.exists():
                errs, missing, npages = check_pdf(p, seed, reports)
                bad += len(errs)
                print(f'{p.name}: {npages} pages, fonts {"embedded" if not errs else "NOT embedded"}, '
                      f'{len(missing)} json values not found verbatim in pdftotext -raw'
                      + (f' (e.g. {missing[:5]})' if missing else ''))
                for e in errs:
                    print('   ', e)
    print('OK' if not bad else f'{bad} problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())

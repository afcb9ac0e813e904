#!/usr/bin/env python3
"""Writes the self-evaluation forms (自评表) of the curated seeds as documents in the official layout.

For each data/<seed>.json this writes, into the output directory:
  <prefix>-forms.html  one <table> per evaluation (project: 项目支出绩效自评表, overall: 部门整体支出绩效自评表),
                       each after its title lines, with real rowspan/colspan and a 1px black border on every cell;
                       LibreOffice turns it into .docx and the .docx into .pdf (see make_forms.sh)
  <prefix>-forms.fods  the same forms as a flat OpenDocument spreadsheet, one sheet per evaluation, with merged
                       cells, borders and numeric cells; LibreOffice turns it into .xlsx
<prefix> is the seed's three-digit prefix (000 … 004). With --single SEED, only the first evaluation of that seed is
written, as <prefix>-project-single.html.

The figures are printed exactly as the json holds them (numbers are read as their literal text, never as floats):
null stays an empty cell, 441.8 stays "441.8", a rate 0.9901 is printed "99.01%". Python 3.11 standard library only.
"""
import argparse
import html
import json
import pathlib
import sys
from dataclasses import dataclass
from decimal import Decimal

ROOT = pathlib.Path(__file__).resolve().parents[2]
FONT = 'Noto Serif CJK SC'


# ----------------------------------------------------------------------------------------------------------- model

@dataclass
class Cell:
    text: str = ''
    cs: int = 1           # colspan
    rs: int = 1           # rowspan
    role: str = 'text'    # label | head | text | num | pct
    value: str = None     # for num/pct: the json's literal number (spreadsheet cells are numeric)


@dataclass
class Form:
    kind: str
    title: str            # "2024年度项目支出绩效自评表"
    year_line: str        # "（2024年度）"
    unit_line: str        # "单位名称：…"
    money_line: str       # "单位：万元"
    sheet_name: str
    widths: list          # per grid column, percent
    rows: list            # list of list of Cell (covered cells of a merge are not listed)

    @property
    def ncols(self):
        return len(self.widths)


def load_seed(path):
    """Numbers keep their literal json text: 19.80 would stay '19.80', 441.8 stays '441.8'."""
    return json.loads(pathlib.Path(path).read_text(encoding='utf-8'), parse_float=str, parse_int=str)


def num(v):
    return Cell('' if v is None else str(v), role='num', value=v)


def pct(v):
    """A rate fraction as a percentage without trailing zeros: 0.9901 → 99.01%, 1.0 → 100%, 0.0 → 0%."""
    if v is None:
        return Cell('', role='pct')
    p = Decimal(v) * 100
    s = format(p.normalize(), 'f') if p != 0 else '0'
    if '.' in s:
        s = s.rstrip('0').rstrip('.')
    return Cell(s + '%', role='pct', value=v)


def txt(v, cs=1, rs=1):
    return Cell('' if v is None else str(v), cs=cs, rs=rs, role='text')


def label(t, cs=1, rs=1):
    return Cell(t, cs=cs, rs=rs, role='label')


def head(t, cs=1, rs=1):
    return Cell(t, cs=cs, rs=rs, role='head')


# percent of the table width; 得分 is also the 执行率 column of the funding block, wide enough for "54.65%"
BASE_WIDTHS = {'绩效指标': 8, '一级指标': 8, '二级指标': 9, '三级指标': 14, '指标分类': 7, '年度指标值': 11,
               '实际完成值': 11, '分值': 7, '得分': 8, '偏差原因分析及改进措施': 24, '偏差原因分析': 14, '改进措施': 14}


def runs(values):
    """Lengths of runs of equal consecutive values, as {start index: length}."""
    out, i = {}, 0
    while i < len(values):
        j = i
        while j + 1 < len(values) and values[j + 1] == values[i]:
            j += 1
        out[i] = j - i + 1
        i = j + 1
    return out


def build_form(seed, rep, index):
    year, unit = seed['year'], seed['unit']
    project = rep['kind'] == 'project'
    inds = rep['indicators']
    has_class = any(i.get('indicatorClass') for i in inds)
    has_impr = any(i.get('improvementMeasures') for i in inds)
    icols = (['一级指标', '二级指标', '三级指标'] + (['指标分类'] if has_class else [])
             + ['年度指标值', '实际完成值', '分值', '得分']
             + (['偏差原因分析', '改进措施'] if has_impr else ['偏差原因分析及改进措施']))
    n = 1 + len(icols)
    total_w = sum(BASE_WIDTHS[c] for c in ['绩效指标'] + icols)
    widths = [round(BASE_WIDTHS[c] * 100 / total_w) for c in ['绩效指标'] + icols]
    widths[widths.index(max(widths))] += 100 - sum(widths)  # whole percents (Writer ignores '7.37%')
    rows = []

    # identification
    if project:
        rows.append([label('项目名称', cs=2), txt(rep['name'], cs=n - 2)])
    else:
        rows.append([label('部门（单位）名称', cs=2), txt(unit, cs=n - 2)])
    if project or rep.get('supervisingDepartment') or rep.get('implementingUnit'):
        a = (n - 2) // 2
        rows.append([label('主管部门', cs=2), txt(rep.get('supervisingDepartment'), cs=a), label('实施单位'),
                     txt(rep.get('implementingUnit'), cs=n - 3 - a)])

    # funding block: label column, a sub-label spanning the middle columns, six figure columns
    sub = n - 7
    funding = rep.get('fundingLines') or []
    rows.append([label('项目资金（万元）' if project else '年度预算执行情况（万元）', rs=2 + len(funding)),
                 head('', cs=sub), head('年初预算数'), head('全年预算数'), head('全年执行数'), head('分值'),
                 head('执行率'), head('得分')])
    rows.append([label('年度资金总额', cs=sub), num(rep.get('initialBudget')), num(rep.get('adjustedBudget')),
                 num(rep.get('executed')), num(rep.get('executionWeight')), pct(rep.get('executionRate')),
                 num(rep.get('executionScore'))])
    for k, fl in enumerate(funding):
        rows.append([label(('其中：' if k == 0 else '') + fl['source'], cs=sub), num(fl.get('initialBudget')),
                     num(fl.get('adjustedBudget')), num(fl.get('executed')), num(None), pct(fl.get('executionRate')),
                     num(None)])

    # goal block
    h = (n - 1) // 2
    rows.append([label('年度总体目标', rs=2), head('预期目标', cs=h), head('实际完成情况', cs=n - 1 - h)])
    rows.append([txt(rep.get('annualGoal'), cs=h), txt(rep.get('goalOutcome'), cs=n - 1 - h)])

    # indicator block: category and subcategory merged vertically over consecutive equal values
    rows.append([label('绩效指标', rs=1 + len(inds))] + [head(c) for c in icols])
    cat_runs = runs([i['category'] for i in inds])
    sub_runs = runs([(k_cat, i['subcategory']) for k_cat, i in zip(_run_ids(inds), inds)])
    for k, i in enumerate(inds):
        r = []
        if k in cat_runs:
            r.append(txt(i['category'], rs=cat_runs[k]))
        if k in sub_runs:
            r.append(txt(i['subcategory'], rs=sub_runs[k]))
        r.append(txt(i.get('name')))
        if has_class:
            r.append(txt(i.get('indicatorClass')))
        r += [txt(i.get('target')), txt(i.get('actual')), num(i.get('weight')), num(i.get('score')),
              txt(i.get('deviationReason'))]
        if has_impr:
            r.append(txt(i.get('improvementMeasures')))
        rows.append(r)

    # total row: 总分 up to the 分值 column, then the total weight (only where the printed weights make 100),
    # the total score and the grade
    k_w = 1 + icols.index('分值')
    weights = [rep.get('executionWeight')] + [i.get('weight') for i in inds]
    total_w = ''
    if all(w is not None for w in weights) and sum(Decimal(w) for w in weights) == 100:
        total_w = '100'
    rows.append([label('总分', cs=k_w), Cell(total_w, role='num', value=total_w or None),
                 num(rep.get('totalScore')), txt(rep.get('grade'), cs=n - k_w - 2)])

    title = f"{year}年度项目支出绩效自评表" if project else f"{year}年度{rep['name']}绩效自评表"
    sheet = f"{index + 1}-{rep['name']}" if project else rep['name']
    for ch in '[]:*?/\\':
        sheet = sheet.replace(ch, '_')
    return Form(rep['kind'], title, f"（{year}年度）", f"单位名称：{unit}", '单位：万元', sheet[:31], widths, rows)


def _run_ids(inds):
    """A run number per indicator that changes whenever the category changes (subcategory runs end there)."""
    out, run = [], 0
    for k, i in enumerate(inds):
        if k and i['category'] != inds[k - 1]['category']:
            run += 1
        out.append(run)
    return out


def build_forms(seed):
    return [build_form(seed, rep, k) for k, rep in enumerate(seed['reports'])]


def grid(form):
    """The form as a full grid: grid[r][c] = (cell, is_origin); covered cells point at their merge's cell."""
    g = [[None] * form.ncols for _ in form.rows]
    for r, row in enumerate(form.rows):
        c = 0
        for cell in row:
            while g[r][c] is not None:
                c += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if g[r + dr][c + dc] is not None:
                        raise ValueError(f'{form.title}: overlapping cells at row {r + dr} col {c + dc}')
                    g[r + dr][c + dc] = (cell, dr == 0 and dc == 0)
            c += cell.cs
        if any(x is None for x in g[r]):
            raise ValueError(f'{form.title}: row {r} does not fill {form.ncols} columns: {[x.text for x in row]}')
    return g


# ------------------------------------------------------------------------------------------------------------ html

CELL_STYLE = 'border:1px solid #000000; padding:2px 3px'


def html_cell(cell, width=None):
    attrs = []
    if width is not None:
        attrs.append(f'width="{width}%"')
    if cell.cs > 1:
        attrs.append(f'colspan="{cell.cs}"')
    if cell.rs > 1:
        attrs.append(f'rowspan="{cell.rs}"')
    align = 'left' if cell.role == 'text' and len(cell.text) > 12 else 'center'
    attrs.append(f'align="{align}" valign="middle"')
    attrs.append(f'style="{CELL_STYLE}"')
    body = '<br>'.join(html.escape(line) for line in cell.text.split('\n')) if cell.text else ''
    if cell.role in ('label', 'head') and body:
        body = f'<b>{body}</b>'
    return f'<td {" ".join(attrs)}><font face="{FONT}" style="font-size:9pt">{body}</font></td>'


def render_html(forms, doc_title):
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
           f'<title>{html.escape(doc_title)}</title>',
           '<style>',
           f'body {{ font-family: "{FONT}"; font-size: 10.5pt; }}',
           'table { border-collapse: collapse; }',
           'td { border: 1px solid #000000; }',
           '</style></head><body>']
    for k, f in enumerate(forms):
        brk = ' page-break-before: always;' if k else ''
        out.append(f'<p align="center" style="margin-bottom:0;{brk}"><font face="{FONT}" style="font-size:16pt">'
                   f'<b>{html.escape(f.title)}</b></font></p>')
        out.append(f'<p align="center" style="margin-top:0; margin-bottom:0"><font face="{FONT}">'
                   f'{html.escape(f.year_line)}</font></p>')
        out.append(f'<p align="left" style="margin-bottom:0"><font face="{FONT}">{html.escape(f.unit_line)}</font></p>')
        out.append(f'<p align="right" style="margin-top:0; margin-bottom:2pt"><font face="{FONT}">'
                   f'{html.escape(f.money_line)}</font></p>')
        out.append('<table width="100%" border="1" cellspacing="0" cellpadding="2" '
                   'style="border-collapse:collapse; border:1px solid #000000">')
        g = grid(f)
        for r, row in enumerate(f.rows):
            # widths on the unmerged cells (Writer's HTML import mixes <col> widths with the content's)
            cols = [c for c in range(f.ncols) if g[r][c][1]]
            out.append('<tr>' + ''.join(html_cell(cell, f.widths[c] if cell.cs == 1 else None)
                                        for cell, c in zip(row, cols)) + '</tr>')
        out.append('</table>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------------------------------------------------------ fods

FODS_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="&apos;{font}&apos;" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="table-cell">
  <style:text-properties style:font-name="{font}" style:font-name-asian="{font}" fo:font-size="9pt" style:font-size-asian="9pt"/>
 </style:default-style>
 <number:percentage-style style:name="PCT">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/>
  <number:text>%</number:text>
 </number:percentage-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
   fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"
   style:scale-to-X="1" style:scale-to-Y="0"/>
 </style:page-layout>
 <style:style style:name="ta1" style:family="table" style:master-page-name="Form">
  <style:table-properties table:display="true"/>
 </style:style>
{colstyles}
 <style:style style:name="ro" style:family="table-row">
  <style:table-row-properties style:use-optimal-row-height="true"/>
 </style:style>
 <style:style style:name="ce" style:family="table-cell">
  <style:table-cell-properties fo:border="0.75pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="ceL" style:family="table-cell">
  <style:table-cell-properties fo:border="0.75pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="start"/>
 </style:style>
 <style:style style:name="ceB" style:family="table-cell">
  <style:table-cell-properties fo:border="0.75pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="ceP" style:family="table-cell" style:data-style-name="PCT">
  <style:table-cell-properties fo:border="0.75pt solid #000000" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="tT" style:family="table-cell">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="tC" style:family="table-cell">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="tL" style:family="table-cell">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
 <style:style style:name="tR" style:family="table-cell">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Form" style:page-layout-name="pm1">
  <style:header style:display="false"/><style:footer style:display="false"/>
 </style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
'''

SHEET_WIDTH_CM = 18.0  # A4 portrait less margins


def x(s):
    return html.escape(s, quote=True)


def fods_paragraphs(text):
    return ''.join(f'<text:p>{x(line)}</text:p>' for line in text.split('\n'))


def fods_cell(cell, style=None):
    span = ''
    if cell.cs > 1:
        span += f' table:number-columns-spanned="{cell.cs}"'
    if cell.rs > 1:
        span += f' table:number-rows-spanned="{cell.rs}"'
    if cell.role == 'pct' and cell.value is not None:
        return (f'<table:table-cell table:style-name="ceP" office:value-type="percentage" '
                f'office:value="{cell.value}"{span}><text:p>{x(cell.text)}</text:p></table:table-cell>')
    if cell.role == 'num' and cell.value is not None:
        return (f'<table:table-cell table:style-name="ce" office:value-type="float" '
                f'office:value="{cell.value}"{span}><text:p>{x(cell.text)}</text:p></table:table-cell>')
    if style is None:
        style = {'label': 'ceB', 'head': 'ceB'}.get(cell.role, 'ceL' if len(cell.text) > 12 else 'ce')
    body = f'>{fods_paragraphs(cell.text)}</table:table-cell>' if cell.text else '/>'
    if not cell.text and not span:
        return f'<table:table-cell table:style-name="{style}"/>'
    return f'<table:table-cell table:style-name="{style}"{span}{body}'


def render_fods(forms):
    colstyles, sheets = [], []
    for k, f in enumerate(forms):
        for c, w in enumerate(f.widths):
            colstyles.append(f' <style:style style:name="co{k}_{c}" style:family="table-column">'
                             f'<style:table-column-properties style:column-width="{SHEET_WIDTH_CM * w / 100:.2f}cm"/>'
                             f'</style:style>')
        g = grid(f)
        n = f.ncols
        s = [f'<table:table table:name="{x(f.sheet_name)}" table:style-name="ta1">']
        s += [f'<table:table-column table:style-name="co{k}_{c}"/>' for c in range(n)]

        def line(text, style):
            return (f'<table:table-row table:style-name="ro"><table:table-cell table:style-name="{style}" '
                    f'table:number-columns-spanned="{n}"><text:p>{x(text)}</text:p></table:table-cell>'
                    f'<table:covered-table-cell table:number-columns-repeated="{n - 1}"/></table:table-row>')
        s.append(line(f.title, 'tT'))
        s.append(line(f.year_line, 'tC'))
        s.append(line(f.unit_line, 'tL'))
        s.append(line(f.money_line, 'tR'))
        for r in range(len(f.rows)):
            cells = []
            for c in range(n):
                cell, origin = g[r][c]
                if origin:
                    cells.append(fods_cell(cell))
                else:
                    cells.append('<table:covered-table-cell table:style-name="ce"/>')
            s.append('<table:table-row table:style-name="ro">' + ''.join(cells) + '</table:table-row>')
        s.append('</table:table>')
        sheets.append('\n'.join(s))
    return (FODS_HEAD.format(font=FONT, colstyles='\n'.join(colstyles)) + '\n'.join(sheets)
            + '\n</office:spreadsheet></office:body></office:document>\n')


# ------------------------------------------------------------------------------------------------------------ main

def seed_files():
    return sorted((ROOT / 'data').glob('[0-9][0-9][0-9]_*.json'))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', required=True, help='output directory')
    ap.add_argument('--seeds', nargs='*', help='seed prefixes to write (default: all)')
    ap.add_argument('--single', help='also write <prefix>-project-single.html with the first evaluation of this seed')
    args = ap.parse_args(argv)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for path in seed_files():
        prefix = path.name[:3]
        if args.seeds and prefix not in args.seeds:
            continue
        seed = load_seed(path)
        forms = build_forms(seed)
        for f in forms:
            grid(f)  # checks that every row fills the grid
        (out / f'{prefix}-forms.html').write_text(render_html(forms, seed['title']), encoding='utf-8')
        (out / f'{prefix}-forms.fods').write_text(render_fods(forms), encoding='utf-8')
        print(f'{prefix}: {len(forms)} forms ({", ".join(f.kind for f in forms)})', file=sys.stderr)
        if args.single == prefix:
            (out / f'{prefix}-project-single.html').write_text(render_html(forms[:1], seed['title']),
                                                               encoding='utf-8')
    return 0


if __name__ == '__main__':
    sys.exit(main())

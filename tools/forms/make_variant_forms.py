#!/usr/bin/env python3
"""Writes self-evaluation forms (自评表) of INVENTED units in the layouts other units publish, not the seeds' layout.

Each document below is a made-up unit's report (plausible content, figures that add up), written in one of the
variants real reports show: the Ministry of Finance 项目支出绩效自评表 (财预〔2020〕10号 附件) with 上年结转资金 and
其他资金 rows; a 部门整体支出绩效自评表 with its 年度主要任务 block (任务名称 / 主要内容 / 预算数 / 执行数); header
variants (指标值, 全年指标值, 预期指标值, 实际完成指标值, 权重（%）, 自评得分, 偏差原因分析 | 改进措施 apart,
原因分析及改进措施, 年初设定目标); targets written ≥ ≧ >= ＞ ≤, full-width digits, words (完成, 好, 逐步提高);
placeholders (/ —) and empty cells; amounts in 元; several projects in one document; one form per sheet; a table
running over a page break.

For each document <name> this writes into --out:
  <name>.html            the forms for Writer (LibreOffice makes .docx, and .pdf from the .docx: make_variant_forms.sh)
  <name>.fods            the forms as a spreadsheet, one sheet per form (LibreOffice makes .xlsx / .xls)
  <name>-cells.txt, <name>-flat.txt   the text layouts of tools/forms/text_layouts.py (one cell per line; rows
                         flattened onto lines, cells apart by two or more spaces)
  <name>.expected.json   what reading the document must give, in the shape of data/*.json (ReportDocument): money
                         in 万元, rates as fractions, texts as printed, absent figures null
The html/fods are rendered with make_forms.py's cells and renderers. Python 3.11 standard library only.
"""
import argparse
import json
import pathlib
import sys
from decimal import Decimal

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_forms as mf  # noqa: E402
from make_forms import Cell, Form, head, label, txt  # noqa: E402
import text_layouts as tl  # noqa: E402

# A title line a form does not print is no line of the text layouts (an empty line there is an empty cell).
tl.title_lines = lambda f: [t for t in (f.title, f.year_line, f.unit_line, f.money_line) if t]

D = Decimal


# --------------------------------------------------------------------------------------------------------- figures

def pct_text(rate, places=2):
    """0.98341 → '98.34%' (the rate as printed)."""
    return f'{(D(rate) * 100).quantize(D(1).scaleb(-places))}%'


def printed_rate(executed, adjusted, places=2):
    """The execution rate as a form prints it (rounded), and the fraction it stands for."""
    text = pct_text(D(executed) / D(adjusted), places)
    return text, D(text[:-1]) / 100


def money_cell(v, unit):
    """A money figure printed in 万元 ('912.5') or in 元 ('9,125,000.00')."""
    if v is None:
        return Cell('', role='num')
    if unit == '元':
        yuan = D(v) * 10000
        return Cell(f'{yuan:,.2f}', role='yuan', value=str(yuan))
    return Cell(str(v), role='num', value=str(v))


def num(v):
    return mf.num(None if v is None else str(v))


def ph(t):
    """A placeholder printed in a figure cell: '—', '/', or empty."""
    return Cell(t, role='text')


# ----------------------------------------------------------------------------------------------------------- forms

class Spec:
    """One form: what it prints (and so what reading it must give)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)


def indicator(cat, sub, name, target, actual, weight, score, reason=None, measures=None, nature=None, unit=None):
    """One indicator row; nature (指标性质 ≥ ≤ = 定性) and unit (度量单位) only where the form has those columns."""
    return dict(category=cat, subcategory=sub, name=name, target=target, actual=actual,
                weight=None if weight is None else D(weight), score=None if score is None else D(score),
                reason=reason, measures=measures, nature=nature, unit=unit)


def runs(values):
    return mf.runs(values)


def level_cells(inds, cat_cs=1):
    """Each indicator row's leading cells: its 一级 and 二级 where their merged runs start (rowspan over the run)."""
    cat_runs = runs([i['category'] for i in inds])
    sub_runs = runs([(i['category'], i['subcategory']) for i in inds])
    rows = []
    for k, i in enumerate(inds):
        r = []
        if k in cat_runs:
            r.append(txt(i['category'], rs=cat_runs[k], cs=cat_cs))
        if k in sub_runs:
            r.append(txt(i['subcategory'], rs=sub_runs[k]))
        rows.append(r)
    return rows


def build(spec):
    """The form's rows as make_forms Cells; the grid is 10 columns wide."""
    if getattr(spec, 'transfer', False):
        return build_transfer(spec)
    n = 10
    rows = []
    unit = getattr(spec, 'money_unit', '万元')
    if spec.kind == 'project':
        rows.append([label('项目名称', cs=2), txt(spec.name, cs=n - 2)])
        rows.append([label('主管部门', cs=2), txt(spec.supervising, cs=3), label('实施单位', cs=2),
                     txt(spec.implementing, cs=3)])
    else:
        rows.append([label('部门（单位）名称', cs=2), txt(spec.unit, cs=n - 2)])
    tasks = getattr(spec, 'tasks', None)
    if tasks:
        rows.append([label('年度主要任务', rs=1 + len(tasks)), head('任务名称', cs=2), head('主要内容', cs=4),
                     head('预算数（万元）', cs=2), head('执行数（万元）')])
        for t in tasks:
            rows.append([txt(t[0], cs=2), txt(t[1], cs=4), Cell(str(t[2]), cs=2, role='num', value=str(t[2])),
                         Cell(str(t[3]), role='num', value=str(t[3]))])
    b = spec.budget
    heads = getattr(spec, 'budget_heads', ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'])
    block_label = getattr(spec, 'budget_label', '项目资金（万元）')
    rows.append([label(block_label, rs=2 + len(spec.funding)), head('', cs=3)] + [head(h) for h in heads])
    rows.append([label('年度资金总额', cs=3), money_cell(b['initial'], unit), money_cell(b['adjusted'], unit),
                 money_cell(b['executed'], unit), num(b['weight']), Cell(b['rate_text'], role='text'),
                 num(b['score'])])
    for k, f in enumerate(spec.funding):
        rate = Cell(f['rate_text'], role='text') if f.get('rate_text') else ph(f.get('ph', '—'))
        figures = [money_cell(f[x], unit) if f[x] is not None else ph(f.get('ph', '—'))
                   for x in ('initial', 'adjusted', 'executed')]
        rows.append([label(f['label'], cs=3)] + figures + [ph(f.get('ph', '—')), rate, ph(f.get('ph', '—'))])
    goal_labels = getattr(spec, 'goal_labels', None)
    if goal_labels:
        # the goal and its outcome as two labelled rows: 年度绩效目标 | text, 目标完成情况 | text
        rows.append([label(goal_labels[0], cs=2), txt(spec.goal, cs=n - 2)])
        rows.append([label(goal_labels[1], cs=2), txt(spec.outcome, cs=n - 2)])
    else:
        goal_heads = getattr(spec, 'goal_heads', ('预期目标', '实际完成情况'))
        rows.append([label('年度总体目标', rs=2), head(goal_heads[0], cs=4), head(goal_heads[1], cs=5)])
        rows.append([txt(spec.goal, cs=4), txt(spec.outcome, cs=5)])

    inds = spec.indicators
    # target, actual, weight, score, then one or two remark columns; with value_columns the target is three:
    # 指标性质 | 指标值 | 度量单位 (and the name column is one wide)
    value_columns = getattr(spec, 'value_columns', False)
    ih = spec.ind_heads
    two = len(ih) == 6 or value_columns
    # 绩效指标 | 一级 | 二级 | 三级 (cs 2 when the remarks are one column) | target | actual | weight | score | remarks
    name_cs = 1 if two else 2
    frame = getattr(spec, 'frame', True)
    first = [label('绩效指标', rs=1 + len(inds))] if frame else []
    cat_cs = 1 if frame or value_columns else 2
    header_row = len(rows)
    if getattr(spec, 'two_row_header', False):
        # 绩效指标 over 一级 | 二级 | 三级, the value columns merged down both header rows
        rows.append(first + [head('绩效指标', cs=cat_cs + 1 + name_cs)] + [head(h, rs=2) for h in ih])
        rows.append([head('一级指标', cs=cat_cs), head('二级指标'), head('三级指标', cs=name_cs)])
    else:
        rows.append(first + [head('一级指标', cs=cat_cs), head('二级指标'), head('三级指标', cs=name_cs)]
                    + [head(h) for h in ih])
    for i, r in zip(inds, level_cells(inds, cat_cs)):
        r.append(txt(i['name'], cs=name_cs))
        if value_columns:
            r.append(txt(i['nature']))
        r.append(txt(i['target']))
        if value_columns:
            r.append(txt(i['unit']))
        r += [txt(i['actual']), points(i['weight'], i.get('weight_text')),
              points(i['score'], i.get('score_text')), txt(i['reason'])]
        if two and not value_columns:
            r.append(txt(i['measures']))
        rows.append(r)
    total = [label('总分', cs=7 if value_columns else 6), num(spec.total_weight), num(spec.total_score)]
    grade_in_total = getattr(spec, 'grade_in_total', False)
    total.append(txt(spec.grade if grade_in_total else '', cs=1 if value_columns else 2))
    rows.append(total)
    if getattr(spec, 'grade_row', False):
        rows.append([label(getattr(spec, 'grade_label', '自评等级'), cs=2), txt(spec.grade, cs=n - 2)])
    widths = [7, 8, 10, 14, 11, 11, 7, 8, 12, 12] if two else [7, 8, 10, 10, 6, 11, 11, 7, 8, 22]
    if not two:
        widths = [7, 8, 10, 12, 6, 11, 11, 7, 8, 20]
    if value_columns:
        widths = [7, 9, 16, 6, 9, 6, 10, 6, 7, 24]
    form = Form(spec.kind, spec.title, spec.lines[0], spec.lines[1], spec.lines[2], spec.sheet, widths, rows)
    form.split_at = header_row if getattr(spec, 'split', False) else None
    return form


def build_transfer(spec):
    """The 中央对地方转移支付区域绩效自评表: no 分值 / 得分 anywhere and no total; 全年预算数（A） | 全年执行数（B） |
    执行率（B/A） without 年初预算数; 中央主管部门 and 地方主管部门 rows; indicators 指标值 | 全年实际完成值 |
    未完成原因和改进措施; a 说明 row under the table. 10 columns."""
    b = spec.budget
    rows = [[label('转移支付（项目）名称', cs=2), txt(spec.name, cs=8)],
            [label('中央主管部门', cs=2), txt(spec.central, cs=8)],
            [label('地方主管部门', cs=2), txt(spec.supervising, cs=3), label('资金使用单位', cs=2),
             txt(spec.implementing, cs=3)],
            [label('资金投入情况（万元）', rs=2 + len(spec.funding)), head('', cs=3), head('全年预算数（A）', cs=2),
             head('全年执行数（B）', cs=2), head('执行率（B/A）', cs=2)],
            [label('年度资金总额', cs=3), Cell(str(b['adjusted']), cs=2, role='num', value=str(b['adjusted'])),
             Cell(str(b['executed']), cs=2, role='num', value=str(b['executed'])), txt(b['rate_text'], cs=2)]]
    for f in spec.funding:
        cells = [Cell(str(f[x]), cs=2, role='num', value=str(f[x])) if f[x] is not None else txt('', cs=2)
                 for x in ('adjusted', 'executed')]
        rows.append([label(f['label'], cs=3)] + cells + [txt(f.get('rate_text', ''), cs=2)])
    rows.append([label('年度总体目标', rs=2), head('预期目标', cs=4), head('目标实际完成情况', cs=5)])
    rows.append([txt(spec.goal, cs=4), txt(spec.outcome, cs=5)])
    inds = spec.indicators
    rows.append([label('绩效指标', rs=1 + len(inds)), head('一级指标'), head('二级指标'), head('三级指标', cs=2),
                 head('指标值'), head('全年实际完成值', cs=2), head('未完成原因和改进措施', cs=2)])
    for i, r in zip(inds, level_cells(inds)):
        r += [txt(i['name'], cs=2), txt(i['target']), txt(i['actual'], cs=2), txt(i['reason'], cs=2)]
        rows.append(r)
    rows.append([label('说明', cs=2), txt(spec.remark, cs=8)])
    widths = [7, 8, 10, 12, 6, 12, 7, 8, 10, 20]
    return Form(spec.kind, spec.title, spec.lines[0], spec.lines[1], spec.lines[2], spec.sheet, widths, rows)


def points(v, text=None):
    if text is not None:
        return Cell(text, role='text')
    return num(v)


def expected_report(spec):
    b = spec.budget
    factor = 1
    inds = []
    for i in spec.indicators:
        two = len(spec.ind_heads) == 6
        inds.append(dict(category=i['category'], subcategory=i['subcategory'], name=i['name'], indicatorClass=None,
                         nature=i['nature'], unitOfMeasure=i['unit'], target=i['target'] or None, actual=i['actual'] or None,
                         weight=i['weight'], score=i['score'], deviationReason=i['reason'] or None,
                         improvementMeasures=(i['measures'] or None) if two else None, note=None,
                         sourceLines=[1, 1]))
    funding = [dict(source=f['label'].replace('其中：', ''), initialBudget=f['initial'], adjustedBudget=f['adjusted'],
                    executed=f['executed'], executionRate=f.get('rate'), sourceLines=[1, 1]) for f in spec.funding]
    return dict(kind=spec.kind, name=spec.name,
                supervisingDepartment=getattr(spec, 'supervising', None),
                implementingUnit=getattr(spec, 'implementing', None),
                initialBudget=b['initial'], adjustedBudget=b['adjusted'], executed=b['executed'],
                executionRate=b['rate'], executionWeight=b['weight'], executionScore=b['score'],
                totalScore=spec.total_score, grade=spec.grade, annualGoal=joined(spec.goal),
                goalOutcome=joined(spec.outcome),
                note=f'说明：{spec.remark}' if getattr(spec, 'remark', None) else None, sourceLines=[1, 1],
                fundingLines=funding, indicators=inds)


def joined(text):
    """A cell's lines as the reader joins them (OfficeText.join): Chinese lines with nothing between."""
    return text.replace('\n', '')


def check(spec):
    """The figures add up: weights to the printed total weight, scores to the total score, funding to the total."""
    b = spec.budget
    if b['weight'] is None:  # a form without 分值 / 得分: nothing to add up but the funding and the rate
        assert spec.total_score is None and all(i['weight'] is None and i['score'] is None for i in spec.indicators)
        ws = ss = None
    else:
        ws = sum(i['weight'] for i in spec.indicators if i['weight'] is not None) + D(b['weight'])
        ss = sum(i['score'] for i in spec.indicators if i['score'] is not None) + D(b['score'])
    assert spec.total_weight is None or ws == D(spec.total_weight), (spec.name, ws)
    assert ss is None or ss == D(spec.total_score), (spec.name, ss, spec.total_score)
    for key in ('initial', 'adjusted', 'executed'):
        parts = [D(f[key]) for f in spec.funding if f[key] is not None and not f.get('other_split')]
        if parts and not getattr(spec, 'funding_not_parts', False):
            assert sum(parts) == D(b[key]), (spec.name, key, sum(parts), b[key])
    text, rate = printed_rate(b['executed'], b['adjusted'])
    assert text == b['rate_text'], (spec.name, text, b['rate_text'])
    for i in spec.indicators:
        if i['weight'] is not None and i['score'] is not None:
            assert i['score'] <= i['weight'], (spec.name, i['name'])


def budget(initial, adjusted, executed, weight, score):
    """The 年度资金总额 row; initial, weight and score are None where the form has no such column."""
    text, rate = printed_rate(executed, adjusted)
    return dict(initial=None if initial is None else D(initial), adjusted=D(adjusted), executed=D(executed),
                weight=None if weight is None else D(weight), score=None if score is None else D(score),
                rate_text=text, rate=rate)


def line(lbl, initial, adjusted, executed, rate=False, placeholder='—'):
    f = dict(label=lbl, initial=None if initial is None else D(initial),
             adjusted=None if adjusted is None else D(adjusted),
             executed=None if executed is None else D(executed), ph=placeholder)
    if rate:
        f['rate_text'], f['rate'] = printed_rate(executed, adjusted)
    return f




# ------------------------------------------------------------------------------------------------------------ main

FODS_YUAN_STYLE = '''
 <number:number-style style:name="N2T">
  <number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"
   number:grouping="true"/>
 </number:number-style>
'''
FODS_YUAN_CELL = '''
 <style:style style:name="ceY" style:family="table-cell" style:data-style-name="N2T">
  <style:table-cell-properties fo:border="0.75pt solid #000000" style:vertical-align="middle"/>
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
'''


def render_fods(forms):
    """make_forms' spreadsheet, with money in 元 as numbers formatted #,##0.00 (as a unit's sheet shows them)."""
    saved = mf.fods_cell

    def cell(c, style=None):
        if c.role == 'yuan':
            span = (f' table:number-columns-spanned="{c.cs}"' if c.cs > 1 else '') + \
                   (f' table:number-rows-spanned="{c.rs}"' if c.rs > 1 else '')
            return (f'<table:table-cell table:style-name="ceY" office:value-type="float" office:value="{c.value}"'
                    f'{span}><text:p>{mf.x(c.text)}</text:p></table:table-cell>')
        return saved(c, style)

    mf.fods_cell = cell
    try:
        out = mf.render_fods(forms)
    finally:
        mf.fods_cell = saved
    out = out.replace('</office:styles>', FODS_YUAN_STYLE + '</office:styles>', 1)
    return out.replace('</office:automatic-styles>', FODS_YUAN_CELL + '</office:automatic-styles>', 1)


def split_tables(page, forms):
    """Each form with split_at as two tables: the rows above its indicator header, then the indicator table whose
    header row is a <thead>, which Writer repeats at the top of every page the table runs onto."""
    lines = page.split('\n')
    out = []
    k = -1
    row = 0
    table_attrs = None
    for line in lines:
        if line.startswith('<table'):
            k += 1
            row = 0
            table_attrs = line
        if line.startswith('<tr>'):
            at = getattr(forms[k], 'split_at', None)
            if at is not None and row == at:
                out += ['</table>', table_attrs, '<thead>', line, '</thead>']
                row += 1
                continue
            row += 1
        out.append(line)
    return '\n'.join(out)


def with_preface(page, preface):
    """A self-evaluation report: its narrative (title, then paragraphs) on pages before the forms, which start on a
    page of their own."""
    if not preface:
        return page
    font = mf.FONT
    paras = [f'<p align="center"><font face="{font}" style="font-size:16pt"><b>{mf.x(preface[0])}</b></font></p>']
    paras += [f'<p style="text-indent:2em"><font face="{font}">{mf.x(p)}</font></p>' for p in preface[1:]]
    first = '<p align="center" style="margin-bottom:0;">'
    assert first in page
    page = page.replace(first, '<p align="center" style="margin-bottom:0; page-break-before: always;">', 1)
    return page.replace('<body>', '<body>\n' + '\n'.join(paras), 1)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return float(o)
        return super().default(o)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', required=True)
    args = ap.parse_args(argv)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from variant_specs import DOCUMENTS  # the invented reports themselves

    for doc in DOCUMENTS:
        forms = []
        for spec in doc['forms']:
            check(spec)
            f = build(spec)
            mf.grid(f)
            forms.append(f)
        preface = doc.get('preface', [])
        page = split_tables(mf.render_html(forms, doc['title']), forms)
        (out / f"{doc['name']}.html").write_text(with_preface(page, preface), encoding='utf-8')
        (out / f"{doc['name']}.fods").write_text(render_fods(forms), encoding='utf-8')
        # the text layouts extraction gives (text_layouts.py): one cell per line, and rows flattened onto lines
        lead = ''.join(p + '\n' for p in preface)
        (out / f"{doc['name']}-cells.txt").write_text(lead + tl.cells_text(forms, False), encoding='utf-8')
        (out / f"{doc['name']}-flat.txt").write_text(lead + tl.flat_text(forms), encoding='utf-8')
        expected = dict(source=doc['name'], title=doc['title'], unit=doc['unit'], unitAliases=[], region=None,
                        year=doc['year'], reports=[expected_report(s) for s in doc['forms']])
        text = json.dumps(expected, ensure_ascii=False, indent=1, cls=Enc)
        (out / f"{doc['name']}.expected.json").write_text(text + '\n', encoding='utf-8')
        print(f"{doc['name']}: {len(forms)} forms, {sum(len(s.indicators) for s in doc['forms'])} indicators",
              file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
"""Writes text variants of the forms of seeds 003 and 004 into src/test/resources/forms/, the shapes that text
extraction from PDFs and web pages gives:

  <p>-cells.txt        one cell per line in reading order (row by row, left to right); every cell that is not the
                       continuation of a merge has its own line, an empty cell an empty line; a cell's own line
                       breaks become spaces. The four title lines come before each table as their own lines (no blank line
                       between forms, so an empty line is always an empty cell).
  <p>-cells-pipes.txt  the same, each cell written as "| cell |" (an empty cell as "|  |"); title lines as they are.
  <p>-flat.txt         one line per table row: the row's non-empty cells separated by runs of two or more spaces,
                       padded to common column positions like `pdftotext -layout` (without its wrapping of long cells);
                       a merged cell is written on its first row only; a blank line between forms.
  <p>-pdftotext-layout.txt  `pdftotext -layout <p>-forms.pdf`: the real extraction, wrapped cells on several lines
  <p>-pdftotext-raw.txt     `pdftotext -raw <p>-forms.pdf`: the real extraction in content-stream order

The first three are written from the same form model that make_forms.py renders into the PDF (the PDF's text does
not come out one cell or one row per line: long cells wrap), so their cells are exactly the json's values; the last
two are what poppler's pdftotext makes of the committed PDF (run make_forms.sh first).
"""
import pathlib
import subprocess
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import make_forms  # noqa: E402

OUT = make_forms.ROOT / 'src' / 'test' / 'resources' / 'forms'
SEEDS = ('003', '004')
MAX_COL = 24   # display columns a flat column is padded to at most


def one_line(s):
    return ' '.join(s.split('\n'))


def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in s)


def title_lines(f):
    return [f.title, f.year_line, f.unit_line, f.money_line]


def cells_text(forms, pipes):
    out = []
    for f in forms:                     # no blank line between forms: an empty line is always an empty cell
        out += title_lines(f)
        for row in f.rows:
            for cell in row:
                t = one_line(cell.text)
                out.append(f'| {t} |' if pipes else t)
    return '\n'.join(out) + '\n'


def flat_text(forms):
    out = []
    for k, f in enumerate(forms):
        if k:
            out.append('')
        out += title_lines(f)
        g = make_forms.grid(f)
        colw = [0] * f.ncols
        for r in range(len(f.rows)):
            for c in range(f.ncols):
                cell, origin = g[r][c]
                if origin and cell.cs == 1:
                    colw[c] = min(MAX_COL, max(colw[c], width(one_line(cell.text))))
        for r in range(len(f.rows)):
            line, pos = '', 0          # pos: display column where grid column c starts
            for c in range(f.ncols):
                cell, origin = g[r][c]
                if origin and cell.text:
                    t = one_line(cell.text)
                    pad = max(pos - width(line), 2 if line else 0)
                    line += ' ' * pad + t
                pos += colw[c] + 2
            out.append(line.rstrip())
    return '\n'.join(out) + '\n'


def main():
    for prefix in SEEDS:
        path = next((make_forms.ROOT / 'data').glob(f'{prefix}_*.json'))
        forms = make_forms.build_forms(make_forms.load_seed(path))
        (OUT / f'{prefix}-cells.txt').write_text(cells_text(forms, False), encoding='utf-8')
        (OUT / f'{prefix}-cells-pipes.txt').write_text(cells_text(forms, True), encoding='utf-8')
        (OUT / f'{prefix}-flat.txt').write_text(flat_text(forms), encoding='utf-8')
        pdf = OUT / f'{prefix}-forms.pdf'
        for mode in ('layout', 'raw'):
            subprocess.run(['pdftotext', f'-{mode}', '-enc', 'UTF-8', str(pdf), str(OUT / f'{prefix}-pdftotext-{mode}.txt')],
                           check=True)
        print(f'{prefix}: cells, cells-pipes, flat, pdftotext-layout, pdftotext-raw', file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())

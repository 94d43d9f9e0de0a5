/**
 * The preview page around the sidebar: a small spreadsheet grid (values computed by the server's formula engine),
 * sheet tabs, a formula bar and the add-on's menu. The selected cell is the spreadsheet's current cell, so the
 * sidebar's "Insert formula" lands there.
 */
import type { Grid, GridCell } from '../lib/preview-server';

let grid: Grid;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function letter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    path,
    body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function cellAt(row: number, col: number): GridCell | undefined {
  return grid.cells.find((c) => c.row === row && c.col === col);
}

function render(): void {
  const table = $('grid');
  const cells = new Map(grid.cells.map((c) => [`${c.row},${c.col}`, c]));
  const colgroup = document.createElement('colgroup');
  colgroup.append(Object.assign(document.createElement('col'), { style: 'width:40px' }));
  for (const w of grid.widths) {
    const col = document.createElement('col');
    col.style.width = `${w}px`;
    colgroup.append(col);
  }
  const head = document.createElement('thead');
  const hr = document.createElement('tr');
  hr.append(document.createElement('th'));
  for (let c = 0; c < grid.cols; c++) hr.append(Object.assign(document.createElement('th'), { textContent: letter(c), scope: 'col' }));
  head.append(hr);
  const body = document.createElement('tbody');
  for (let r = 0; r < grid.rows; r++) {
    const tr = document.createElement('tr');
    tr.append(Object.assign(document.createElement('th'), { textContent: String(r + 1), scope: 'row' }));
    for (let c = 0; c < grid.cols; c++) {
      const td = document.createElement('td');
      const cell = cells.get(`${r},${c}`);
      td.dataset.cell = `${letter(c)}${r + 1}`;
      if (cell) {
        td.textContent = cell.display;
        td.dataset.input = cell.input;
        if (cell.numeric) td.classList.add('num');
        if (cell.bold) td.classList.add('bold');
        if (cell.error) td.classList.add('err');
        if (cell.background) td.style.background = cell.background;
        const tip = [cell.error, cell.note].filter(Boolean).join('\n');
        if (cell.note) td.classList.add('note');
        if (tip) td.title = tip;
      }
      if (r === grid.selection.row && c === grid.selection.col) {
        td.classList.add('selected');
        td.setAttribute('aria-selected', 'true');
      }
      td.addEventListener('click', () => void select(r, c));
      td.addEventListener('dblclick', () => $('formula-input').focus());
      tr.append(td);
    }
    body.append(tr);
  }
  table.replaceChildren(colgroup, head, body);

  const tabs = $('tabs');
  tabs.replaceChildren(
    ...grid.sheets.map((name) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: name });
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(name === grid.sheet));
      b.addEventListener('click', () => void showSheet(name));
      return b;
    }),
  );
  const { row, col } = grid.selection;
  $('cell-ref').textContent = `${grid.sheet}!${letter(col)}${row + 1}`;
  // As Sheets shows a selected error cell's message: the function's own words, not a bare #ERROR!.
  $('cell-error').textContent = cellAt(row, col)?.error ?? '';
  if (document.activeElement !== $('formula-input')) ($('formula-input') as HTMLInputElement).value = cellAt(row, col)?.input ?? '';
}

async function load(): Promise<void> {
  grid = await api<Grid>('/api/grid');
  render();
}

async function select(row: number, col: number): Promise<void> {
  grid = await api<Grid>('/api/select', { sheet: grid.sheet, row: Math.max(0, row), col: Math.max(0, col) });
  ($('formula-input') as HTMLInputElement).value = cellAt(grid.selection.row, grid.selection.col)?.input ?? '';
  render();
}

async function showSheet(name: string): Promise<void> {
  grid = await api<Grid>('/api/select', { sheet: name, row: 0, col: 0 });
  render();
}

function toast(text: string): void {
  const t = $('toast');
  t.textContent = text;
  setTimeout(() => {
    if (t.textContent === text) t.textContent = '';
  }, 4000);
}

interface MenuAnswer {
  ok: boolean;
  error?: string;
  sidebar?: boolean;
  /** The title the add-on gave its sidebar (HtmlOutput.setTitle), which Sheets shows on the pane. */
  sidebarTitle?: string;
  dialog?: { title: string; html: string; width?: number; height?: number };
  toasts?: string[];
}

async function runMenu(fn: string): Promise<void> {
  closeMenu();
  const answer = await api<MenuAnswer>('/api/menu', { fn });
  if (!answer.ok) return toast(answer.error ?? 'failed');
  if (answer.sidebar) {
    showSidebarTitle(answer.sidebarTitle ?? '');
    $('sidebar-pane').hidden = false;
    ($('sidebar') as HTMLIFrameElement).src = '/Sidebar.html';
  }
  if (answer.dialog) {
    $('dialog-title').textContent = answer.dialog.title;
    const frame = $('dialog-frame') as HTMLIFrameElement;
    frame.width = String(answer.dialog.width ?? 480);
    frame.height = String(answer.dialog.height ?? 400);
    frame.srcdoc = answer.dialog.html;
    ($('dialog') as HTMLDialogElement).showModal();
  }
  for (const t of answer.toasts ?? []) toast(t);
  await load();
}

function closeMenu(): void {
  $('menu').hidden = true;
  $('menu-button').setAttribute('aria-expanded', 'false');
}

/** The pane's title bar, and the sidebar frame's accessible name, say what the add-on titled its sidebar. */
function showSidebarTitle(title: string): void {
  $('sidebar-title').textContent = title;
  ($('sidebar') as HTMLIFrameElement).title = title;
}

async function buildMenu(): Promise<void> {
  const { items, sidebarTitle } = await api<{ items: [string, string][]; sidebarTitle: string }>('/api/menu');
  showSidebarTitle(sidebarTitle);
  $('menu').replaceChildren(
    ...items.map(([caption, fn]) => {
      const li = document.createElement('li');
      const b = Object.assign(document.createElement('button'), { type: 'button', textContent: caption });
      b.dataset.fn = fn;
      b.addEventListener('click', () => void runMenu(fn));
      li.append(b);
      return li;
    }),
  );
  $('menu-button').addEventListener('click', () => {
    const open = $('menu').hidden;
    $('menu').hidden = !open;
    $('menu-button').setAttribute('aria-expanded', String(open));
    if (open) ($('menu').querySelector('button') as HTMLButtonElement | null)?.focus();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeMenu();
  });
}

function wire(): void {
  const input = $('formula-input') as HTMLInputElement;
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const { row, col } = grid.selection;
      void api<Grid>('/api/cell', { sheet: grid.sheet, row, col, input: input.value }).then((g) => {
        grid = g;
        input.blur();
        return select(row + 1, col);
      });
    } else if (e.key === 'Escape') {
      input.value = cellAt(grid.selection.row, grid.selection.col)?.input ?? '';
      input.blur();
    }
  });
  $('grid').addEventListener('keydown', (e) => {
    const { row, col } = grid.selection;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [0, 0],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    if (e.key === 'Enter') return input.focus();
    void select(row + move[0], col + move[1]);
  });
  window.addEventListener('message', (e) => {
    if (e.origin !== location.origin) return;
    if (e.data?.type === 'preview-refresh') void load();
    if (e.data?.type === 'preview-close-sidebar') $('sidebar-pane').hidden = true;
  });
  $('sidebar-close').addEventListener('click', () => ($('sidebar-pane').hidden = true));
  $('dialog-close').addEventListener('click', () => ($('dialog') as HTMLDialogElement).close());
}

wire();
void buildMenu();
void load();

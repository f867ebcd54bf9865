/**
 * Differential check of two compiled builds' recognisers and extractors on random strings:
 * `tsx bench/differential.ts BASE_DIST [NEW_DIST] [--count N] [--seed S] [--length L]`.
 *
 * Each string joins up to L (default 14) pieces drawn from numerals, units, dates, leads,
 * labels, titles and names; every recogniser and extractor is called on it in both builds and
 * the JSON of the results compared. Prints the first differences and their count (exit code 1
 * when there is any). Meant for speed work that must not change a single result: make BASE_DIST
 * from the commit before the change (see bench/ab.ts).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : dflt;
};
const dirs = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const baseDir = path.resolve(dirs[0] ?? 'dist');
const newDir = path.resolve(dirs[1] ?? path.join(ROOT, 'dist'));

const MODULES = [
  'extractors/quantity.js', 'extractors/amount.js', 'extractors/date.js', 'extractors/numeral.js', 'extractors/decimal.js',
  'recognisers/people.js', 'recognisers/resolution.js', 'recognisers/lead.js', 'recognisers/labels.js',
  'recognisers/markers.js', 'recognisers/cn-ordinal.js', 'recognisers/attendance.js',
];
type Library = Record<string, (...xs: unknown[]) => unknown>;
async function load(dir: string): Promise<Library> {
  const lib: Library = {};
  for (const m of MODULES) Object.assign(lib, await import(pathToFileURL(path.join(dir, m)).href));
  return lib;
}
const [a, b] = await Promise.all([load(baseDir), load(newDir)]);

const PIECES = [
  '一', '二', '三', '十', '十一', '二十', '百', '千', '万', '亿', '两', '零', '〇', '点', '1', '2', '12', '2021', '3.5', '１２', '．', '.',
  '-', '至', '~', '、', '，', ',', '。', '；', ':', '：', ' ', '　', '年', '月', '日', '号', '元', '万元', '亿元', '人', '个', '个百分点',
  '百分点', '%', '吨', '千瓦', '/', '户', '余', '多', '约', '第', '次', '届', '人民币', '¥', '美元', '角', '分', '整', '会议', '议定', '同意',
  '原则同意', '决定', '指出', '研究', '审议通过', '听取', '会上', '经研究', '提交', '常委会', '《', '》', '“', '”', '(', ')', '（', '）',
  '局长', '副局长', '主任', '张三', '李四', '王', '徐 炎', '同志', '等', '出席', '列席', '主持', '议题', '因公', '请假', '和', '及', '与',
  '书记', '校长', '旗', '政府', '的', '汇报', '就', '作了', '进行了', '·', '•', '阿拉腾·乌拉', '另有公务', '公出', '出差', '因病', '该事宜',
  '时间', '地点', '分送', '抄送', '— 3 —', '第 3 页', '作者', '印发',
];
const CALLS: Array<[string, (lib: Library, s: string) => unknown]> = [
  ['extractQuantities', (l, s) => l.extractQuantities?.(s)],
  ['extractAmounts', (l, s) => l.extractAmounts?.(s)],
  ['extractDates', (l, s) => [l.extractDates?.(s, { year: 2021, month: 11 }), l.extractDates?.(s)]],
  ['parseDate', (l, s) => l.parseDate?.(s)],
  ['parseNumeral', (l, s) => l.parseNumeral?.(s)],
  ['parseSmallInteger', (l, s) => l.parseSmallInteger?.(s)],
  ['parsePeople', (l, s) => l.parsePeople?.(s, 3)],
  ['isName', (l, s) => l.isName?.(s)],
  ['findResolutions', (l, s) => [l.findResolutions?.(s, 0, false), l.findResolutions?.(s, 2, true)]],
  ['readClauseResolution', (l, s) => l.readClauseResolution?.(s)],
  ['matchLead', (l, s) => [l.matchLead?.(s), l.matchLead?.(s, true)]],
  ['matchAttendanceLabel', (l, s) => l.matchAttendanceLabel?.(s)],
  ['matchDistributionLabel', (l, s) => l.matchDistributionLabel?.(s)],
  ['matchMarker', (l, s) => l.matchMarker?.(s)],
  ['cnOrdinal', (l, s) => l.cnOrdinal?.(s)],
  ['findProseAttendance', (l, s) => l.findProseAttendance?.(s)],
  ['findReporters', (l, s) => l.findReporters?.(s)],
];

let seed = opt('--seed', 12345);
const random = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const json = (f: () => unknown) => {
  try {
    return JSON.stringify(f()) ?? 'undefined';
  } catch (e) {
    return `throws ${(e as Error).message}`;
  }
};
const count = opt('--count', 20000);
const length = opt('--length', 14);
let differences = 0;
for (let i = 0; i < count; i++) {
  let s = '';
  for (let k = 1 + random(length); k > 0; k--) s += PIECES[random(PIECES.length)];
  for (const [name, call] of CALLS) {
    const x = json(() => call(a, s));
    const y = json(() => call(b, s));
    if (x === y) continue;
    if (differences++ < 10) console.log(`${name}(${JSON.stringify(s)})\n  base ${x.slice(0, 300)}\n  new  ${y.slice(0, 300)}`);
  }
}
console.log(`${count} strings, ${CALLS.length} calls each: ${differences} differences`);
process.exitCode = differences > 0 ? 1 : 0;

// make-links.mjs: writes tests/golden/links.txt, the share links whose `aws-calc --json`
// output tests/golden/cli-json.golden records. Run once when the list should change:
//   node tests/golden/make-links.mjs > tests/golden/links.txt
// Hand-picked links first (every key, valid and not; scenarios; analysis; odd syntax),
// then generated ones from a fixed seed, so the list is the same on every machine.
const curated = [
  '', 'v=1', '#v=1', 'https://example.org/calc/#v=1&gm=55', 'v=2', 'v=0', 'v=abc',
  'rev=4,10,19', 'rev=5', 'rev=5,12,24,30', 'rev=1,2,3,4,5,6', 'rev=1,2,3,4,5,6,7', 'rev=',
  'rev=4,,19', 'rev=-1,10,19', 'rev=4,10,1e9', 'rev=4.267,10,18.667', 'rev=0,0,0', 'rev=0,5,10,20',
  'gm=55', 'gm=55,50,45', 'gm=55,50', 'gm=55,50,45,40', 'gm=-100', 'gm=101', 'gm=abc', 'gm=0x10',
  'gm=inf', 'gm=nan', 'gm=+5', 'gm=1,5', 'gm=1e2', 'gm=1e999', 'gm=-0', 'gm=123456789012345678901234567890123',
  'aws=80', 'aws=150', 'aws=-1', 'aws=70,75,80', 'train=1', 'train=0,1,2', 'train=2000',
  'base=100', 'base=0', 'g=20', 'g=-60', 'opm=30', 'opm=0', 'inv=0', 'inv=4', 'stake=20', 'stake=0',
  'n=1000', 'n=500', 'n=1500.5', 'n=200000', 'seed=42', 'seed=-1', 'seed=4294967296',
  'yr=2025', 'yr=2026', 'yr=2031', 'rev=1,2,3,4,5&yr=2029', 'yr=2029', 'thr=3', 'thr=-1', 'thr=20000',
  'rlo=0.5&rhi=1.5', 'rlo=2', 'rhi=0.5', 'gmlo=-5&gmhi=20', 'awslo=-30&awshi=10', 'trlo=-1&trhi=2',
  'glo=-5&ghi=5', 'glo=1', 'tor=profit', 'tor=share', 'tor=nope',
  'goal=gm', 'goal=rev&target=8', 'goal=aws&target=9.728', 'goal=train&target=7', 'goal=gm&goalout=share&target=5',
  'goal=gm&goalout=profit&target=3', 'goal=gm&goalout=share&target=100', 'goal=aws&goalout=profit&target=1&opm=0',
  'goalout=share', 'target=5', 'goal=moon', 'goal=gm&target=abc', 'goal=aws&target=50',
  'tab=range', 'tab=compare', 'tab=nope', 'theme=dark', 'theme=light', 'theme=blue', 'accent=0a84ff',
  'accent=%230a84ff', 'accent=xyz', 'debug=continuous', 'debug=abort', 'debug=nope',
  's1=bear', 's1=bull&s2=matched&s3=note', 's1=moon', 's4=bear', 's1.gm=50', 's2.name=Cheap%20chips&s2.gm=50',
  's1.name=', 's1.name=%C3%A4%F0%9F%90%BB', 's1.name=%FF', 's1.name=Why%3F', 's1.rev=5,12,24,30&s1.aws=90',
  's1=bear&s1=bull', 's1.name=A%26B%3DC', 's12=bear', 's1.nope=1',
  'gm=50&gm=40', 'zzz=1', 'gm', '&&gm=50&&', 'gm=50%', 'gm=%35%30', '%zz=1', 'gm=5%2',
  'v=1&gm=50#aws=10', 'gm=50?aws=10', 'v=1&s1.name=Why?&gm=50', 'gm=50&aws=80&rev=5,12,24&train=0,1,2&base=110&g=15&opm=35&inv=8&stake=14',
  'rev=3.5,7,11&gm=65&aws=60&g=15', 'rev=5,14,28&gm=55&aws=85&train=0.5,1,2&g=20',
];

// xorshift32, seeded: the same links everywhere.
let state = 20251128;
const random = () => {
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const number = (lo, hi, digits = 2) => (lo + (hi - lo) * random()).toFixed(digits).replace(/\.?0+$/, '') || '0';
const list = (n, lo, hi) => Array.from({ length: n }, () => number(lo, hi)).join(',');

const generators = [
  () => `rev=${list(1 + Math.floor(random() * 6), 0, 60)}`,
  () => `gm=${random() < 0.5 ? number(-20, 95) : list(3, 0, 90)}`,
  () => `aws=${random() < 0.5 ? number(0, 100) : list(3, 0, 100)}`,
  () => `train=${random() < 0.5 ? number(0, 5) : list(3, 0, 5)}`,
  () => `base=${number(50, 300)}`, () => `g=${number(-10, 40)}`, () => `opm=${number(-10, 60)}`,
  () => `inv=${number(0, 30)}`, () => `stake=${number(0, 60)}`,
  () => `n=${pick(['1000', '2000', '5000'])}`, () => `seed=${Math.floor(random() * 1000)}`,
  () => `yr=${2025 + Math.floor(random() * 4)}`, () => `thr=${number(0, 15)}`,
  () => `rlo=${number(0.3, 1)}&rhi=${number(1, 2)}`, () => `gmlo=-${number(0, 20)}&gmhi=${number(0, 20)}`,
  () => `awslo=-${number(0, 30)}&awshi=${number(0, 30)}`, () => `glo=-${number(0, 10)}&ghi=${number(0, 10)}`,
  () => `trlo=-${number(0, 2)}&trhi=${number(0, 2)}`,
  () => `tor=${pick(['aws', 'profit', 'share'])}`,
  () => `goal=${pick(['rev', 'gm', 'aws', 'train'])}&goalout=${pick(['aws', 'profit', 'share'])}&target=${number(0, 30)}`,
  () => `tab=${pick(['work', 'note', 'figures', 'aws', 'range', 'drivers', 'goal', 'compare'])}`,
  () => `theme=${pick(['auto', 'light', 'dark'])}`,
  () => `s${1 + Math.floor(random() * 3)}=${pick(['note', 'matched', 'bear', 'bull'])}`,
  () => `s${1 + Math.floor(random() * 3)}.gm=${number(30, 80)}`,
  () => `s${1 + Math.floor(random() * 3)}.name=${pick(['Mine', 'A%20B', 'Plan%20%232', '%C3%A9t%C3%A9'])}`,
  () => pick(['gm=x', 'aws=200', 'rev=a,b', 'n=7', 'yr=1999', 'zz=1', 'gm=1&gm=2', 'thr=', '%', 'g=1e400']),
];

const generated = [];
while (generated.length < 260) {
  const count = 1 + Math.floor(random() * 6);
  const parts = ['v=1'];
  for (let i = 0; i < count; ++i) parts.push(pick(generators)());
  generated.push(parts.join('&'));
}
process.stdout.write([...curated, ...generated].join('\n') + '\n');

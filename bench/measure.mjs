// measure.mjs: how the page benchmark counts (bench/page_bench.mjs, bench/phone_first_view.mjs):
// medians and percentiles, and the CPU time of one Chromium's process tree from /proc
// (user + system time of every process whose command line names the profile folder
// that Chromium was started with; 10 ms ticks).
import { readFileSync, readdirSync } from 'node:fs';

export const median = (values) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
};


const TICK_MS = 10;   // getconf CLK_TCK = 100 on Linux

function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): ppid = 4, utime = 14, stime = 15, cutime, cstime
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;   // gone
  }
}

// The command line as one string: Chromium's child processes rewrite theirs into one
// space-separated argument (setproctitle), the browser process keeps NULs.
function readCmdline(pid) {
  try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '); } catch { return null; }
}

// pid -> {type, ms} for the Chromium whose browser process has --user-data-dir=DIR, and
// every process under it.
export function cpuSnapshot(profileDir) {
  const stats = new Map();
  let root = null;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const stat = readStat(pid);
    if (!stat) continue;
    stats.set(pid, stat);
    if (root === null) {
      const line = readCmdline(pid) ?? '';
      if (line.includes(`--user-data-dir=${profileDir}`) && !/ --type=/.test(line)) root = pid;
    }
  }
  const out = new Map();
  if (root === null) return out;
  const children = new Map();
  for (const [pid, { ppid }] of stats) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift();
    const type = / --type=(\S+)/.exec(readCmdline(pid) ?? '')?.[1] ?? 'browser';
    out.set(pid, { type, ms: stats.get(pid).ticks * TICK_MS });
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

// CPU ms spent between two snapshots: {total, byType: {renderer, 'gpu-process', ...}}.
export function cpuDelta(before, after) {
  const byType = {};
  let total = 0;
  for (const [pid, { type, ms }] of after) {
    const spent = ms - (before.get(pid)?.ms ?? 0);
    byType[type] = (byType[type] ?? 0) + spent;
    total += spent;
  }
  return { total, byType };
}

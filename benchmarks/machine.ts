/** The machine a run was on, for the report: what makes its numbers comparable with another run's. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  os: string;
  node: string;
  /** Browser name to version, as the browsers report themselves. */
  browsers: Record<string, string>;
}

/** A line of a Linux system file, where there is one. */
function systemField(file: string, pattern: RegExp): string | undefined {
  return existsSync(file) ? pattern.exec(readFileSync(file, 'utf8'))?.[1]?.trim() : undefined;
}

export function describeMachine(browsers: Record<string, string>): Machine {
  const cpu = cpus();
  const model = systemField('/proc/cpuinfo', /^model name\s*:\s*(.+)$/m) ?? cpu[0]?.model.trim() ?? 'unknown CPU';
  const mhz = cpu[0]?.speed || Number(systemField('/proc/cpuinfo', /^cpu MHz\s*:\s*(.+)$/m) ?? 0);
  return {
    cpu: mhz > 0 ? `${model} at ${(mhz / 1000).toFixed(1)} GHz` : model,
    cores: cpu.length,
    ramGB: Math.round(totalmem() / 2 ** 30),
    os: systemField('/etc/os-release', /^PRETTY_NAME="?([^"\n]+)"?/m) ?? type(),
    node: process.version,
    browsers,
  };
}

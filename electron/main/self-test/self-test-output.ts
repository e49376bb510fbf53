/** Writing the self-test report as `self-test-report.json`, and printing its summary for the référent. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SelfTestReport } from '../../../common/self-test/self-test-report.ts';

/** The file operations the report needs (injected in tests). */
export interface ReportFs {
  mkdir(folder: string): Promise<unknown>;
  writeFile(file: string, text: string): Promise<void>;
}

const nodeReportFs: ReportFs = {
  mkdir: (folder) => mkdir(folder, { recursive: true }),
  writeFile: (file, text) => writeFile(file, text, 'utf8'),
};

/** The report as written: indented JSON, one final newline. */
export function reportText(report: SelfTestReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Writes the report to `file`, creating its folder. */
export async function writeSelfTestReport(file: string, report: SelfTestReport, fs: ReportFs = nodeReportFs): Promise<void> {
  await fs.mkdir(path.dirname(file));
  await fs.writeFile(file, reportText(report));
}

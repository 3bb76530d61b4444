/** One rejected input line: where, which column, which rule, what value. */
export interface PipelineProblem {
  file: string;
  line: number;
  column: string;
  rule: string;
  value: string;
}

/** Thrown when inputs break the contract; the message names file, line and rule of each problem. */
export class PipelineError extends Error {
  constructor(readonly problems: PipelineProblem[]) {
    super(
      `${problems.length} problem(s) in the pipeline inputs:\n` +
        problems
          .slice(0, 50)
          .map(
            (p) => `  ${p.file}:${p.line}: ${p.column}: ${p.rule}${p.value ? ` (${p.value})` : ''}`,
          )
          .join('\n') +
        (problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''),
    );
    this.name = 'PipelineError';
  }
}

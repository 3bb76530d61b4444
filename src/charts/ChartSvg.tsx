import type { ReactNode } from 'react';

/** The outer `<svg>` of a chart: its size, a view box of the same size, and its accessible name. */
export function ChartSvg({
  width,
  height,
  role = 'img',
  labelledBy,
  describedBy,
  className,
  testId,
  children,
}: {
  /** Width and height in pixels (the view box is the same). */
  width: number;
  height: number;
  /** `img` for a picture read as a whole, `group` where the marks inside have their own names. */
  role?: 'img' | 'group';
  /** Id of the element naming the chart (its heading). */
  labelledBy?: string;
  /** Id of the element describing it (its summary). */
  describedBy?: string;
  /** Class for the chart's styles. */
  className?: string;
  /** `data-testid` for browser tests. */
  testId: string;
  children: ReactNode;
}) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={className}
      data-testid={testId}
    >
      {children}
    </svg>
  );
}

/** Traffic-light colours shared by the XLSX and DOCX writers. */
import type { TrafficLight } from '@fengong/core';

/** Fills and text colours (ARGB) of the traffic lights, as Excel's “good / neutral / bad” styles. */
export const LIGHT_FILLS: Readonly<Record<Exclude<TrafficLight, 'none'>, { fill: string; font: string }>> = {
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  yellow: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
};

// The report store read in a component (the store itself: stores/report.ts).

import { useStore } from 'zustand';
import { useDesk } from '../desk.tsx';
import type { ReportState } from '../stores/report.ts';

export const useReportStore = <T>(pick: (s: ReportState) => T): T => useStore(useDesk().report, pick);

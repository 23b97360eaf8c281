/** Entry of the in-page tools bundle (injected with addScriptTag after load): see page-api.ts. */
import { cpuScan } from './in-page-cpu-scan';
import { floor } from './in-page-floor';
import { appendBatch } from './in-page-live';
import { runMarkJs } from './in-page-markjs';
import type { BenchWindow, ToolsApi } from './page-api';

const tools: ToolsApi = { floor, cpuScan, runMarkJs, appendBatch };
(window as unknown as BenchWindow).__benchTools = tools;

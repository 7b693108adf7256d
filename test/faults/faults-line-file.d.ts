/** Where the fault suite leaves its summary line for faults-line.reporter.js. */
export declare const FAULTS_LINE_FILE: string;

// Prints the suite's faults line as the very last line of the run, after jest's summary:
// `faults: N submitted, N stored, 0 lost, 0 duplicated, 0 double mails, K faults injected`.
// The test writes the line to a file (it runs in its own module context); jest always adds its summary
// reporter after the custom ones, so the line is printed when the process exits.
const { existsSync, readFileSync, rmSync, writeSync } = require('node:fs');
const { FAULTS_LINE_FILE } = require('./faults-line-file');

class FaultsLineReporter {
  onRunStart() {
    rmSync(FAULTS_LINE_FILE, { force: true });
  }

  onRunComplete() {
    const line = existsSync(FAULTS_LINE_FILE)
      ? readFileSync(FAULTS_LINE_FILE, 'utf8').trim()
      : 'faults: the suite ended before it could count (see the errors above)';
    process.once('exit', () => writeSync(1, `${line}\n`));
  }
}

module.exports = FaultsLineReporter;

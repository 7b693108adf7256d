// Where the fault suite leaves its summary line for the reporter (test-artifacts is not committed).
const { join } = require('node:path');

module.exports = { FAULTS_LINE_FILE: join(__dirname, '..', '..', 'test-artifacts', 'faults-line.txt') };

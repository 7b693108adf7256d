// Stylesheets imported by modules become empty modules in component tests.
module.exports = { process: () => ({ code: 'module.exports = {};' }) };
